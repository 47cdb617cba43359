// test/sequelize/lib/allowlist.js
//
// Loads expected-differences.json: the deliberate design differences
// between the extension and Sequelize.  A difference on the list is shown
// only with SEQ_DIFF_VERBOSE=1 and not counted; everything else counts.
'use strict';

const fs = require('fs');

// An entry: {"scenario": "*" | a scenario name | "/regex/", "difference":
// "regex matched against the line <where>: <text>", "reason": "a sentence"}.
class Allowlist {
	constructor(file) {
		const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
		const entries = Array.isArray(raw) ? raw : raw.entries;
		this.entries = entries.map((e, i) => {
			if (!e.scenario || !e.difference || !e.reason)
				throw new Error(`${file}: entry ${i} needs scenario, difference and reason`);
			const sc = e.scenario;
			return {
				...e,
				scenarioTest: sc === '*' ? () => true
					: sc.startsWith('/') && sc.endsWith('/') ? ((re) => (n) => re.test(n))(new RegExp(sc.slice(1, -1)))
						: (n) => n === sc,
				re: new RegExp(e.difference),
				used: 0,
			};
		});
	}

	// match returns the entry that allows this difference, or null; the
	// pattern sees "<where>: <text>" (where: "after step 3 (sql ...)", ...).
	match(scenarioName, where, text) {
		const line = `${where}: ${text}`;
		const e = this.entries.find((x) => x.scenarioTest(scenarioName) && x.re.test(line));
		if (e)
			e.used++;
		return e || null;
	}

	unused() {
		return this.entries.filter((e) => e.used === 0);
	}
}

module.exports = { Allowlist };
