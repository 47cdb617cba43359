// test/sequelize/lib/main.js
//
// Entry point (run.sh calls it): loads every scenario file under
// scenarios/, runs them (SEQ_DIFF_JOBS at a time, default 1, each job on
// its own pair of databases) and prints, in scenario order, one TAP line per
// scenario, its unexpected differences as "# " lines, and last the line
// "N scenarios, M differences".  Exits 1 when M > 0.
//
// Environment: SEQ_DIFF_DB_A / SEQ_DIFF_DB_B (databases, default seq_a and
// seq_b), SEQ_DIFF_ONLY (a regex on scenario names), SEQ_DIFF_KEY_ORDER=1
// (compare key order too), SEQ_DIFF_TARGETS=json (send target lists as JSON
// text instead of the JavaScript arrays node-postgres turns into arrays), SEQ_DIFF_VERBOSE=1 (show allowed differences and SQL).
'use strict';

const fs = require('fs');
const path = require('path');
const { Allowlist } = require('./allowlist');
const { runScenario, Recorder, waitForServer } = require('./runner');
const { connect } = require('./db');

const ROOT = path.join(__dirname, '..');

// the databases are throwaway: no connection waits for its commits to reach
// the disk (node-postgres, and so Sequelize, read PGOPTIONS)
process.env.PGOPTIONS = `${process.env.PGOPTIONS || ''} -c synchronous_commit=off`.trim();

function loadScenarios() {
	const dir = path.join(ROOT, 'scenarios');
	const all = [];
	const names = new Set();
	for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
		for (const sc of require(path.join(dir, file))) {
			if (names.has(sc.name))
				throw new Error(`${file}: duplicate scenario name "${sc.name}"`);
			names.add(sc.name);
			all.push({ ...sc, file });
		}
	}
	return all;
}

// summary prints the closing line, or leaves it in SEQ_DIFF_SUMMARY_FILE
// for run.sh to print after pg_virtualenv has had its say.
function summary(line) {
	if (process.env.SEQ_DIFF_SUMMARY_FILE)
		fs.writeFileSync(process.env.SEQ_DIFF_SUMMARY_FILE, `${line}\n`);
	else
		console.log(line);
}

// runOne runs a scenario and returns its Recorder.
async function runOne(sc, ctx, allowlist) {
	const rec = new Recorder(sc.name, allowlist);
	try {
		await runScenario(sc, { ...ctx, recorder: rec });
	} catch (e) {
		rec.diffs.push({ where: 'harness', text: `scenario could not run: ${e.stack || e}` });
	}
	return rec;
}

// worker runs scenarios from the queue on its own pair of databases.  A
// crash of any server process restarts them all, so every scenario that
// was running meanwhile is marked tainted (its canary connection died) and
// runs again alone at the end.
async function worker(ctx, queue, scenarios, allowlist, done) {
	let canary = await connect(ctx.dbA);
	while (queue.length) {
		const i = queue.shift();
		const rec = await runOne(scenarios[i], ctx, allowlist);
		let tainted = false;
		try {
			await canary.query('SELECT 1');
		} catch (e) {
			tainted = true;
			await canary.end().catch(() => {});
			await waitForServer(ctx);
			canary = await connect(ctx.dbA);
		}
		done(i, rec, tainted);
	}
	await canary.end();
}

function print(i, sc, rec, verbose) {
	console.log(`${rec.diffs.length ? 'not ok' : 'ok'} ${i + 1} - ${sc.name}`);
	for (const n of rec.notes)
		console.log(`# ${n}`);
	for (const d of rec.diffs)
		console.log(`# ${d.where}: ${d.text.replace(/\n/g, '\n#   ')}`);
	if (verbose)
		for (const d of rec.allowed)
			console.log(`#   allowed: ${d.where}: ${d.text} -- ${d.reason}`);
}

async function main() {
	const ctx = {
		dbA: process.env.SEQ_DIFF_DB_A || 'seq_a',
		dbB: process.env.SEQ_DIFF_DB_B || 'seq_b',
		keyOrder: process.env.SEQ_DIFF_KEY_ORDER === '1',
		targetsAs: process.env.SEQ_DIFF_TARGETS === 'json' ? 'json' : 'native',
		verbose: process.env.SEQ_DIFF_VERBOSE === '1',
	};
	const jobs = Math.max(1, Number(process.env.SEQ_DIFF_JOBS || 1));
	const allowlist = new Allowlist(path.join(ROOT, 'expected-differences.json'));
	const only = process.env.SEQ_DIFF_ONLY ? new RegExp(process.env.SEQ_DIFF_ONLY) : null;
	const scenarios = loadScenarios().filter((s) => !only || only.test(s.name));
	console.log(`1..${scenarios.length}`);

	// results are printed in scenario order as they come in; a tainted one
	// (and all after it) waits for its rerun
	const results = new Array(scenarios.length);
	const tainted = [];
	let printed = 0;
	const flush = () => {
		while (printed < scenarios.length && results[printed] && !results[printed].tainted) {
			print(printed, scenarios[printed], results[printed].rec, ctx.verbose);
			printed++;
		}
	};
	const queue = scenarios.map((_, i) => i);
	const workers = [];
	for (let j = 0; j < jobs; j++) {
		// job 1 uses seq_a/seq_b, job n seq_a_n/seq_b_n (run.sh makes them)
		const wctx = j === 0 ? ctx : { ...ctx, dbA: `${ctx.dbA}_${j + 1}`, dbB: `${ctx.dbB}_${j + 1}` };
		workers.push(worker(wctx, queue, scenarios, allowlist, (i, rec, isTainted) => {
			results[i] = { rec, tainted: isTainted };
			if (isTainted)
				tainted.push(i);
			flush();
		}));
	}
	await Promise.all(workers);
	for (const i of tainted.sort((x, y) => x - y)) {
		await waitForServer(ctx);
		const rec = await runOne(scenarios[i], ctx, allowlist);
		if (rec.crashed)
			await waitForServer(ctx);
		results[i] = { rec, tainted: false };
	}
	flush();

	let differences = 0;
	let allowed = 0;
	for (const r of results) {
		differences += r.rec.diffs.length;
		allowed += r.rec.allowed.length;
	}
	if (!only)
		for (const e of allowlist.unused())
			console.log(`# allowlist entry never used: ${e.scenario} / ${e.difference}`);
	console.log(`# ${allowed} allowed differences (expected-differences.json)`);
	summary(`${scenarios.length} scenarios, ${differences} differences`);
	process.exitCode = differences > 0 ? 1 : 0;
}

main().catch((e) => {
	console.log(`# harness failure: ${e.stack || e}`);
	summary('0 scenarios, 1 differences');
	process.exitCode = 1;
});
