// test/sequelize/lib/vocabulary.js
//
// The shared scenario vocabulary: small builders that scenario files use to
// describe models, associations and steps once, in a neutral form that
// lib/seq_side.js turns into Sequelize calls and lib/ext_side.js into calls
// of the extension's SQL functions.  Steps are plain objects, so a scenario
// may also write them literally or add harness flags (ordered, ...).
'use strict';

// Association tuples: [kind, source, target, options].  A fifth element may
// give per-side overrides, {seq: [...tuple], ext: [...tuple]}, for the few
// v1 spellings that Sequelize v6 itself no longer understands.
const ASSOCIATION_KINDS = ['belongsTo', 'hasOne', 'hasMany', 'belongsToMany'];

const tuple = (kind, source, target, options, sides) =>
	(sides ? [kind, source, target, options, sides] : [kind, source, target, options]);
const belongsTo = (source, target, options, sides) => tuple('belongsTo', source, target, options || {}, sides);
const hasOne = (source, target, options, sides) => tuple('hasOne', source, target, options || {}, sides);
const hasMany = (source, target, options, sides) => tuple('hasMany', source, target, options || {}, sides);
const belongsToMany = (source, target, options, sides) => tuple('belongsToMany', source, target, options, sides);

// Steps.  `key` names the instance by the key the association uses (its
// sourceKey, or the primary key for belongsTo), `targets` is a key, an array
// of keys, null, or objects carrying junction data under the junction
// model's name, exactly as the extension's functions take them.
const create = (model, values, options) => ({ op: 'create', model, values, options });
const createMany = (model, list) => ({ op: 'createMany', model, list });
const get = (model, key, assoc, options) => ({ op: 'get', model, key, assoc, options });
const count = (model, key, assoc, options) => ({ op: 'count', model, key, assoc, options });
const has = (model, key, assoc, targets) => ({ op: 'has', model, key, assoc, targets });
const set = (model, key, assoc, targets, options) => ({ op: 'set', model, key, assoc, targets, options });
const add = (model, key, assoc, targets, options) => ({ op: 'add', model, key, assoc, targets, options });
const remove = (model, key, assoc, targets) => ({ op: 'remove', model, key, assoc, targets });
const createAssociated = (model, key, assoc, values, options) =>
	({ op: 'createAssociated', model, key, assoc, values, options });
const findAll = (model, options) => ({ op: 'findAll', model, options });
const findOne = (model, options) => ({ op: 'findOne', model, options });
const findAndCountAll = (model, options) => ({ op: 'findAndCountAll', model, options });
// The same SQL text on both databases (deletes to see ON DELETE at work,
// updates to move keys, ...); its rows are compared too.
const sql = (text) => ({ op: 'sql', text });

// Harness flags on a step: compare arrays in the order returned.
const ordered = (step) => ({ ...step, ordered: true, orderedIncludes: true });
// Mixed mode: the side that performs a write step.
const by = (side, step) => ({ ...step, by: side });

const READ_OPS = new Set(['get', 'count', 'has', 'findAll', 'findOne', 'findAndCountAll']);

// A scenario: {name, models, associations, steps}; `models` maps a model
// name to {attributes, options} (attributes in the extension's JSON form,
// which lib/seq_side.js turns into DataTypes).
function scenario(name, def) {
	if (!name || !def || !def.models)
		throw new Error(`scenario ${name}: needs a name and models`);
	for (const a of def.associations || [])
		if (!ASSOCIATION_KINDS.includes(a[0]))
			throw new Error(`scenario ${name}: unknown association kind ${a[0]}`);
	return { associations: [], steps: [], ...def, name };
}

// model(attributes, options) is the short form of {attributes, options}.
const model = (attributes, options) => ({ attributes: attributes || {}, options: options || {} });

module.exports = {
	ASSOCIATION_KINDS, READ_OPS,
	scenario, model,
	belongsTo, hasOne, hasMany, belongsToMany,
	create, createMany, get, count, has, set, add, remove, createAssociated,
	findAll, findOne, findAndCountAll, sql, ordered, by,
};
