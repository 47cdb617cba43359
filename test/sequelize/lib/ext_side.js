// test/sequelize/lib/ext_side.js
//
// Side B: runs a scenario through the extension's SQL functions from
// node-postgres, passing values as an application would: the instance key
// as a parameter, options and values as JSON, lists of keys as the
// JavaScript arrays node-postgres sends as array literals (or, with
// SEQ_DIFF_TARGETS=json or a step's targetsAs: 'json', as JSON text), and
// targets carrying junction data as JSON text.
'use strict';

const FUNCTIONS = {
	belongsTo: 'belongs_to', hasOne: 'has_one', hasMany: 'has_many', belongsToMany: 'belongs_to_many',
};

const json = (v) => (v === undefined ? '{}' : JSON.stringify(v));

class ExtSide {
	constructor(client, verbose, targetsAs) {
		this.client = client;
		this.verbose = verbose;
		this.targetsAs = targetsAs || 'native';
		this.name = 'extension';
		this.described = new Map();
	}

	async query(text, params) {
		if (this.verbose)
			console.log(`#   [extension] ${text} ${JSON.stringify(params || [])}`);
		return this.client.query(text, params);
	}

	// define declares the scenario's models and associations, in order.
	async define(scenario) {
		this.described.clear();
		for (const [name, def] of Object.entries(scenario.models))
			await this.query('SELECT association.define_model($1, $2::json, $3::jsonb)',
				[name, json(def.attributes || {}), json(def.options || {})]);
		for (const tuple of scenario.associations) {
			const [kind, source, target, options] = (tuple[4] && tuple[4].ext) || tuple;
			await this.query(`SELECT association.${FUNCTIONS[kind]}($1, $2, $3::jsonb)`,
				[source, target, options === undefined ? null : json(options)]);
		}
	}

	async sync() {
		const r = await this.query('SELECT * FROM association.sync()');
		return r.rows.map((row) => row.sync);
	}

	// describe caches association.describe(model) for the scenario.
	async describe(model) {
		if (!this.described.has(model)) {
			const r = await this.query('SELECT association.describe($1) AS d', [model]);
			this.described.set(model, r.rows[0].d);
		}
		return this.described.get(model);
	}

	// isSingular tells whether a get returns one row (belongsTo, hasOne).
	async isSingular(model, assoc) {
		let d;
		try {
			d = await this.describe(model);
		} catch (e) {
			return false;
		}
		const a = (d.associations || []).find((x) => x.name === assoc || x.singular === assoc);
		return !!a && (a.kind === 'belongsTo' || a.kind === 'hasOne');
	}

	// targets encodes a targets argument.
	targets(t, step) {
		if (t === null || t === undefined)
			return null;
		const mode = step.targetsAs || this.targetsAs;
		if (Array.isArray(t) && mode === 'native' && t.every((x) => x === null || typeof x !== 'object'))
			return t;
		if (typeof t === 'object')
			return JSON.stringify(t);
		return t;
	}

	// run performs one step and returns its plain result.
	async run(step) {
		const A = 'association';
		switch (step.op) {
			case 'create':
				return (await this.query(`SELECT ${A}.create($1, $2::jsonb, $3::jsonb) AS r`,
					[step.model, json(step.values), json(step.options)])).rows[0].r;
			case 'createMany': {
				const out = [];
				for (const values of step.list)
					out.push((await this.query(`SELECT ${A}.create($1, $2::jsonb) AS r`,
						[step.model, json(values)])).rows[0].r);
				return out;
			}
			case 'findAll':
				return (await this.query(`SELECT r FROM ${A}.find_all($1, $2::jsonb) r`,
					[step.model, json(step.options)])).rows.map((x) => x.r);
			case 'findOne':
				return (await this.query(`SELECT ${A}.find_one($1, $2::jsonb) AS r`,
					[step.model, json(step.options)])).rows[0].r;
			case 'findAndCountAll':
				return (await this.query(`SELECT ${A}.find_and_count_all($1, $2::jsonb) AS r`,
					[step.model, json(step.options)])).rows[0].r;
			case 'sql':
				return (await this.query(step.text)).rows;
			case 'get': {
				const rows = (await this.query(`SELECT r FROM ${A}.get($1, $2, $3, $4::jsonb) r`,
					[step.model, step.key, step.assoc, json(step.options)])).rows.map((x) => x.r);
				if (await this.isSingular(step.model, step.assoc))
					return rows.length ? rows[0] : null;
				return rows;
			}
			case 'count':
				return Number((await this.query(`SELECT ${A}.count($1, $2, $3, $4::jsonb) AS r`,
					[step.model, step.key, step.assoc, json(step.options)])).rows[0].r);
			case 'has':
				return (await this.query(`SELECT ${A}.has($1, $2, $3, $4) AS r`,
					[step.model, step.key, step.assoc, this.targets(step.targets, step)])).rows[0].r;
			case 'set': case 'add':
				await this.query(`SELECT ${A}.${step.op}($1, $2, $3, $4, $5::jsonb)`,
					[step.model, step.key, step.assoc, this.targets(step.targets, step), json(step.options)]);
				return null;
			case 'remove':
				await this.query(`SELECT ${A}.remove($1, $2, $3, $4)`,
					[step.model, step.key, step.assoc, this.targets(step.targets, step)]);
				return null;
			case 'createAssociated':
				return (await this.query(`SELECT ${A}.create_associated($1, $2, $3, $4::jsonb, $5::jsonb) AS r`,
					[step.model, step.key, step.assoc, json(step.values || {}), json(step.options)])).rows[0].r;
			default:
				throw new Error(`unknown step ${step.op}`);
		}
	}
}

module.exports = { ExtSide };
