// test/sequelize/scenarios/naming.js
//
// Naming at scale (lib/naming.js): 500 generated model names and about
// 2,000 associations between them are declared in Sequelize and in the
// extension (without sync); each scenario compares one family of the names
// both sides resolved.
'use strict';

const { resolveAll } = require('../lib/naming');

let shared = null;
const MAX_LINES = 25;

// resolved declares everything once for all naming scenarios.
function resolved(ctx) {
	if (!shared) {
		const started = Date.now();
		shared = resolveAll(ctx).then((r) => ({ ...r, seconds: (Date.now() - started) / 1000 }));
	}
	return shared;
}

// compareFields reports every field of `seq` whose value the extension
// resolved differently.
function compareFields(where, seq, ext, add) {
	for (const [k, v] of Object.entries(seq))
		if (ext[k] !== v)
			add(where, `${k}: sequelize ${v}, extension ${ext[k] === undefined ? 'nothing' : ext[k]}`);
}

function namingScenario(name, pick) {
	return {
		name: `naming: ${name}`,
		models: {},
		async run(ctx) {
			const r = await resolved(ctx);
			let n = 0;
			const add = (where, text) => {
				n++;
				if (n <= MAX_LINES)
					ctx.recorder.add(where, text);
				else if (n === MAX_LINES + 1)
					ctx.recorder.add('naming', `more differences of this family follow (only the first ${MAX_LINES} are listed)`);
			};
			const items = pick(r, add);
			for (const it of items)
				compareFields(it.name || it.label, it.seq, it.ext, add);
			ctx.recorder.note(`${items.length} declarations compared (all naming declarations took ${r.seconds} s)`);
		},
	};
}

const ofKind = (kind) => (r) => r.assocs.filter((a) => a.kind === kind);

module.exports = [
	namingScenario('500 models: table names, singular and plural', (r, add) => {
		for (const p of r.problems)
			add(p.where, p.text);
		return r.models;
	}),
	namingScenario('belongsTo: association names, foreign keys and their columns', ofKind('belongsTo')),
	namingScenario('hasOne: association names, foreign keys and their columns', ofKind('hasOne')),
	namingScenario('hasMany: association names, foreign keys and their columns', ofKind('hasMany')),
	namingScenario('belongsToMany: both keys, their columns, the junction model and table', ofKind('belongsToMany')),
];
