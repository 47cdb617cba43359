// test/sequelize/lib/runner.js
//
// Runs one scenario and collects its differences.  Differential mode: the
// scenario runs through Sequelize on database A and through the extension
// on database B; after the definitions, after sync and after every step the
// two databases' schemas and contents are compared, and so are each step's
// result or error.  Mixed mode: Sequelize makes the schema on A, the
// extension adopts it, then each side reads what the other wrote.
'use strict';

const { SeqSide } = require('./seq_side');
const { ExtSide } = require('./ext_side');
const { Timeline, normalizeValue, sortArrays } = require('./normalize');
const { diffValues, SIDES } = require('./compare');
const { snapshot, diffSchemas, contents, diffContents } = require('./catalog');
const { classifySequelize, classifyExtension, errorsMatch, isCrash } = require('./errors');
const { conn, connect, reset } = require('./db');
const { READ_OPS } = require('./vocabulary');

const STEP_TIMEOUT_MS = 30000;

// Recorder keeps a scenario's differences, splitting off the allowed ones.
class Recorder {
	constructor(name, allowlist) {
		this.name = name;
		this.allowlist = allowlist;
		this.diffs = [];
		this.allowed = [];
		this.notes = [];
	}

	// note keeps a line of information shown under the scenario's TAP line.
	note(text) {
		this.notes.push(text);
	}

	add(where, text) {
		const entry = this.allowlist.match(this.name, where, text);
		(entry ? this.allowed : this.diffs).push({ where, text, reason: entry && entry.reason });
	}
}

// withTimeout: a hung call must fail its scenario, not stall the run.
function withTimeout(promise, label) {
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(Object.assign(new Error(`${label}: no answer within ${STEP_TIMEOUT_MS} ms`),
				{ harnessTimeout: true })), STEP_TIMEOUT_MS);
		}),
	]).finally(() => clearTimeout(timer));
}

// attempt runs fn inside a timeline window and returns {value} or {error}.
async function attempt(timeline, label, fn) {
	await timeline.begin(label);
	try {
		return { value: await withTimeout(Promise.resolve().then(fn), label) };
	} catch (error) {
		return { error };
	} finally {
		timeline.end();
	}
}

// describeStep is the short name of a step in the report.
function describeStep(i, step) {
	const parts = [step.op, step.model];
	if (step.key !== undefined)
		parts.push(JSON.stringify(step.key));
	if (step.assoc)
		parts.push(step.assoc);
	if (step.op === 'sql')
		parts.push(step.text.length > 60 ? `${step.text.slice(0, 57)}...` : step.text);
	if (step.by)
		parts.push(`by ${step.by}`);
	return `step ${i + 1} (${parts.filter((x) => x !== undefined).join(' ')})`;
}

// compareOutcomes records how two outcomes of the same step differ.
function compareOutcomes(rec, where, oA, oB, opts, tA, tB, step) {
	if (oA.error && oA.error.harness)
		throw oA.error;
	if (oB.error && isCrash(oB.error)) {
		rec.crashed = true;
		rec.add(where, `extension: ${classifyExtension(oB.error).text}`);
		return;
	}
	if (oA.error && oB.error) {
		if (!errorsMatch(oA.error, oB.error)) {
			const s = classifySequelize(oA.error);
			rec.add(where, `error kinds differ: ${SIDES[0]} ${s.kind} (${s.text}), ${SIDES[1]} ${classifyExtension(oB.error).text}`);
		}
		return;
	}
	if (oA.error || oB.error) {
		const a = oA.error ? classifySequelize(oA.error).text : 'succeeded';
		const b = oB.error ? classifyExtension(oB.error).text : 'succeeded';
		rec.add(where, `error: ${SIDES[0]} ${a}; ${SIDES[1]} ${b}`);
		return;
	}
	if (!step)
		return;
	const topOrdered = !!(step.ordered || (step.options && step.options.order));
	const nestedOrdered = !!step.orderedIncludes;
	const va = sortArrays(normalizeValue(oA.value, tA), topOrdered, nestedOrdered);
	const vb = sortArrays(normalizeValue(oB.value, tB), topOrdered, nestedOrdered);
	for (const d of diffValues(va === undefined ? null : va, vb === undefined ? null : vb, opts))
		rec.add(where, `result ${d}`);
}

// StateChecker compares schema and contents, reporting each difference
// once, at the point where it first appears.
class StateChecker {
	constructor(rec, a, b, tA, tB) {
		Object.assign(this, { rec, a, b, tA, tB });
		this.seen = new Set();
	}

	async check(where) {
		const [sa, sb] = await Promise.all([snapshot(this.a), snapshot(this.b)]);
		const texts = diffSchemas(sa, sb);
		const [ca, cb] = await Promise.all([contents(this.a, sa, this.tA), contents(this.b, sb, this.tB)]);
		texts.push(...diffContents(ca, cb));
		for (const t of texts)
			if (!this.seen.has(t)) {
				this.seen.add(t);
				this.rec.add(`after ${where}`, t);
			}
	}
}

// alignSequences: a failed INSERT uses up a sequence value on the side
// that reached the database, while Sequelize often fails in JavaScript
// first; after a failure both sides' sequences move to the larger value so
// that later keys stay comparable.
async function alignSequences(a, b) {
	const q = `SELECT s.seqrelid::regclass::text AS seq, l.last_value
	             FROM pg_sequence s, LATERAL (SELECT pg_sequence_last_value(s.seqrelid) AS last_value) l
	            WHERE s.seqrelid::regclass::text NOT LIKE 'association.%'`;
	const ra = new Map((await a.query(q)).rows.map((r) => [r.seq, r.last_value]));
	const rb = new Map((await b.query(q)).rows.map((r) => [r.seq, r.last_value]));
	for (const [name, va] of ra) {
		if (!rb.has(name))
			continue;
		const vb = rb.get(name);
		if (va === vb)
			continue;
		const max = Math.max(Number(va || 0), Number(vb || 0));
		if (max < 1)
			continue;
		for (const c of [a, b])
			await c.query('SELECT setval($1::regclass, $2, true)', [name, max]);
	}
}

