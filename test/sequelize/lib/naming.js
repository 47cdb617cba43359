// test/sequelize/lib/naming.js
//
// Naming at scale: 500 generated model names (irregular plurals, words
// ending in -ss/-us/-ies/-ta/-ia/-sis, acronyms, camelCase, snake_case,
// underscored models) are declared in Sequelize and in the extension, with
// associations between them, and the names each resolves are compared:
// table names, foreign keys of all four kinds, otherKey, junction tables.
// Nothing is synced: Sequelize resolves names at definition time and the
// extension's association.describe() reads its resolved declarations.
'use strict';

const { Sequelize, DataTypes } = require('sequelize');
const Utils = require('sequelize/lib/utils');
const { connect, reset } = require('./db');

const WORDS = [
	'Person', 'Child', 'Mouse', 'Status', 'Hypothesis', 'Man', 'Woman', 'Ox', 'Goose', 'Tooth', 'Foot',
	'Datum', 'Medium', 'Criterion', 'Analysis', 'Crisis', 'Index', 'Matrix', 'Vertex', 'Quiz', 'Bus',
	'Octopus', 'Virus', 'Alias', 'Axis', 'Cactus', 'Fungus', 'Radius', 'Address', 'Class', 'Boss', 'Glass',
	'Process', 'Access', 'Category', 'Company', 'City', 'Key', 'Day', 'Toy', 'Story', 'Policy', 'Entry',
	'Data', 'Media', 'Quota', 'Beta', 'Criteria', 'Agenda', 'Sheep', 'Fish', 'Series', 'Species', 'News',
	'Information', 'Equipment', 'Rice', 'Money', 'Leaf', 'Life', 'Wife', 'Knife', 'Half', 'Shelf', 'Hero',
	'Potato', 'Photo', 'Piano', 'Echo', 'Movie', 'Actor', 'Invoice', 'Subscription', 'Tag', 'Comment',
	'Version', 'Document', 'Ship', 'Captain', 'Task', 'Project', 'Team', 'Player', 'Game', 'Product',
	'Campus', 'Genus', 'Thesis', 'Basis', 'Diagnosis', 'Ellipsis', 'Synopsis', 'Appendix', 'Phenomenon',
	'Bacterium', 'Curriculum', 'Memorandum', 'Stadium', 'Millennium', 'Formula', 'Antenna', 'Vita', 'Pizza',
	'Area', 'Idea', 'Militia', 'Utopia', 'Bacteria', 'Insignia', 'Dogma', 'Schema', 'Stigma', 'Delta',
	'Business', 'Witness', 'Kiss', 'Dress', 'Mess', 'Bonus', 'Census', 'Status', 'Corpus', 'Nexus',
	'Query', 'Reply', 'Ally', 'Valley', 'Monkey', 'Journey', 'Lady', 'Baby', 'Spy', 'Guy', 'Buy',
	'Wolf', 'Calf', 'Roof', 'Chief', 'Proof', 'Belief', 'Cliff', 'Staff', 'Move', 'Wave', 'Cave',
	'Box', 'Fox', 'Tax', 'Fix', 'Match', 'Batch', 'Church', 'Wish', 'Dish', 'Bush', 'Hoax', 'Zero',
	'Die', 'Louse', 'Quiz', 'Canvas', 'Atlas', 'Gas', 'Lens', 'Chaos', 'Ethos', 'Pathos',
];
const ACRONYMS = ['URL', 'APIKey', 'HTTPRequest', 'XMLDoc', 'UUIDMap', 'SQLQuery', 'IPAddress', 'CPU', 'OAuthToken',
	'URLs', 'userURL', 'api_key', 'HTMLPage', 'PDFFile', 'GPSFix', 'DNSRecord', 'TCPPort', 'JSONBlob'];
// plurals as model names: inflection keeps or changes them in its own ways
const PLURALS = ['People', 'Children', 'Statuses', 'Addresses', 'Categories', 'Analyses', 'Mice', 'Indices',
	'Matrices', 'Octopi', 'Viri', 'Data', 'Criteria', 'Phenomena', 'Theses', 'Wolves', 'Knives', 'Heroes',
	'user_stories', 'order_entries', 'blogPosts', 'Queries', 'Buses', 'Quizzes', 'Oxen', 'Geese', 'Teeth'];
