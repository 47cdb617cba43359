// test/sequelize/lib/seq_side.js
//
// Side A: runs a scenario through the real Sequelize v6.  Models and
// associations come from the neutral vocabulary (lib/vocabulary.js); steps
// become the calls an application would make: Model.create, the instance
// mixins (inst.getX(), inst.addX(), ...), Model.findAll with include.
// Every step returns plain JSON (toJSON()) for lib/compare.js.
'use strict';

const { Sequelize, DataTypes, Op } = require('sequelize');

const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'like', 'notLike',
	'iLike', 'notILike', 'between', 'notBetween', 'is', 'not'];
const LOGICAL = ['and', 'or', 'not'];

// seqType turns an extension type name ("STRING", "STRING(50)",
// "DECIMAL(10,2)", or a PostgreSQL type such as "date") into what
// Sequelize takes: a DataTypes member, or the raw type string (Sequelize
// writes a string type into its DDL verbatim).
function seqType(name) {
	if (typeof name !== 'string')
		return name;
	const m = /^([A-Z][A-Z0-9_]*)(?:\((.*)\))?$/.exec(name.trim());
	if (!m || !DataTypes[m[1]])
		return name;
	if (m[2] === undefined)
		return DataTypes[m[1]];
	const args = m[2].split(',').map((s) => (/^\d+$/.test(s.trim()) ? Number(s) : s.trim()));
	return DataTypes[m[1]](...args);
}

const stripDollar = (k) => (k.startsWith('$') && !k.endsWith('$') ? k.slice(1) : k);

// convertWhere turns the extension's JSON where ({"age": {"gte": 30}},
// {"or": [...]}) into Sequelize's Op-keyed objects.
function convertWhere(where) {
	if (Array.isArray(where))
		return where.map(convertWhere);
	if (!where || typeof where !== 'object')
		return where;
	const out = {};
	for (const [k, v] of Object.entries(where)) {
		const bare = stripDollar(k);
		if (LOGICAL.includes(bare))
			out[Op[bare]] = convertWhere(v);
		else
			out[k] = convertValue(v);
	}
	return out;
}

// convertValue handles the value side of one attribute: an operator object
// ({"gte": 3}) or a plain value / list.
function convertValue(v) {
	if (!v || typeof v !== 'object' || Array.isArray(v))
		return v;
	const out = {};
	for (const [k, x] of Object.entries(v)) {
		const bare = stripDollar(k);
		if (OPERATORS.includes(bare))
			out[Op[bare]] = convertValue(x);
		else
			out[k] = x;
	}
	return out;
}

// toPlain is what an application would send as JSON: toJSON() of every
// instance, recursively (toJSON already recurses into includes).
function toPlain(v) {
	if (v === null || v === undefined)
		return null;
	if (Array.isArray(v))
		return v.map(toPlain);
	if (typeof v.toJSON === 'function' && v instanceof Sequelize.Model)
		return v.toJSON();
	return v;
}

class SeqSide {
	constructor(conn, verbose) {
		this.conn = conn;
		this.verbose = verbose;
		this.name = 'sequelize';
	}

	// open makes a fresh Sequelize instance (no models) on the database.
	open() {
		const c = this.conn;
		this.seq = new Sequelize(c.database, c.user, c.password, {
			host: c.host, port: c.port, dialect: 'postgres',
			logging: this.verbose ? (s) => console.log(`#   [sequelize] ${s}`) : false,
			pool: { max: 2, min: 0, idle: 1000 },
		});
		return this.seq;
	}

	async close() {
		if (this.seq)
			await this.seq.close();
		this.seq = null;
	}

	// attribute turns one attribute declaration into Sequelize's form.
	attribute(spec) {
		if (typeof spec === 'string')
			return { type: seqType(spec) };
		const out = { ...spec };
		if (out.type)
			out.type = seqType(out.type);
		if (out.defaultValue === 'NOW')
			out.defaultValue = DataTypes.NOW;
		else if (out.defaultValue === 'UUIDV4')
			out.defaultValue = DataTypes.UUIDV4;
		else if (out.defaultValue === 'UUIDV1')
			out.defaultValue = DataTypes.UUIDV1;
		if (out.references && typeof out.references === 'object' && this.seq.isDefined(out.references.model))
			out.references = { ...out.references, model: this.seq.model(out.references.model) };
		return out;
	}

	// define declares the scenario's models and associations, in order.
	define(scenario) {
		// seqModels: per-model replacements for v1 spellings v6 lacks
		const models = { ...scenario.models, ...(scenario.seqModels || {}) };
		for (const [name, def] of Object.entries(models)) {
			const attrs = {};
			for (const [an, spec] of Object.entries(def.attributes || {}))
				attrs[an] = this.attribute(spec);
			this.seq.define(name, attrs, { ...(def.options || {}) });
		}
		for (const tuple of scenario.associations) {
			const [kind, source, target, options] = (tuple[4] && tuple[4].seq) || tuple;
			this.model(source)[kind](this.model(target), this.associationOptions(options));
		}
	}

