// test/sequelize/lib/catalog.js
//
// Reads what a database holds, from pg_catalog, in a form both sides can be
// compared in: every user table with its columns (name, type, NOT NULL,
// default), primary key, unique keys, foreign keys with their actions,
// checks, plain indexes and triggers, plus the views; and every table's
// rows.  Everything outside the extension's own schema counts.
'use strict';

const { normalizeValue, canonical } = require('./normalize');
const { show, SIDES } = require('./compare');

const SYSTEM_SCHEMAS = "('pg_catalog', 'information_schema', 'association', 'pg_toast')";
const ACTIONS = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

const qi = (s) => `"${s.replace(/"/g, '""')}"`;
const relName = (nsp, rel) => (nsp === 'public' ? qi(rel) : `${qi(nsp)}.${qi(rel)}`);
const cols = (list) => `(${list.join(', ')})`;

// snapshot reads the schema of one database.
async function snapshot(client) {
	const rels = (await client.query(`
		SELECT c.oid, n.nspname, c.relname, c.relkind
		  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE n.nspname NOT IN ${SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg\\_%'
		   AND c.relkind IN ('r', 'p', 'v', 'm')`)).rows;
	const tables = {};
	const views = [];
	const byOid = new Map();
	for (const r of rels) {
		const name = relName(r.nspname, r.relname);
		if (r.relkind === 'v' || r.relkind === 'm') {
			views.push(name);
			continue;
		}
		const t = { name, nsp: r.nspname, rel: r.relname, columns: [], pk: null,
			uniques: [], fks: [], checks: [], indexes: [], triggers: [] };
		tables[name] = t;
		byOid.set(r.oid, t);
	}
	if (byOid.size === 0)
		return { tables, views: views.sort() };
	const oids = [...byOid.keys()];
	const attnames = new Map();
	const columns = (await client.query(`
		SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
		       a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid) AS def
		  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		 WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
		 ORDER BY a.attrelid, a.attnum`, [oids])).rows;
	for (const c of columns) {
		const t = byOid.get(c.attrelid);
		let def = c.def;
		if (c.attidentity || (def && /^nextval\(/.test(def)))
			def = '<auto-increment>';
		// the length in a cast of a default literal changes nothing
		else if (def)
			def = def.replace(/::character varying\(\d+\)/g, '::character varying');
		t.columns.push({ name: c.attname, type: c.type, notnull: c.attnotnull, def });
		attnames.set(`${c.attrelid}:${c.attnum}`, c.attname);
	}
	const name = (rel, num) => attnames.get(`${rel}:${num}`) || `#${num}`;
	const cons = (await client.query(`
		SELECT conrelid, contype, conkey, confrelid, confkey, confdeltype, confupdtype, conindid,
		       pg_get_constraintdef(oid) AS def
		  FROM pg_constraint WHERE conrelid = ANY($1)`, [oids])).rows;
	const constraintIndexes = new Set();
	for (const c of cons) {
		const t = byOid.get(c.conrelid);
		const keys = (c.conkey || []).map((n) => name(c.conrelid, n));
		if (c.conindid)
			constraintIndexes.add(c.conindid);
		if (c.contype === 'p')
			t.pk = keys;
		else if (c.contype === 'u')
			// a unique key is a set of columns: its column order is not compared
			t.uniques.push(cols([...keys].sort()));
		else if (c.contype === 'c')
			t.checks.push(c.def);
		else if (c.contype === 'f') {
			const ref = byOid.get(c.confrelid);
			const refCols = c.confkey.map((n) => name(c.confrelid, n));
			t.fks.push({
				key: `${cols(keys)} -> ${ref ? ref.name : c.confrelid} ${cols(refCols)}`,
				actions: `ON DELETE ${ACTIONS[c.confdeltype]} ON UPDATE ${ACTIONS[c.confupdtype]}`,
			});
		}
	}
	const idx = (await client.query(`
		SELECT i.indrelid, i.indexrelid, i.indisunique, i.indisprimary, i.indkey::int2[] AS keys,
		       i.indexprs IS NOT NULL AS expr
		  FROM pg_index i WHERE i.indrelid = ANY($1)`, [oids])).rows;
	for (const i of idx) {
		if (constraintIndexes.has(i.indexrelid) || i.indisprimary)
			continue;
		const t = byOid.get(i.indrelid);
		const keys = i.keys.map((n) => (n === 0 ? '<expr>' : name(i.indrelid, n)));
		if (i.indisunique)
			t.uniques.push(cols([...keys].sort()));
		else
			t.indexes.push(cols(keys));
	}
	const trg = (await client.query(`
		SELECT tgrelid, tgname FROM pg_trigger WHERE tgrelid = ANY($1) AND NOT tgisinternal`, [oids])).rows;
	for (const g of trg)
		byOid.get(g.tgrelid).triggers.push(g.tgname);
	for (const t of Object.values(tables))
		for (const k of ['uniques', 'checks', 'indexes', 'triggers'])
			t[k].sort();
	return { tables, views: views.sort() };
}

// onlyIn reports the members of two lists that only one side has.
function onlyIn(a, b, describe, out) {
	for (const x of a)
		if (!b.includes(x))
			out.push(`${describe(x)} only in ${SIDES[0]}`);
	for (const x of b)
		if (!a.includes(x))
			out.push(`${describe(x)} only in ${SIDES[1]}`);
}

// diffSchemas lists the schema differences (sequelize a, extension b).
function diffSchemas(a, b) {
	const out = [];
	const names = (s) => Object.keys(s.tables).sort();
	onlyIn(names(a), names(b), (n) => `schema: table ${n}`, out);
	onlyIn(a.views, b.views, (n) => `schema: view ${n}`, out);
	for (const n of names(a)) {
		const ta = a.tables[n];
		const tb = b.tables[n];
		if (!tb)
			continue;
		const ca = ta.columns.map((c) => c.name);
		const cb = tb.columns.map((c) => c.name);
		onlyIn(ca, cb, (c) => `schema: column ${n}.${qi(c)}`, out);
		for (const c of ta.columns) {
			const d = tb.columns.find((x) => x.name === c.name);
			if (!d)
				continue;
			const col = `schema: column ${n}.${qi(c.name)}`;
			if (c.type !== d.type)
				out.push(`${col}: type ${SIDES[0]} ${c.type}, ${SIDES[1]} ${d.type}`);
			if (c.notnull !== d.notnull)
				out.push(`${col}: NOT NULL ${SIDES[0]} ${c.notnull ? 'yes' : 'no'}, ${SIDES[1]} ${d.notnull ? 'yes' : 'no'}`);
			if (c.def !== d.def)
				out.push(`${col}: default ${SIDES[0]} ${c.def || 'none'}, ${SIDES[1]} ${d.def || 'none'}`);
		}
		const common = ca.filter((c) => cb.includes(c));
		const commonB = cb.filter((c) => ca.includes(c));
		if (common.join(',') !== commonB.join(','))
			out.push(`schema: column order of ${n}: ${SIDES[0]} ${cols(common)}, ${SIDES[1]} ${cols(commonB)}`);
		const pa = ta.pk ? cols(ta.pk) : 'none';
		const pb = tb.pk ? cols(tb.pk) : 'none';
		if (pa !== pb) {
			const same = ta.pk && tb.pk && [...ta.pk].sort().join() === [...tb.pk].sort().join();
			out.push(`schema: primary key ${same ? 'column order ' : ''}of ${n}: ${SIDES[0]} ${pa}, ${SIDES[1]} ${pb}`);
		}
		onlyIn(ta.uniques, tb.uniques, (u) => `schema: unique key ${n} ${u}`, out);
		onlyIn(ta.checks, tb.checks, (c) => `schema: check ${n} ${c}`, out);
		onlyIn(ta.indexes, tb.indexes, (i) => `schema: index ${n} ${i}`, out);
		onlyIn(ta.triggers, tb.triggers, (g) => `schema: trigger ${n} ${g}`, out);
		const fa = ta.fks.map((f) => f.key);
		const fb = tb.fks.map((f) => f.key);
		onlyIn(fa, fb, (k) => {
			const f = ta.fks.find((x) => x.key === k) || tb.fks.find((x) => x.key === k);
			return `schema: foreign key ${n} ${k} ${f.actions}`;
		}, out);
		for (const f of ta.fks) {
			const g = tb.fks.find((x) => x.key === f.key);
			if (g && g.actions !== f.actions)
				out.push(`schema: foreign key ${n} ${f.key}: ${SIDES[0]} ${f.actions}, ${SIDES[1]} ${g.actions}`);
		}
	}
	return out;
}

// contents reads every table's rows, timestamps normalised by timeline,
// keyed by primary key (or by the whole row when there is none).
async function contents(client, schema, timeline) {
	const out = {};
	for (const t of Object.values(schema.tables)) {
		const rows = (await client.query(`SELECT row_to_json(t) AS r FROM ${qi(t.nsp)}.${qi(t.rel)} t`)).rows;
		const map = new Map();
		for (const { r } of rows) {
			const row = normalizeValue(r, timeline);
			const key = t.pk ? canonical(t.pk.map((c) => r[c])) : canonical(row);
			let k = key;
			for (let n = 2; map.has(k); n++)
				k = `${key}#${n}`;
			map.set(k, row);
		}
		out[t.name] = map;
	}
	return out;
}

// diffContents compares the rows of the tables both sides have.
function diffContents(a, b, limit = 6) {
	const out = [];
	for (const [name, rowsA] of Object.entries(a)) {
		const rowsB = b[name];
		if (!rowsB)
			continue;
		const lines = [];
		for (const [k, ra] of rowsA) {
			const rb = rowsB.get(k);
			if (!rb) {
				lines.push(`contents of ${name}: row ${k} only in ${SIDES[0]}: ${show(ra)}`);
				continue;
			}
			for (const c of Object.keys(ra))
				if (c in rb && canonical(ra[c]) !== canonical(rb[c]))
					lines.push(`contents of ${name}: row ${k} column ${qi(c)}: ${SIDES[0]} ${show(ra[c])}, ${SIDES[1]} ${show(rb[c])}`);
		}
		for (const [k, rb] of rowsB)
			if (!rowsA.has(k))
				lines.push(`contents of ${name}: row ${k} only in ${SIDES[1]}: ${show(rb)}`);
		if (lines.length > limit)
			out.push(...lines.slice(0, limit), `contents of ${name}: ... and ${lines.length - limit} more`);
		else
			out.push(...lines);
	}
	return out;
}

module.exports = { snapshot, diffSchemas, contents, diffContents, qi };
