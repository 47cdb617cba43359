// test/gen_toposort_cases.js
//
// Writes test/toposort_cases.tsv: the table creation order (or the cycle
// message) of Sequelize v6 for a set of model graphs, computed by the real
// Sequelize ModelManager.getModelsTopoSortedByForeignKey (toposort-class
// 1.0.1) and reversed as sequelize.sync() does.  test/check_toposort.c
// reads the file and compares src/toposort.c with it.
//
//   cd test && npm install && node gen_toposort_cases.js
//
// Each line is: case label, the node names in definition order (comma
// separated), the dependencies of each node (';' between nodes, ','
// between the indexes of one node, in the order given), and the expected
// result: "order:" and the names in creation order (comma separated), or
// "error:" and the cycle message with its newline written as \n.
'use strict';

const fs = require('fs');
const path = require('path');

const sequelizeDir = path.dirname(require.resolve('sequelize'));
const { ModelManager } = require('sequelize/lib/model-manager');
const Toposort = require(require.resolve('toposort-class',
	{ paths: [sequelizeDir] }));
const toposortVersion = require(require.resolve('toposort-class/package.json',
	{ paths: [sequelizeDir] })).version;

if (toposortVersion !== '1.0.1')
	throw new Error(`toposort-class ${toposortVersion}, expected 1.0.1`);

// getModelsTopoSortedByForeignKey swallows the cycle error (it returns
// null): record the message sort() throws.
let lastSortError = null;
const realSort = Toposort.prototype.sort;

Toposort.prototype.sort = function sort() {
	lastSortError = null;
	try {
		return realSort.call(this);
	} catch (e) {
		lastSortError = e;
		throw e;
	}
};

// sequelizeOrder returns the result line for nodes (names) and deps (per
// node, the indexes of the nodes it references, one per foreign key).
function sequelizeOrder(names, deps) {
	const manager = new ModelManager({ models: {} });

	names.forEach((name, i) => {
		const rawAttributes = { id: {} };

		deps[i].forEach((d, k) => {
			rawAttributes[`fk${k}`] = { references: { model: names[d] } };
		});
		manager.addModel({ name, getTableName: () => name, rawAttributes });
	});

	const sorted = manager.getModelsTopoSortedByForeignKey();

	if (sorted === null) {
		if (!lastSortError)
			throw new Error('no cycle message recorded');
		return 'error:' + lastSortError.message.replace(/\n/g, '\\n');
	}
	sorted.reverse();			// as sequelize.sync() does
	return 'order:' + sorted.map((m) => m.name).join(',');
}

// mulberry32 returns a seeded pseudo-random generator (results in [0, 1)).
function mulberry32(seed) {
	return function next() {
		seed = (seed + 0x6D2B79F5) | 0;
		let t = seed;

		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const cases = [];
const addCase = (label, names, deps) => cases.push({ label, names, deps });

addCase('single', ['users'], [[]]);
addCase('independent', ['c', 'a', 'b'], [[], [], []]);
addCase('chain_defined_dependents_first', ['a', 'b', 'c', 'd'],
	[[1], [2], [3], []]);
addCase('chain_defined_dependencies_first', ['a', 'b', 'c', 'd'],
	[[], [0], [1], [2]]);
addCase('diamond', ['top', 'left', 'right', 'bottom'],
	[[1, 2], [3], [3], []]);
addCase('diamond_reversed_deps', ['top', 'left', 'right', 'bottom'],
	[[2, 1], [3], [3], []]);
addCase('diamond_bottom_first', ['bottom', 'left', 'right', 'top'],
	[[], [0], [0], [1, 2]]);
addCase('self_dependency_ignored', ['employees', 'teams'], [[0, 1], [1]]);
addCase('duplicate_deps', ['tasks', 'users', 'projects'],
	[[1, 1, 2, 1], [], [1]]);
addCase('users_projects_tasks', ['User', 'Project', 'Task'],
	[[], [0], [1, 0]]);
addCase('through_table', ['Movie', 'Actor', 'ActorMovies'],
	[[], [], [0, 1]]);
addCase('dependency_defined_later_then_independent',
	['a', 'x', 'b', 'y'], [[2], [], [], [0]]);
addCase('cycle_documents_versions', ['documents', 'versions'], [[1], [0]]);
addCase('cycle_versions_first', ['versions', 'documents'], [[1], [0]]);
addCase('cycle_long', ['a', 'b', 'c', 'd', 'e'],
	[[1], [2], [3], [4], [1]]);
addCase('cycle_after_acyclic_part', ['root', 'x', 'y', 'z', 'w'],
	[[1], [], [3], [4], [2]]);
addCase('cycle_reached_from_root', ['users', 'a', 'b', 'c'],
	[[1], [2], [3], [1]]);
addCase('cycle_with_self_dependency', ['p', 'q'], [[0, 1], [1, 0]]);
addCase('cycle_three', ['alpha', 'beta', 'gamma'], [[2], [0], [1]]);

// random graphs, some acyclic (edges only to larger indexes), some not
const random = mulberry32(20240611);
const pick = (k) => Math.floor(random() * k);

for (let c = 0; c < 80; c++) {
	const n = 1 + pick(12);
	const acyclic = c % 2 === 0;
	const names = [];
	const deps = [];

	for (let i = 0; i < n; i++)
		names.push(`m${c}_${i}`);
	for (let i = 0; i < n; i++) {
		const list = [];
		const count = pick(4);

		for (let k = 0; k < count; k++) {
			if (acyclic) {
				if (i + 1 < n)
					list.push(i + 1 + pick(n - i - 1));
			} else {
				list.push(pick(n));
			}
		}
		deps.push(list);
	}
	// acyclic graphs get shuffled names order so edges go both ways
	if (acyclic) {
		const perm = names.map((_, i) => i);

		for (let i = n - 1; i > 0; i--) {
			const j = pick(i + 1);

			[perm[i], perm[j]] = [perm[j], perm[i]];
		}
		const where = [];

		perm.forEach((old, pos) => { where[old] = pos; });
		const newNames = perm.map((old) => names[old]);
		const newDeps = perm.map((old) => deps[old].map((d) => where[d]));

		addCase(`random_dag_${c}`, newNames, newDeps);
	} else {
		addCase(`random_${c}`, names, deps);
	}
}

const lines = cases.map(({ label, names, deps }) => [
	label,
	names.join(','),
	deps.map((list) => list.join(',')).join(';'),
	sequelizeOrder(names, deps),
].join('\t'));

fs.writeFileSync(path.join(__dirname, 'toposort_cases.tsv'),
	lines.join('\n') + '\n');
console.log(`wrote ${lines.length} cases to toposort_cases.tsv`);