	associationOptions(options) {
		const out = { ...(options || {}) };
		if (out.through && typeof out.through === 'object') {
			out.through = { ...out.through };
			if (typeof out.through.model === 'string' && this.seq.isDefined(out.through.model))
				out.through.model = this.seq.model(out.through.model);
			if (out.through.scope)
				out.through.scope = convertWhere(out.through.scope);
		}
		if (out.scope)
			out.scope = convertWhere(out.scope);
		if (out.foreignKey && typeof out.foreignKey === 'object' && out.foreignKey.type)
			out.foreignKey = { ...out.foreignKey, type: seqType(out.foreignKey.type) };
		if (out.otherKey && typeof out.otherKey === 'object' && out.otherKey.type)
			out.otherKey = { ...out.otherKey, type: seqType(out.otherKey.type) };
		if (out.keyType)
			out.keyType = seqType(out.keyType);
		return out;
	}

	async sync() {
		await this.seq.sync();
	}

	model(name) {
		if (!this.seq.isDefined(name))
			throw Object.assign(new Error(`model ${name} is not defined`), { harness: true });
		return this.seq.model(name);
	}

	// association finds an association of a model by its name or, for the
	// plural kinds, its singular form (the extension accepts both).
	association(model, name) {
		const assocs = model.associations;
		if (assocs[name])
			return assocs[name];
		const found = Object.values(assocs).find((a) => a.options && a.options.name
			&& a.options.name.singular === name && a.isMultiAssociation);
		if (!found)
			throw Object.assign(new TypeError(`${model.name} has no association ${name}`), { noAccessor: true });
		return found;
	}

	// instance loads the instance an application would hold: the row whose
	// identifying attribute (the association's sourceKey, or the primary key
	// for belongsTo) equals key.  A missing row gives an unsaved stand-in
	// carrying just that key, as a stale reference in an application would.
	async instance(model, assoc, key) {
		const attr = assoc.associationType === 'BelongsTo' ? model.primaryKeyAttribute : assoc.sourceKey;
		const found = await model.findOne({ where: { [attr]: key } });
		return found || model.build({ [attr]: key }, { isNewRecord: false });
	}

	// targets turns raw keys / objects into instances, loaded by the key the
	// extension reads them as (targetKey for belongsTo and belongsToMany,
	// the primary key otherwise); junction data rides on the instance under
	// the junction model's name, as Sequelize reads it.
	async targets(assoc, targets) {
		if (targets === null || targets === undefined)
			return null;
		const target = assoc.target;
		const keyAttr = ['BelongsTo', 'BelongsToMany'].includes(assoc.associationType)
			? assoc.targetKey : target.primaryKeyAttribute;
		const one = async (t) => {
			let where;
			let junction;
			if (t && typeof t === 'object') {
				where = {};
				for (const [k, v] of Object.entries(t)) {
					if (assoc.through && k === assoc.through.model.name)
						junction = v;
					else
						where[k] = v;
				}
			} else {
				where = { [keyAttr]: t };
			}
			let inst = await target.findOne({ where });
			if (!inst)
				inst = target.build(where, { isNewRecord: false });
			if (junction)
				inst[assoc.through.model.name] = junction;
			return inst;
		};
		if (Array.isArray(targets)) {
			const out = [];
			for (const t of targets)
				out.push(await one(t));
			return out;
		}
		return one(targets);
	}

	// includes converts the extension's include option for Model `model`.
	includes(model, include) {
		if (include === undefined)
			return undefined;
		if (Array.isArray(include))
			return include.map((i) => this.include(model, i));
		return this.include(model, include);
	}

	include(model, inc) {
		if (typeof inc === 'string' || !inc || typeof inc !== 'object')
			return inc;
		if (inc.all)
			return { ...inc };
		const out = { ...inc };
		if (typeof out.model === 'string')
			out.model = this.seq.isDefined(out.model) ? this.seq.model(out.model) : out.model;
		const assoc = this.resolve(model, inc);
		if (out.where)
			out.where = convertWhere(out.where);
		if (out.through) {
			out.through = { ...out.through };
			if (out.through.where)
				out.through.where = convertWhere(out.through.where);
		}
		if (out.order)
			out.order = this.order(assoc ? assoc.target : null, out.order);
		// Sequelize orders and limits per parent only with separate queries
		if (assoc && assoc.associationType === 'HasMany' && (out.limit !== undefined || out.order)
				&& out.separate === undefined)
			out.separate = true;
		if (out.include !== undefined)
			out.include = this.includes(assoc ? assoc.target : null, out.include);
		return out;
	}

