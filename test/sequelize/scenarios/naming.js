// test/sequelize/scenarios/naming.js
//
// Naming at scale (lib/naming.js): 500 generated model names and about
// 2,000 associations between them, declared once in Sequelize and in the
// extension; each scenario compares one family of resolved names.
'use strict';

const { compareNaming } = require('../lib/naming');

let shared = null;

// state declares everything once for all naming scenarios (the database
// connection is closed when the process is about to exit).
function state(ctx) {
	if (!shared) {
		const problems = [];
		shared = compareNaming(ctx, (where, text) => problems.push({ where, text })).then((s) => {
			process.on('beforeExit', () => {
				if (s.client) {
					const c = s.client;
					s.client = null;
					c.query('ROLLBACK').finally(() => c.end());
				}
			});
			return { ...s, problems };
		});
	}
	return shared;
}

const MAX_LINES = 25;

// namingScenario wraps a check: check(s, add) calls add(where, text).
function namingScenario(name, check) {
	return {
		name: `naming: ${name}`,
		models: {},
		async run(ctx) {
			const s = await state(ctx);
			let n = 0;
			const add = (where, text) => {
				n++;
				if (n <= MAX_LINES)
					ctx.recorder.add(where, text);
				else if (n === MAX_LINES + 1)
					ctx.recorder.add('naming', `more differences of this family follow (only the first ${MAX_LINES} are listed)`);
			};
			await check(s, add);
		},
	};
}

const assocDesc = async (s, a) => {
	const d = await s.desc(a.s);
	return (d.associations || []).find((x) => x.name === a.name);
};

const attrField = async (s, model, attr) => {
	const d = await s.desc(model);
	const at = (d.attributes || []).find((x) => x.name === attr);
	return at ? at.field : undefined;
};

function kindScenario(kind, label) {
	return namingScenario(`${label}: association names, foreign keys and their columns`, async (s, add) => {
		for (const a of s.seqAssocs.filter((x) => x.kind === kind)) {
			const d = await assocDesc(s, a);
			if (!d) {
				add(a.label, `association "${a.sa.as}" not described by the extension (it returned "${a.name}")`);
				continue;
			}
			if (a.sa.as !== d.name)
				add(a.label, `name: sequelize ${a.sa.as}, extension ${d.name}`);
			if (a.sa.foreignKey !== d.foreignKey)
				add(a.label, `foreignKey: sequelize ${a.sa.foreignKey}, extension ${d.foreignKey}`);
			const holder = kind === 'belongsTo' ? a.s : kind === 'belongsToMany' ? d.through : a.t;
			const field = await attrField(s, holder, d.foreignKey);
			if (a.sa.identifierField !== field)
				add(a.label, `foreign key column: sequelize ${a.sa.identifierField}, extension ${field}`);
			if (kind === 'belongsToMany') {
				if (a.sa.otherKey !== d.otherKey)
					add(a.label, `otherKey: sequelize ${a.sa.otherKey}, extension ${d.otherKey}`);
				const other = await attrField(s, d.through, d.otherKey);
				if (a.sa.foreignIdentifierField !== other)
					add(a.label, `otherKey column: sequelize ${a.sa.foreignIdentifierField}, extension ${other}`);
				if (a.sa.through.model.name !== d.through)
					add(a.label, `junction model: sequelize ${a.sa.through.model.name}, extension ${d.through}`);
				const jt = (await s.desc(d.through)).table;
				if (a.sa.through.model.tableName !== jt)
					add(a.label, `junction table: sequelize ${a.sa.through.model.tableName}, extension ${jt}`);
			}
		}
	});
}

module.exports = [
	namingScenario('500 models: table names, singular and plural', async (s, add) => {
		for (const p of s.problems)
			add(p.where, p.text);
		for (const m of s.models) {
			const model = s.seq.model(m.name);
			const d = await s.desc(m.name);
			if (model.tableName !== d.table)
				add(m.name, `table: sequelize ${model.tableName}, extension ${d.table}`);
			if (model.options.name.singular !== d.singular)
				add(m.name, `singular: sequelize ${model.options.name.singular}, extension ${d.singular}`);
			if (model.options.name.plural !== d.plural)
				add(m.name, `plural: sequelize ${model.options.name.plural}, extension ${d.plural}`);
		}
	}),
	kindScenario('belongsTo', 'belongsTo'),
	kindScenario('hasOne', 'hasOne'),
	kindScenario('hasMany', 'hasMany'),
	kindScenario('belongsToMany', 'belongsToMany (both keys and the junction table)'),
];