const PREFIXES = ['', 'User', 'Blog', 'Order', 'Admin', 'Api', 'My', 'Big'];

// names returns 500 distinct model names, deterministic, in several styles.
// Two models whose tables would be the same are kept apart (the extension
// refuses a second model on one table; a scenario of its own covers that).
function names() {
	const out = [];
	const seen = new Set();
	const push = (n) => {
		const table = Utils.underscore(Utils.pluralize(n)).toLowerCase();
		if (!seen.has(n.toLowerCase()) && !seen.has(table) && out.length < 500) {
			seen.add(n.toLowerCase());
			seen.add(table);
			out.push(n);
		}
	};
	const lower = (w) => w[0].toLowerCase() + w.slice(1);
	const snake = (w) => w.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
	for (const a of [...ACRONYMS, ...PLURALS])
		push(a);
	for (let round = 0; out.length < 500 && round < 40; round++)
		for (const [i, w] of WORDS.entries()) {
			const p = PREFIXES[(i + round) % PREFIXES.length];
			const styled = [`${p}${w}`, lower(`${p}${w}`), snake(`${p}${w}`), `${p}${w}`.toUpperCase()];
			push(round < 2 ? styled[round] : `${styled[(i + round) % 4]}${round > 3 ? round : ''}`);
		}
	return out;
}

const GROUP = 100;

// declarations builds the models and associations of the naming test, in
// groups of GROUP models associated among themselves: the extension's
// declaration cost grows with the number already declared, so five
// databases of 100 models take far less time than one of 500.
function declarations() {
	const groups = [];
	const list = names();
	for (let g = 0; g < list.length; g += GROUP)
		groups.push(group(list.slice(g, g + GROUP), g));
	return groups;
}

function group(list, offset) {
	const models = list.map((name, j) => {
		const i = offset + j;
		return {
			name, options: i % 5 === 3 ? { underscored: true } : {},
			attributes: i % 7 === 2 ? { code: { type: 'STRING', primaryKey: true } } : {},
		};
	});
	const assocs = [];
	const n = list.length;
	for (let i = 0; i < n; i++) {
		const a = list[i];
		const at = (k) => list[(i + k) % n];
		const alias = (k) => list[(i * 7 + k) % n];
		assocs.push(['belongsTo', a, at(1), i % 2 ? { as: alias(11) } : {}]);
		assocs.push(['hasOne', a, at(2), i % 3 === 1 ? { as: alias(13) } : {}]);
		assocs.push(['hasMany', a, at(3), i % 4 === 1 ? { as: alias(17) } : {}]);
		// a through string names a junction table verbatim, unless it names a
		// declared model, whose table name is inflected (every fourth one
		// declares its junction model, named after the two it joins)
		const through = i % 2 ? `${a}${at(4)}` : `${a}_${at(4)}_links`;
		if (i % 4 === 3)
			models.push({ name: through, options: i % 8 === 7 ? { underscored: true } : {}, attributes: {} });
		assocs.push(['belongsToMany', a, at(4), { through, ...(i % 3 === 2 ? { as: alias(19) } : {}) }]);
		if (i % 10 === 0)
			assocs.push(['belongsToMany', a, a, { through: `${a}Self`, as: alias(23) }]);
	}
	return { models, assocs };
}

const FUNCTIONS = { belongsTo: 'belongs_to', hasOne: 'has_one', hasMany: 'has_many', belongsToMany: 'belongs_to_many' };