// runDifferential: the scenario on both sides, compared after every phase.
async function runDifferential(sc, ctx) {
	const rec = ctx.recorder;
	// the two sides work on different databases: each phase runs on both
	// at once, which halves the run time
	const [a, b] = await Promise.all([connect(ctx.dbA), connect(ctx.dbB)]);
	const seq = new SeqSide(conn(ctx.dbA), ctx.verbose);
	try {
		await Promise.all([reset(a, false), reset(b, true)]);
		// setupSql: what must exist before the models (e.g. a schema)
		for (const text of sc.setupSql || [])
			await Promise.all([a.query(text), b.query(text)]);
		seq.open();
		const ext = new ExtSide(b, ctx.verbose, ctx.targetsAs);
		const tA = new Timeline();
		const tB = new Timeline();
		// Sequelize checks some declarations only when it syncs, the
		// extension when they are made: definitions and sync are one phase,
		// whose first error counts
		const setup = (side) => async () => {
			await side.define(sc);
			return side.sync();
		};
		const [oA, oB] = await Promise.all([attempt(tA, 'setup', setup(seq)), attempt(tB, 'setup', setup(ext))]);
		compareOutcomes(rec, 'definitions and sync', oA, oB, ctx);
		if (oA.error || oB.error)
			return;
		const state = new StateChecker(rec, a, b, tA, tB);
		await state.check('sync');
		for (const [i, step] of sc.steps.entries()) {
			const where = describeStep(i, step);
			// timestamps written by plain SQL say so (see the allowlist)
			const label = `step ${i + 1}${step.op === 'sql' ? ' (sql)' : ''}`;
			const [oA, oB] = await Promise.all([attempt(tA, label, () => seq.run(step)), attempt(tB, label, () => ext.run(step))]);
			compareOutcomes(rec, where, oA, oB, ctx, tA, tB, step);
			if (oA.error || oB.error)
				await alignSequences(a, b);
			await state.check(where);
		}
	} finally {
		await Promise.all([seq.close(), a.end(), b.end()]);
	}
}

// runMixed: one database; Sequelize makes it, the extension adopts it.
async function runMixed(sc, ctx) {
	const rec = ctx.recorder;
	const a = await connect(ctx.dbA);
	const seq = new SeqSide(conn(ctx.dbA), ctx.verbose);
	let m;
	try {
		await reset(a, false);
		seq.open();
		const t = new Timeline();
		for (const [label, fn] of [['Sequelize definition', () => seq.define(sc)], ['Sequelize sync', () => seq.sync()]]) {
			const o = await attempt(t, label, fn);
			if (o.error)
				throw o.error;
		}
		const before = await snapshot(a);
		await a.query('CREATE EXTENSION association');
		m = await connect(ctx.dbA);
		const ext = new ExtSide(m, ctx.verbose, ctx.targetsAs);
		for (const [label, fn] of [['extension definition', () => ext.define(sc)], ['association.sync()', () => ext.sync()]]) {
			const o = await attempt(t, label, fn);
			if (o.error) {
				rec.add(label, `adoption failed: ${classifyExtension(o.error).text}`);
				return;
			}
			if (label === 'association.sync()')
				for (const ddl of o.value)
					if (/^(ALTER|DROP) TABLE|^CREATE TABLE/.test(ddl))
						rec.add(label, `adoption changed a table Sequelize made: ${ddl}`);
		}
		// what association.sync() added to Sequelize's schema ("only in
		// extension" means: added by the extension's sync)
		for (const d of diffSchemas(before, await snapshot(a)))
			rec.add('association.sync()', `adoption ${d}`);
		for (const [i, step] of sc.steps.entries()) {
			const where = describeStep(i, step);
			if (READ_OPS.has(step.op) && !step.by) {
				const oA = await attempt(t, `step ${i + 1}`, () => seq.run(step));
				const oB = await attempt(t, `step ${i + 1}`, () => ext.run(step));
				compareOutcomes(rec, where, oA, oB, ctx, t, t, step);
				continue;
			}
			const side = step.by === 'extension' ? ext : seq;
			const o = await attempt(t, `step ${i + 1}`, () => side.run(step));
			if (o.error)
				rec.add(where, `write by ${side.name} failed: ${side === ext
					? classifyExtension(o.error).text : classifySequelize(o.error).text}`);
		}
	} finally {
		await seq.close();
		await a.end();
		if (m)
			await m.end();
	}
}

// runScenario dispatches: a scenario's own run() (naming), mixed mode, or
// the differential run.
async function runScenario(sc, ctx) {
	if (sc.run)
		return sc.run(ctx);
	if (sc.mode === 'mixed')
		return runMixed(sc, ctx);
	return runDifferential(sc, ctx);
}

// waitForServer: after a backend crash the server restarts all its
// processes; the next scenario must wait until it accepts work again.
async function waitForServer(ctx) {
	await new Promise((r) => setTimeout(r, 1500));
	const c = await connect(ctx.dbA);
	await c.query('SELECT 1');
	await c.end();
}

module.exports = { runScenario, Recorder, describeStep, waitForServer };
