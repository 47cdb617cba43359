// test/sequelize/scenarios/create_include.js
//
// Nested create (Model.create(values, {include})), ported in our own words
// from what Sequelize v6's create-with-include and bulk-create-with-include
// tests check: belongsTo (also with a NOT NULL key and an alias), hasMany
// (also aliased), hasOne (also aliased), belongsToMany (junction data,
// polymorphic through scope, alias), several levels at once.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

const P = 'port create include: ';

module.exports = [
	scenario(`${P}belongsTo`, {
		models: { Product: model({ title: 'STRING' }), User: model({ first_name: 'STRING', last_name: 'STRING' }) },
		associations: [belongsTo('Product', 'User')],
		steps: [
			V.create('Product', { title: 'Chair', User: { first_name: 'Mick', last_name: 'Broadstone' } }, { include: [{ model: 'User' }] }),
			V.findOne('Product', { include: ['User'] }),
		],
	}),
	scenario(`${P}belongsTo with a NOT NULL key`, {
		models: { Product: model({ title: 'STRING' }), User: model({ username: 'STRING' }) },
		associations: [belongsTo('Product', 'User', { foreignKey: { allowNull: false } })],
		steps: [
			V.create('Product', { title: 'Chair', User: { username: 'Mick' } }, { include: ['User'] }),
			V.create('Product', { title: 'Table' }),
			V.findAll('Product', { include: ['User'] }),
		],
	}),
	scenario(`${P}belongsTo with an alias`, {
		models: { Product: model({ title: 'STRING' }), User: model({ first_name: 'STRING' }) },
		associations: [belongsTo('Product', 'User', { as: 'creator' })],
		steps: [
			V.create('Product', { title: 'Chair', creator: { first_name: 'Matt' } }, { include: ['creator'] }),
			V.findOne('Product', { include: ['creator'] }),
		],
	}),
	scenario(`${P}hasMany`, {
		models: { Product: model({ title: 'STRING' }), Tag: model({ name: 'STRING' }) },
		associations: [hasMany('Product', 'Tag')],
		steps: [
			V.create('Product', { id: 1, title: 'Chair', Tags: [{ id: 1, name: 'Alpha' }, { id: 2, name: 'Beta' }] }, { include: [{ model: 'Tag' }] }),
			V.get('Product', 1, 'Tags'),
		],
	}),
	scenario(`${P}hasMany with an alias`, {
		models: { Product: model({ title: 'STRING' }), Tag: model({ name: 'STRING' }) },
		associations: [hasMany('Product', 'Tag', { as: 'categories' })],
		steps: [
			V.create('Product', { id: 1, title: 'Chair', categories: [{ name: 'Alpha' }, { name: 'Beta' }] }, { include: ['categories'] }),
			V.findOne('Product', { include: ['categories'] }),
		],
	}),
	scenario(`${P}hasOne`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.create('User', { username: 'Muzzy', Task: { title: 'Eat Clocks' } }, { include: [{ model: 'Task' }] }),
			V.findOne('User', { include: ['Task'] }),
		],
	}),
	scenario(`${P}hasOne with an alias`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', { as: 'job' })],
		steps: [
			V.create('User', { username: 'Muzzy', job: { title: 'Eat Clocks' } }, { include: ['job'] }),
			V.findOne('User', { include: ['job'] }),
		],
	}),
	scenario(`${P}belongsToMany with junction data`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }), UserTask: model({ role: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTask' }), belongsToMany('Task', 'User', { through: 'UserTask' })],
		steps: [
			V.create('User', { username: 'John', Tasks: [{ title: 'Get rich', active: true, UserTask: { role: 'owner' } },
				{ title: 'Die trying', active: false }] }, { include: ['Tasks'] }),
			V.findOne('User', { include: ['Tasks'] }),
		],
	}),
	scenario(`${P}polymorphic belongsToMany (through scope)`, {
		models: {
			Post: model({ title: 'STRING' }),
			Tag: model({ name: 'STRING' }),
			ItemTag: model({ tag_id: { type: 'INTEGER', unique: false }, taggable: 'STRING', taggable_id: { type: 'INTEGER', unique: false } }),
		},
		associations: [
			belongsToMany('Post', 'Tag', { through: { model: 'ItemTag', unique: false, scope: { taggable: 'post' } },
				foreignKey: 'taggable_id', otherKey: 'tag_id', constraints: false }),
		],
		steps: [
			V.create('Post', { title: 'p', Tags: [{ name: 'a' }, { name: 'b' }] }, { include: ['Tags'] }),
			V.findAll('ItemTag', { order: [['tag_id', 'ASC']] }),
			V.get('Post', 1, 'Tags'),
		],
	}),
	scenario(`${P}belongsToMany with an alias`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', as: 'jobs' })],
		steps: [
			V.create('User', { username: 'John', jobs: [{ title: 'a' }, { title: 'b' }] }, { include: ['jobs'] }),
			V.get('User', 1, 'jobs'),
		],
	}),
	scenario(`${P}three levels at once`, {
		models: { Company: model({ name: 'STRING' }), User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }), Tag: model({ name: 'STRING' }) },
		associations: [hasMany('Company', 'User'), belongsTo('User', 'Company'), hasMany('User', 'Task'), belongsToMany('Task', 'Tag', { through: 'TaskTags' })],
		steps: [
			V.create('Company', { name: 'c', Users: [{ name: 'u', Tasks: [{ title: 't', Tags: [{ name: 'x' }] }] }, { name: 'v' }] },
				{ include: [{ association: 'Users', include: [{ association: 'Tasks', include: ['Tags'] }] }] }),
			V.findAll('Company', { include: [{ association: 'Users', include: [{ association: 'Tasks', include: ['Tags'] }] }] }),
		],
	}),
	scenario(`${P}values for an association that is not included are ignored`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { username: 'u', Tasks: [{ title: 't' }] }),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}an error in a child leaves nothing behind`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: { type: 'STRING', allowNull: false } }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { username: 'u', Tasks: [{ title: 't' }, { title: null }] }, { include: ['Tasks'] }),
			V.findAll('User', {}),
			V.findAll('Task', {}),
		],
	}),
];