// resolveGroup declares one group on both sides and returns, as plain data,
// the names each side resolved: {models: [...], assocs: [...], problems}.
async function resolveGroup(client, { models, assocs }) {
	const seq = new Sequelize('unused', 'unused', null, { dialect: 'postgres', logging: false });
	const out = { models: [], assocs: [], problems: [] };
	await reset(client, true);
	await client.query('BEGIN');
	for (const m of models) {
		const attrs = {};
		for (const [k, v] of Object.entries(m.attributes))
			attrs[k] = { ...v, type: DataTypes.STRING };
		seq.define(m.name, attrs, { ...m.options });
		await client.query('SELECT association.define_model($1, $2::json, $3::jsonb)',
			[m.name, JSON.stringify(m.attributes), JSON.stringify(m.options)]);
	}
	const declared = [];
	for (const [kind, s, t, opts] of assocs) {
		const label = `${s}.${kind}(${t}${opts.as ? `, as ${opts.as}` : ''})`;
		let sa;
		let err;
		try {
			sa = seq.model(s)[kind](seq.model(t), { ...opts });
		} catch (e) {
			err = e;
		}
		let extErr;
		await client.query('SAVEPOINT a');
		try {
			await client.query(`SELECT association.${FUNCTIONS[kind]}($1, $2, $3::jsonb)`, [s, t, JSON.stringify(opts)]);
			await client.query('RELEASE SAVEPOINT a');
		} catch (e) {
			extErr = e;
			await client.query('ROLLBACK TO SAVEPOINT a');
		}
		if (err || extErr) {
			if (!(err && extErr))
				out.problems.push({ where: label, text: `declaration: sequelize ${err ? err.message : 'ok'}, `
					+ `extension ${extErr ? `${extErr.code} ${extErr.message}` : 'ok'}` });
			continue;
		}
		declared.push({ kind, s, t, sa, label });
	}
	const cache = new Map();
	const desc = async (model) => {
		if (!cache.has(model))
			cache.set(model, (await client.query('SELECT association.describe($1) AS d', [model])).rows[0].d);
		return cache.get(model);
	};
	const field = async (model, attr) => {
		const at = ((await desc(model)).attributes || []).find((x) => x.name === attr);
		return at ? at.field : undefined;
	};
	for (const m of models) {
		const model = seq.model(m.name);
		const d = await desc(m.name);
		out.models.push({
			name: m.name,
			seq: { table: model.tableName, singular: model.options.name.singular, plural: model.options.name.plural },
			ext: { table: d.table, singular: d.singular, plural: d.plural },
		});
	}
	for (const { kind, s, t, sa, label } of declared) {
		const seqSide = { name: sa.as, foreignKey: sa.foreignKey, foreignKeyColumn: sa.identifierField };
		const extSide = {};
		// the association this declaration made: the one with Sequelize's
		// name, or failing that the last one of this kind to that target
		const all = (await desc(s)).associations || [];
		const d = all.find((x) => x.name === sa.as)
			|| all.filter((x) => x.kind === kind && x.target === t).pop();
		if (d) {
			extSide.name = d.name;
			extSide.foreignKey = d.foreignKey;
			const holder = kind === 'belongsTo' ? s : kind === 'belongsToMany' ? d.through : t;
			extSide.foreignKeyColumn = await field(holder, d.foreignKey);
		}
		if (kind === 'belongsToMany') {
			Object.assign(seqSide, {
				otherKey: sa.otherKey, otherKeyColumn: sa.foreignIdentifierField,
				junctionModel: sa.through.model.name, junctionTable: sa.through.model.tableName,
			});
			if (d)
				Object.assign(extSide, {
					otherKey: d.otherKey, otherKeyColumn: await field(d.through, d.otherKey),
					junctionModel: d.through, junctionTable: (await desc(d.through)).table,
				});
		}
		out.assocs.push({ kind, label, seq: seqSide, ext: extSide });
	}
	await client.query('ROLLBACK');
	return out;
}

// resolveAll runs every group and merges what they resolved.
async function resolveAll(ctx) {
	const client = await connect(ctx.dbB);
	const all = { models: [], assocs: [], problems: [] };
	try {
		for (const g of declarations()) {
			const r = await resolveGroup(client, g);
			for (const k of Object.keys(all))
				all[k].push(...r[k]);
		}
	} finally {
		await client.end();
	}
	return all;
}

module.exports = { names, declarations, resolveAll };
