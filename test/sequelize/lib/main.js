// test/sequelize/lib/main.js
//
// Entry point (run.sh calls it): loads every scenario file under
// scenarios/, runs them one after the other and prints one TAP line per
// scenario, its unexpected differences as "# " lines, and last the line
// "N scenarios, M differences".  Exits 1 when M > 0.
//
// Environment: SEQ_DIFF_DB_A / SEQ_DIFF_DB_B (databases, default seq_a and
// seq_b), SEQ_DIFF_ONLY (a regex on scenario names), SEQ_DIFF_KEY_ORDER=1
// (compare key order too), SEQ_DIFF_TARGETS=native (send target lists as
// JavaScript arrays), SEQ_DIFF_VERBOSE=1 (show allowed differences and SQL).
'use strict';

const fs = require('fs');
const path = require('path');
const { Allowlist } = require('./allowlist');
const { runScenario, Recorder } = require('./runner');

const ROOT = path.join(__dirname, '..');

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

async function main() {
	const ctx = {
		dbA: process.env.SEQ_DIFF_DB_A || 'seq_a',
		dbB: process.env.SEQ_DIFF_DB_B || 'seq_b',
		keyOrder: process.env.SEQ_DIFF_KEY_ORDER === '1',
		targetsAs: process.env.SEQ_DIFF_TARGETS === 'native' ? 'native' : 'json',
		verbose: process.env.SEQ_DIFF_VERBOSE === '1',
	};
	const allowlist = new Allowlist(path.join(ROOT, 'expected-differences.json'));
	const only = process.env.SEQ_DIFF_ONLY ? new RegExp(process.env.SEQ_DIFF_ONLY) : null;
	const scenarios = loadScenarios().filter((s) => !only || only.test(s.name));
	console.log(`1..${scenarios.length}`);
	let differences = 0;
	let allowed = 0;
	for (const [i, sc] of scenarios.entries()) {
		const rec = new Recorder(sc.name, allowlist);
		try {
			await runScenario(sc, { ...ctx, recorder: rec });
		} catch (e) {
			rec.diffs.push({ where: 'harness', text: `scenario could not run: ${e.stack || e}` });
		}
		differences += rec.diffs.length;
		allowed += rec.allowed.length;
		console.log(`${rec.diffs.length ? 'not ok' : 'ok'} ${i + 1} - ${sc.name}`);
		for (const n of rec.notes)
			console.log(`# ${n}`);
		for (const d of rec.diffs)
			console.log(`# ${d.where}: ${d.text.replace(/\n/g, '\n#   ')}`);
		if (ctx.verbose)
			for (const d of rec.allowed)
				console.log(`#   allowed: ${d.where}: ${d.text} -- ${d.reason}`);
	}
	// scenarios that share state across scenarios release it here
	for (const after of new Set(scenarios.map((s) => s.after).filter(Boolean)))
		await after();
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
