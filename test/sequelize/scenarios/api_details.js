// test/sequelize/scenarios/api_details.js
//
// Details of the calling convention and of values, compared the same way:
// target lists sent as node-postgres sends JavaScript arrays, where
// operators, values of other types (BIGINT, DECIMAL, JSON, BOOLEAN, DATE),
// mixins a kind of association does not have, unknown attributes, empty
// results, the junction renamed in eager loading, ordering by an included
// attribute, two models on one table.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

const P = 'api: ';
// these always send JavaScript arrays, whatever SEQ_DIFF_TARGETS says
const native = (step) => ({ ...step, targetsAs: 'native' });

const projectWorkers = () => ({
	models: { Project: model({ name: 'STRING' }), Worker: model({ name: 'STRING', age: 'INTEGER', nick: 'STRING' }) },
	associations: [hasMany('Project', 'Worker', { as: 'Workers' })],
});
const workers = [
	V.create('Project', { name: 'p' }),
	V.createMany('Worker', [{ name: 'ann', age: 30, nick: 'A' }, { name: 'bob', age: 41 }, { name: 'cid', age: 25, nick: 'c' },
		{ name: 'dan', age: 50 }]),
	V.set('Project', 1, 'Workers', [1, 2, 3, 4]),
];

module.exports = [
	scenario(`${P}target lists as node-postgres sends JavaScript arrays (hasMany)`, {
		...projectWorkers(),
		steps: [
			V.create('Project', { name: 'p' }),
			V.createMany('Worker', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			native(V.add('Project', 1, 'Workers', [1, 2])),
			native(V.has('Project', 1, 'Workers', [1, 2])),
			native(V.remove('Project', 1, 'Workers', [2])),
			native(V.set('Project', 1, 'Workers', [3])),
			native(V.set('Project', 1, 'Workers', [])),
			V.count('Project', 1, 'Workers'),
		],
	}),
	scenario(`${P}target lists as node-postgres sends JavaScript arrays (belongsToMany)`, {
		models: { User: model({ name: 'STRING' }), Group: model({ name: 'STRING' }) },
		associations: [belongsToMany('User', 'Group', { through: 'UserGroups' })],
		steps: [
			V.create('User', { name: 'u' }),
			V.createMany('Group', [{ name: 'a' }, { name: 'b' }]),
			native(V.add('User', 1, 'Groups', [1, 2])),
			native(V.has('User', 1, 'Groups', [1, 2])),
			native(V.set('User', 1, 'Groups', [2])),
			V.get('User', 1, 'Groups'),
		],
	}),
	scenario(`${P}where operators in getters`, {
		...projectWorkers(),
		steps: [
			...workers,
			V.get('Project', 1, 'Workers', { where: { age: { between: [26, 45] } } }),
			V.get('Project', 1, 'Workers', { where: { age: { notBetween: [26, 45] } } }),
			V.get('Project', 1, 'Workers', { where: { name: { iLike: 'A%' } } }),
			V.get('Project', 1, 'Workers', { where: { name: { notLike: '%n' } } }),
			V.get('Project', 1, 'Workers', { where: { nick: null } }),
			V.get('Project', 1, 'Workers', { where: { nick: { ne: null } } }),
			V.get('Project', 1, 'Workers', { where: { nick: { is: null } } }),
			V.get('Project', 1, 'Workers', { where: { nick: { not: null } } }),
			V.get('Project', 1, 'Workers', { where: { age: [30, 50] } }),
			V.get('Project', 1, 'Workers', { where: { not: [{ age: { gt: 40 } }] } }),
			V.get('Project', 1, 'Workers', { where: { or: [{ age: { lt: 26 } }, { and: [{ age: { gte: 50 } }, { name: 'dan' }] }] } }),
			V.get('Project', 1, 'Workers', { where: { $or: [{ name: 'ann' }, { name: 'bob' }] } }),
			V.count('Project', 1, 'Workers', { where: { age: { $gte: 30 } } }),
		],
	}),
	scenario(`${P}where operators in findAll`, {
		...projectWorkers(),
		steps: [
			...workers,
			V.findAll('Worker', { where: { age: { gt: 29, lte: 50 } }, order: [['age', 'ASC']] }),
			V.findAll('Worker', { where: { name: { in: ['ann', 'dan'] } } }),
			V.findAll('Worker', { where: { name: { notIn: ['ann', 'dan'] } } }),
			V.findAll('Worker', { where: { name: { like: '%o%' } } }),
			V.findOne('Worker', { where: { name: 'nobody' } }),
			V.findAll('Worker', { where: { name: 'nobody' } }),
			V.findAndCountAll('Worker', { where: { name: 'nobody' } }),
		],
	}),
	scenario(`${P}limit and offset at the top level with a plural include`, {
		...projectWorkers(),
		steps: [
			V.createMany('Project', [{ name: 'p' }, { name: 'q' }, { name: 'r' }]),
			V.createMany('Worker', [{ name: 'a', ProjectId: 1 }, { name: 'b', ProjectId: 1 }, { name: 'c', ProjectId: 2 }]),
			V.findAll('Project', { include: 'Workers', order: [['id', 'ASC']], limit: 2 }),
			V.findAll('Project', { include: 'Workers', order: [['id', 'ASC']], limit: 2, offset: 1 }),
			V.findAndCountAll('Project', { include: 'Workers', order: [['id', 'DESC']], limit: 1 }),
		],
	}),
	scenario(`${P}values of other types: BIGINT, DECIMAL, FLOAT, BOOLEAN, JSON, JSONB, DATEONLY`, {
		models: {
			Account: model({ big: 'BIGINT', money: 'DECIMAL(10,2)', ratio: 'FLOAT', ok: 'BOOLEAN',
				meta: 'JSON', tags: 'JSONB', day: 'DATEONLY', note: 'TEXT' }),
			Owner: model({ name: 'STRING' }),
		},
		associations: [belongsTo('Account', 'Owner'), hasMany('Owner', 'Account')],
		steps: [
			V.create('Owner', { name: 'o' }),
			V.create('Account', { big: 9007199254740991, money: 12.5, ratio: 0.25, ok: true, meta: { a: [1, 2] },
				tags: ['x'], day: '2020-02-29', note: 'n', OwnerId: 1 }),
			V.get('Owner', 1, 'Accounts'),
			V.findAll('Owner', { include: 'Accounts' }),
		],
	}),
	scenario(`${P}mixins a singular association does not have`, {
		models: { User: model({ name: 'STRING' }), Profile: model({ bio: 'STRING' }) },
		associations: [hasOne('User', 'Profile'), belongsTo('Profile', 'User')],
		steps: [
			V.create('User', { name: 'u' }),
			V.count('User', 1, 'Profile'),
			V.has('User', 1, 'Profile', 1),
			V.add('Profile', 1, 'User', 1),
			V.remove('User', 1, 'Profile', 1),
		],
	}),
	scenario(`${P}an unknown association name`, {
		models: { User: model({ name: 'STRING' }), Profile: model({ bio: 'STRING' }) },
		associations: [hasOne('User', 'Profile')],
		steps: [V.create('User', { name: 'u' }), V.get('User', 1, 'Avatar'), V.findAll('User', { include: ['Avatar'] })],
	}),
	scenario(`${P}create with an attribute the model does not have`, {
		models: { User: model({ name: 'STRING' }) },
		associations: [],
		steps: [V.create('User', { name: 'u', nickname: 'x' }), V.findAll('User', {})],
	}),
	scenario(`${P}two models on one table`, {
		models: { User: model({ name: 'STRING' }), Member: model({ name: 'STRING' }, { tableName: 'Users' }) },
		associations: [],
		steps: [V.create('User', { name: 'u' }), V.findAll('Member', {})],
	}),
	scenario(`${P}get of a singular association with nothing there, get of a missing instance`, {
		models: { User: model({ name: 'STRING' }), Profile: model({ bio: 'STRING' }) },
		associations: [hasOne('User', 'Profile'), belongsTo('Profile', 'User'), hasMany('User', 'Profile', { as: 'profiles' })],
		steps: [
			V.create('User', { name: 'u' }), V.create('Profile', { bio: 'b' }),
			V.get('User', 1, 'Profile'),
			V.get('Profile', 1, 'User'),
			V.get('User', 99, 'Profile'),
			V.get('User', 99, 'profiles'),
			V.count('User', 99, 'profiles'),
			V.has('User', 99, 'profiles', 1),
		],
	}),
	scenario(`${P}the junction renamed in eager loading (through.as)`, {
		models: { User: model({ name: 'STRING' }), Group: model({ name: 'STRING' }), Membership: model({ role: 'STRING' }) },
		associations: [belongsToMany('User', 'Group', { through: 'Membership' })],
		steps: [
			V.create('User', { name: 'u' }), V.create('Group', { name: 'g' }),
			V.add('User', 1, 'Group', 1, { through: { role: 'admin' } }),
			V.findAll('User', { include: [{ model: 'Group', through: { as: 'link', attributes: ['role'] } }] }),
		],
	}),
	scenario(`${P}order by an attribute of an included singular association`, {
		models: { Post: model({ title: 'STRING' }), User: model({ username: 'STRING' }) },
		associations: [belongsTo('Post', 'User', { as: 'author' })],
		steps: [
			V.createMany('User', [{ username: 'zed' }, { username: 'amy' }]),
			V.createMany('Post', [{ title: 'a', authorId: 1 }, { title: 'b', authorId: 2 }, { title: 'c', authorId: 1 }]),
			V.findAll('Post', { include: ['author'], order: [['author', 'username', 'ASC'], ['title', 'DESC']] }),
			V.findAll('Post', { include: ['author'], order: [[{ model: 'User', as: 'author' }, 'username', 'DESC'], ['id', 'ASC']] }),
		],
	}),
	scenario(`${P}include by model with the wrong alias, by alias without as`, {
		models: { Ship: model({ name: 'STRING' }), Captain: model({ name: 'STRING' }) },
		associations: [belongsTo('Ship', 'Captain', { as: 'leader' }), belongsTo('Ship', 'Captain', { as: 'owner' })],
		steps: [
			V.create('Ship', { name: 's' }),
			V.findAll('Ship', { include: [{ model: 'Captain' }] }),
			V.findAll('Ship', { include: [{ model: 'Captain', as: 'boss' }] }),
			V.findAll('Ship', { include: [{ model: 'Captain', as: 'owner' }] }),
		],
	}),
	scenario(`${P}junction defaults and a junction data update on add`, {
		models: { User: model({ name: 'STRING' }), Group: model({ name: 'STRING' }),
			Membership: model({ role: { type: 'STRING', defaultValue: 'member' }, level: 'INTEGER' }) },
		associations: [belongsToMany('User', 'Group', { through: 'Membership' })],
		steps: [
			V.create('User', { name: 'u' }), V.createMany('Group', [{ name: 'g' }, { name: 'h' }]),
			V.add('User', 1, 'Groups', [1, 2]),
			V.add('User', 1, 'Group', 1, { through: { level: 3 } }),
			V.add('User', 1, 'Group', 1, { through: { level: 3 } }),
			V.set('User', 1, 'Groups', [1, 2], { through: { role: 'admin' } }),
			V.get('User', 1, 'Groups'),
		],
	}),
	scenario(`${P}hasMany add of a target already associated`, {
		...projectWorkers(),
		steps: [
			...workers,
			V.add('Project', 1, 'Worker', 1),
			V.set('Project', 1, 'Workers', [1, 2, 3, 4]),
			V.get('Project', 1, 'Workers'),
		],
	}),
	scenario(`${P}keys given as text for an integer key`, {
		...projectWorkers(),
		steps: [
			...workers,
			V.get('Project', '1', 'Workers', { where: { age: { gt: 40 } } }),
			V.has('Project', '1', 'Workers', ['1', '2']),
			V.remove('Project', '1', 'Workers', ['1']),
			V.count('Project', '1', 'Workers'),
		],
	}),
	scenario(`${P}model and attribute names that need quoting`, {
		models: {
			'Order Line': model({ 'unit price': 'INTEGER', select: 'STRING' }),
			'site-user': model({ 'na-me': 'STRING' }),
		},
		associations: [belongsTo('Order Line', 'site-user', { as: 'buyer' }), hasMany('site-user', 'Order Line', { foreignKey: 'buyerId', as: 'lines' })],
		steps: [
			V.create('site-user', { 'na-me': 'x' }),
			V.create('Order Line', { 'unit price': 3, select: 'y', buyerId: 1 }),
			V.findAll('site-user', { include: ['lines'] }),
			V.get('Order Line', 1, 'buyer'),
		],
	}),
];