	// resolve finds which association an include element names (for the
	// harness's own needs; Sequelize resolves it again itself).
	resolve(model, inc) {
		if (!model)
			return null;
		const assocs = Object.values(model.associations);
		if (typeof inc.association === 'string')
			return model.associations[inc.association] || null;
		if (inc.as)
			return model.associations[inc.as] || null;
		const name = typeof inc.model === 'string' ? inc.model : inc.model && inc.model.name;
		const hits = assocs.filter((a) => a.target.name === name);
		return hits.length === 1 ? hits[0] : null;
	}

	// order converts [[{model: 'User', as: 'author'}, 'name', 'ASC']] forms;
	// a leading junction model name ([['UserProjects', 'status', 'DESC']]
	// in a getter) becomes the column reference Sequelize's join knows.
	order(model, order) {
		if (!Array.isArray(order))
			return order;
		return order.map((item) => {
			if (!Array.isArray(item))
				return item;
			const [first, ...rest] = item;
			if (item.length >= 3 && typeof first === 'string' && this.seq.isDefined(first)
					&& !(model && model.associations[first]))
				return [Sequelize.col(`${first}.${rest[0]}`), ...rest.slice(1)];
			return item.map((part) => (part && typeof part === 'object' && typeof part.model === 'string'
				? { ...part, model: this.model(part.model) } : part));
		});
	}

	findOptions(model, options) {
		const out = { ...(options || {}) };
		// the v1 string where is one SQL expression: Sequelize's literal
		if (typeof out.where === 'string')
			out.where = Sequelize.literal(out.where);
		else if (out.where)
			out.where = convertWhere(out.where);
		if (out.include !== undefined)
			out.include = this.includes(model, out.include);
		if (out.order)
			out.order = this.order(model, out.order);
		if (out.through) {
			out.through = { ...out.through };
			if (out.through.where)
				out.through.where = convertWhere(out.through.where);
		}
		return out;
	}

	// run performs one step and returns its plain result.
	async run(step) {
		switch (step.op) {
			case 'create': {
				const model = this.model(step.model);
				const opts = step.options ? this.findOptions(model, step.options) : undefined;
				return toPlain(await model.create(step.values, opts));
			}
			case 'createMany': {
				const model = this.model(step.model);
				const out = [];
				for (const values of step.list)
					out.push(toPlain(await model.create(values)));
				return out;
			}
			case 'findAll': case 'findOne': {
				const model = this.model(step.model);
				return toPlain(await model[step.op](this.findOptions(model, step.options)));
			}
			case 'findAndCountAll': {
				const model = this.model(step.model);
				// the extension counts parents, as Sequelize does with
				// distinct: true (without it Sequelize counts joined rows)
				const opts = this.findOptions(model, step.options);
				if (opts.include !== undefined && opts.distinct === undefined)
					opts.distinct = true;
				const r = await model.findAndCountAll(opts);
				return { count: r.count, rows: toPlain(r.rows) };
			}
			case 'sql': {
				const [rows] = await this.seq.query(step.text);
				return rows;
			}
			default:
				return this.mixin(step);
		}
	}

	// mixin calls the instance method an application would call.
	async mixin(step) {
		const model = this.model(step.model);
		const assoc = this.association(model, step.assoc);
		const inst = await this.instance(model, assoc, step.key);
		const acc = assoc.accessors;
		const call = async (name, ...args) => {
			if (!name || typeof inst[name] !== 'function')
				throw Object.assign(new TypeError(`${model.name} instances have no ${step.op} for ${step.assoc}`),
					{ noAccessor: true });
			return inst[name](...args);
		};
		const opts = (o) => (o ? this.findOptions(assoc.target, o) : undefined);
		switch (step.op) {
			case 'get':
				return toPlain(await call(acc.get, opts(step.options)));
			case 'count':
				return Number(await call(acc.count, opts(step.options)));
			case 'has': {
				// raw keys go as they are: Sequelize reads them by the key the
				// association stores, as the extension does, while instances
				// are compared by primary key against targetKey values (a
				// Sequelize bug when targetKey is not the primary key)
				const t = step.targets;
				const rawKeys = Array.isArray(t) ? t.every((x) => x === null || typeof x !== 'object')
					: t === null || typeof t !== 'object';
				const args = rawKeys ? t : await this.targets(assoc, t);
				return call(Array.isArray(args) ? acc.hasAll : acc.hasSingle, args);
			}
			case 'set':
				await call(acc.set, await this.targets(assoc, step.targets), opts(step.options));
				return null;
			case 'add': {
				const t = await this.targets(assoc, step.targets);
				await call(Array.isArray(t) ? acc.addMultiple : acc.add, t, opts(step.options));
				return null;
			}
			case 'remove': {
				const t = await this.targets(assoc, step.targets);
				await call(Array.isArray(t) ? acc.removeMultiple : acc.remove, t);
				return null;
			}
			case 'createAssociated':
				return toPlain(await call(acc.create, step.values || {}, opts(step.options)));
			default:
				throw new Error(`unknown step ${step.op}`);
		}
	}
}

module.exports = { SeqSide, seqType, convertWhere };
