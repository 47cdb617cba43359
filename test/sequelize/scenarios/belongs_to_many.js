// test/sequelize/scenarios/belongs_to_many.js
//
// belongsToMany, ported in our own words from what Sequelize v6's
// integration tests for belongsToMany check: getters (where, not in, eager
// load), schemas, custom and non-primary keys (sourceKey, targetKey,
// foreignKey, custom junction models), has/count (scoped, through scope),
// set/add/remove (null, keys, twice, junction data, defaults), createX with
// junction data, junction tables (keys, primary key, timestamps, unique),
// paired associations, constraints both ways, name clashes, eager loading.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasMany, belongsToMany } = V;

const P = 'port belongsToMany: ';

const userTasks = (extra) => ({
	models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }), ...(extra || {}) },
	associations: [belongsToMany('User', 'Task', { through: 'UserTasks' }), belongsToMany('Task', 'User', { through: 'UserTasks' })],
});
const data = [
	V.createMany('User', [{ username: 'ann' }, { username: 'bob' }]),
	V.createMany('Task', [{ title: 'get started', active: true }, { title: 'finish', active: false }, { title: 'rest', active: true }]),
];

// nonPrimaryKeys: the two models joined by keys other than their ids
function nonPrimaryKeys(label, userKey, taskKey, opts, extra) {
	const ukey = userKey ? 'ann@x' : 1;
	const tkey = taskKey ? 't-1' : 1;
	return scenario(`${P}non-primary keys, ${label}`, {
		models: {
			User: model({ userSecondId: { type: 'STRING', unique: true }, username: 'STRING' }),
			Task: model({ taskSecondId: { type: 'STRING', unique: true }, title: 'STRING' }),
			...(extra || {}),
		},
		associations: [
			belongsToMany('User', 'Task', { through: 'UserTasks', ...(userKey ? { sourceKey: 'userSecondId' } : {}),
				...(taskKey ? { targetKey: 'taskSecondId' } : {}), ...(opts && opts.forward) }),
			belongsToMany('Task', 'User', { through: 'UserTasks', ...(taskKey ? { sourceKey: 'taskSecondId' } : {}),
				...(userKey ? { targetKey: 'userSecondId' } : {}), ...(opts && opts.backward) }),
		],
		steps: [
			V.createMany('User', [{ userSecondId: 'ann@x', username: 'ann' }, { userSecondId: 'bob@x', username: 'bob' }]),
			V.createMany('Task', [{ taskSecondId: 't-1', title: 'a' }, { taskSecondId: 't-2', title: 'b' }]),
			V.add('User', ukey, 'Tasks', tkey),
			V.add('Task', tkey, 'Users', userKey ? 'bob@x' : 2),
			V.get('User', ukey, 'Tasks'),
			V.get('Task', tkey, 'Users'),
			V.count('Task', tkey, 'Users'),
			V.has('User', ukey, 'Tasks', tkey),
			V.findAll('User', { include: 'Tasks' }),
			V.findAll('Task', { include: 'Users' }),
			V.remove('User', ukey, 'Task', tkey),
			V.get('Task', tkey, 'Users'),
		],
	});
}

function constraintScenario(label, forward, backward, changes) {
	return scenario(`${P}constraints, ${label}`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', ...forward }),
			belongsToMany('Task', 'User', { through: 'UserTasks', ...backward })],
		steps: [
			V.createMany('User', [{ username: 'a' }, { username: 'b' }]),
			V.createMany('Task', [{ title: 'x' }, { title: 'y' }]),
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 2, 'Tasks', [1]),
			...changes.map(V.sql),
			V.findAll('User', { include: 'Tasks', order: [['id', 'ASC']] }),
		],
	});
}

module.exports = [
	scenario(`${P}getter: all fields, no options, where, not in, not in on the key`, {
		...userTasks(),
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [1, 2, 3]),
			V.get('User', 1, 'Tasks'),
			V.get('User', 1, 'Tasks', { where: { active: true } }),
			V.get('User', 1, 'Tasks', { where: { title: { notIn: ['finish'] } } }),
			V.get('User', 1, 'Tasks', { where: { id: { notIn: [1] } } }),
			V.get('User', 1, 'Tasks', { where: { active: true }, attributes: ['title'], joinTableAttributes: [] }),
		],
	}),
	scenario(`${P}getter with an eager load of the other side`, {
		...userTasks(),
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 2, 'Tasks', [2]),
			V.get('User', 1, 'Tasks', { include: ['Users'] }),
			V.get('User', 1, 'Tasks', { include: [{ association: 'Users', where: { username: 'bob' }, required: false }] }),
		],
	}),
	scenario(`${P}models in another schema`, {
		setupSql: ['CREATE SCHEMA acme'],
		models: { User: model({ name: 'STRING' }, { schema: 'acme' }), Task: model({ title: 'STRING' }, { schema: 'acme' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' }), belongsToMany('Task', 'User', { through: 'UserTasks' })],
		steps: [
			V.create('User', { name: 'u' }), V.createMany('Task', [{ title: 'a' }, { title: 'b' }]),
			V.set('User', 1, 'Tasks', [1, 2]),
			V.get('Task', 2, 'Users'),
			V.findAll('User', { include: 'Tasks' }),
		],
	}),
	scenario(`${P}custom primary keys and foreign keys`, {
		models: {
			User: model({ id: { type: 'INTEGER', primaryKey: true, field: 'user_id' }, name: 'STRING' }),
			Group: model({ groupKey: { type: 'STRING', primaryKey: true }, name: 'STRING' }),
			UserGroups: model({ status: 'STRING' }),
		},
		associations: [
			belongsToMany('User', 'Group', { through: 'UserGroups', foreignKey: 'userRef', otherKey: 'groupRef' }),
			belongsToMany('Group', 'User', { through: 'UserGroups', foreignKey: 'groupRef', otherKey: 'userRef' }),
		],
		steps: [
			V.create('User', { id: 10, name: 'u' }),
			V.createMany('Group', [{ groupKey: 'g1', name: 'one' }, { groupKey: 'g2', name: 'two' }]),
			V.add('User', 10, 'Groups', ['g1', 'g2'], { through: { status: 'ok' } }),
			V.get('User', 10, 'Groups'),
			V.get('Group', 'g2', 'Users'),
			V.findAll('Group', { include: 'Users' }),
		],
	}),
	scenario(`${P}primary keys whose columns have other names`, {
		models: {
			User: model({ uid: { type: 'INTEGER', primaryKey: true, field: 'user_pk' }, name: 'STRING' }),
			Task: model({ tid: { type: 'INTEGER', primaryKey: true, field: 'task_pk' }, title: 'STRING' }),
		},
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' }), belongsToMany('Task', 'User', { through: 'UserTasks' })],
		steps: [
			V.create('User', { uid: 1, name: 'u' }), V.create('Task', { tid: 7, title: 't' }),
			V.add('User', 1, 'Task', 7),
			V.get('Task', 7, 'Users'),
			V.findAll('User', { include: [{ association: 'Tasks', required: true }] }),
			V.findAll('Task', { include: [{ association: 'Users', where: { name: 'u' } }] }),
		],
	}),
	nonPrimaryKeys('sourceKey only', true, false),
	nonPrimaryKeys('targetKey only', false, true),
	nonPrimaryKeys('sourceKey and targetKey', true, true),
	nonPrimaryKeys('custom junction model', true, true, null,
		{ UserTasks: model({ status: 'STRING' }) }),
	nonPrimaryKeys('custom foreignKey', true, true,
		{ forward: { foreignKey: 'userRef', otherKey: 'taskRef' }, backward: { foreignKey: 'taskRef', otherKey: 'userRef' } }),
	nonPrimaryKeys('custom foreignKey and junction model', true, true,
		{ forward: { foreignKey: 'userRef', otherKey: 'taskRef' }, backward: { foreignKey: 'taskRef', otherKey: 'userRef' } },
		{ UserTasks: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, status: 'STRING' }) }),
	scenario(`${P}has: some, all, by key, assigned by two sources`, {
		...userTasks(),
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 2, 'Tasks', [1]),
			V.has('User', 1, 'Tasks', [1, 3]),
			V.has('User', 1, 'Tasks', [1, 2]),
			V.has('User', 1, 'Tasks', [{ id: 1 }, { id: 2 }]),
			V.has('User', 2, 'Task', 1),
			V.has('Task', 1, 'Users', [1, 2]),
			V.has('User', 1, 'Tasks', null),
		],
	}),
	scenario(`${P}has with a binary (bytea) key`, {
		models: {
			Doc: model({ hash: { type: 'BLOB', primaryKey: true }, title: 'STRING' }),
			Tag: model({ name: 'STRING' }),
		},
		associations: [belongsToMany('Doc', 'Tag', { through: 'DocTags' })],
		steps: [
			V.sql(`INSERT INTO "Docs" (hash, title, "createdAt", "updatedAt") VALUES ('\\x0102', 'd', now(), now())`),
			V.create('Tag', { name: 't' }),
			V.sql(`INSERT INTO "DocTags" ("DocHash", "TagId", "createdAt", "updatedAt") VALUES ('\\x0102', 1, now(), now())`),
			V.count('Tag', 1, 'Docs'),
		],
	}),
	scenario(`${P}count: all, filtered, scoped, through-scoped`, {
		models: {
			User: model({ username: 'STRING' }),
			Task: model({ title: 'STRING', active: 'BOOLEAN' }),
			UserTasks: model({ started: { type: 'BOOLEAN', defaultValue: false } }),
		},
		associations: [
			belongsToMany('User', 'Task', { through: 'UserTasks' }),
			belongsToMany('User', 'Task', { through: 'UserTasks', as: 'activeTasks', scope: { active: true } }),
			belongsToMany('User', 'Task', { through: { model: 'UserTasks', scope: { started: true } }, as: 'startedTasks' }),
		],
		steps: [
			...data,
			V.add('User', 1, 'Tasks', [1, 2]),
			V.add('User', 1, 'startedTasks', 3),
			V.count('User', 1, 'Tasks'),
			V.count('User', 1, 'Tasks', { where: { active: true } }),
			V.count('User', 1, 'activeTasks'),
			V.count('User', 1, 'startedTasks'),
			V.count('User', 1, 'Tasks', { through: { where: { started: false } } }),
			V.get('User', 1, 'startedTasks'),
		],
	}),
	scenario(`${P}set: null clears, twice, by key, replaces`, {
		...userTasks(),
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 1, 'Tasks', null),
			V.count('User', 1, 'Tasks'),
			V.set('User', 1, 'Tasks', [2, 3]),
			V.set('User', 1, 'Tasks', [2, 3]),
			V.set('User', 1, 'Tasks', [3, 1]),
			V.get('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}set twice with custom primary keys`, {
		models: {
			User: model({ uid: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, username: 'STRING' }),
			Task: model({ tid: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, title: 'STRING' }),
		},
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' }), belongsToMany('Task', 'User', { through: 'UserTasks' })],
		steps: [
			V.createMany('User', [{ username: 'a' }, { username: 'b' }]),
			V.create('Task', { title: 't' }),
			V.set('Task', 1, 'Users', [1]),
			V.set('Task', 1, 'Users', [2]),
			V.get('Task', 1, 'Users'),
			V.findAll('Task', { include: 'Users' }),
		],
	}),
	scenario(`${P}target scope filters reads and set touches only in-scope rows`, {
		models: {
			Post: model({ title: 'STRING' }),
			Tag: model({ name: 'STRING', type: 'STRING' }),
		},
		associations: [
			belongsToMany('Post', 'Tag', { through: 'PostTags', as: 'categories', scope: { type: 'category' } }),
			belongsToMany('Post', 'Tag', { through: 'PostTags', as: 'labels', scope: { type: 'label' } }),
		],
		steps: [
			V.create('Post', { title: 'p' }),
			V.createMany('Tag', [{ name: 'a', type: 'category' }, { name: 'b', type: 'label' }, { name: 'c', type: 'category' }]),
			V.set('Post', 1, 'categories', [1, 3]),
			V.set('Post', 1, 'labels', [2]),
			V.get('Post', 1, 'categories'),
			V.get('Post', 1, 'labels'),
			V.set('Post', 1, 'categories', [1]),
			V.get('Post', 1, 'labels'),
			V.createAssociated('Post', 1, 'labels', { name: 'd' }),
			V.findAll('Post', { include: ['categories', 'labels'] }),
		],
	}),
	scenario(`${P}createX: new target, with junction data`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }), UserTasks: model({ status: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' })],
		steps: [
			V.create('User', { username: 'u' }),
			V.createAssociated('User', 1, 'Task', { title: 'a' }),
			V.createAssociated('User', 1, 'Task', { title: 'b' }, { through: { status: 'done' } }),
			V.get('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}add: one, a list, by key, again with new junction data`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }), UserTasks: model({ status: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' })],
		steps: [
			...data,
			V.add('User', 1, 'Task', 1),
			V.add('User', 1, 'Tasks', [2, 3], { through: { status: 'new' } }),
			V.add('User', 1, 'Task', 2, { through: { status: 'new' } }),
			V.add('User', 1, 'Task', 2, { through: { status: 'seen' } }),
			V.add('User', 1, 'Tasks', [1, 2, 3]),
			V.get('User', 1, 'Tasks'),
			V.add('User', 1, 'Tasks', null),
		],
	}),
	scenario(`${P}add twice without junction attributes or timestamps`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', timestamps: false })],
		steps: [
			V.create('User', { username: 'u' }), V.create('Task', { title: 't' }),
			V.add('User', 1, 'Task', 1),
			V.add('User', 1, 'Task', 1),
			V.get('User', 1, 'Tasks'),
			V.remove('User', 1, 'Task', 1),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}junction data on the objects combined with defaults (set)`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }),
			UserTasks: model({ status: 'STRING', priority: 'INTEGER' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' })],
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [{ id: 1, UserTasks: { status: 'busy' } }, { id: 2, UserTasks: { priority: 3 } }, 3],
				{ through: { status: 'idle', priority: 1 } }),
			V.get('User', 1, 'Tasks', { joinTableAttributes: ['status', 'priority'] }),
			V.set('User', 1, 'Tasks', [1, 2], { through: { status: 'again' } }),
			V.get('User', 1, 'Tasks', { joinTableAttributes: ['status', 'priority'] }),
		],
	}),
	scenario(`${P}remove: one and a list, without timestamps`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', timestamps: false })],
		steps: [
			...data,
			V.set('User', 1, 'Tasks', [1, 2, 3]),
			V.remove('User', 1, 'Task', 1),
			V.remove('User', 1, 'Tasks', [2, 3]),
			V.remove('User', 1, 'Tasks', []),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}junction table with non-integer keys`, {
		models: {
			User: model({ id: { type: 'UUID', primaryKey: true, defaultValue: 'UUIDV4' }, name: 'STRING' }),
			Task: model({ id: { type: 'STRING', primaryKey: true }, title: 'STRING' }),
		},
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' })],
		steps: [
			V.create('User', { id: '2f1f2d1e-0000-4000-8000-00000000000a', name: 'u' }),
			V.create('Task', { id: 'T1', title: 't' }),
			V.add('User', '2f1f2d1e-0000-4000-8000-00000000000a', 'Task', 'T1'),
			V.get('User', '2f1f2d1e-0000-4000-8000-00000000000a', 'Tasks'),
		],
	}),
	scenario(`${P}underscored keys (user_id, place_id)`, {
		models: { User: model({}, { underscored: true }), Place: model({}, { underscored: true }) },
		associations: [belongsToMany('User', 'Place', { through: 'user_places' }), belongsToMany('Place', 'User', { through: 'user_places' })],
		steps: [V.create('User', {}), V.create('Place', {}), V.add('User', 1, 'Place', 1), V.get('Place', 1, 'Users')],
	}),
	scenario(`${P}otherKey inferred from the paired association (through string)`, {
		models: { User: model({}, { underscored: true }), Place: model({}, { underscored: true }) },
		associations: [belongsToMany('User', 'Place', { through: 'user_places', foreignKey: 'user_ref' }),
			belongsToMany('Place', 'User', { through: 'user_places', foreignKey: 'place_ref' })],
		steps: [V.create('User', {}), V.create('Place', {}), V.add('Place', 1, 'User', 1), V.get('User', 1, 'Places')],
	}),
	scenario(`${P}otherKey inferred from the paired association (through model)`, {
		models: { User: model({}), Place: model({}), UserPlace: model({ visits: 'INTEGER' }) },
		associations: [belongsToMany('User', 'Place', { through: 'UserPlace', foreignKey: 'userRef' }),
			belongsToMany('Place', 'User', { through: 'UserPlace', foreignKey: 'placeRef' })],
		steps: [V.create('User', {}), V.create('Place', {}), V.add('Place', 1, 'User', 1, { through: { visits: 2 } }),
			V.get('User', 1, 'Places')],
	}),
	scenario(`${P}keys with fields, a deleted child, a double link, nested includes`, {
		models: {
			User: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true, field: 'user_id' }, name: 'STRING' }),
			Group: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true, field: 'group_id' }, name: 'STRING' }),
			Company: model({ name: 'STRING' }),
		},
		associations: [
			belongsToMany('User', 'Group', { through: 'user_groups', foreignKey: { name: 'userId', field: 'user_ref' },
				otherKey: { name: 'groupId', field: 'group_ref' } }),
			belongsToMany('Group', 'User', { through: 'user_groups', foreignKey: { name: 'groupId', field: 'group_ref' },
				otherKey: { name: 'userId', field: 'user_ref' } }),
			belongsTo('User', 'Company'),
		],
		steps: [
			V.create('Company', { name: 'c' }),
			V.createMany('User', [{ name: 'a', CompanyId: 1 }, { name: 'b' }]),
			V.createMany('Group', [{ name: 'g' }, { name: 'h' }]),
			V.set('User', 1, 'Groups', [1, 2]),
			V.set('Group', 1, 'Users', [1, 2]),
			V.sql('DELETE FROM "Users" WHERE user_id = 2'),
			V.get('Group', 1, 'Users'),
			V.findAll('Group', { include: [{ association: 'Users', include: ['Company'] }] }),
		],
	}),
	scenario(`${P}junction primary key: removed when generated, kept when declared`, {
		models: {
			User: model({}), Task: model({}), Place: model({}),
			UserTasks: model({}),
			UserPlaces: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true } }),
		},
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks' }), belongsToMany('User', 'Place', { through: 'UserPlaces' })],
		steps: [
			V.create('User', {}), V.create('Task', {}), V.create('Place', {}),
			V.add('User', 1, 'Task', 1), V.add('User', 1, 'Place', 1), V.add('User', 1, 'Place', 1),
			V.findAll('User', { include: ['Tasks', 'Places'] }),
		],
	}),
	scenario(`${P}junction data: on the instances, aliased, limited`, {
		models: { User: model({ username: 'STRING' }), Project: model({ title: 'STRING' }), UserProjects: model({ status: 'STRING', data: 'INTEGER' }) },
		associations: [belongsToMany('User', 'Project', { through: 'UserProjects' }), belongsToMany('Project', 'User', { through: 'UserProjects' })],
		steps: [
			V.create('User', { username: 'u' }), V.createMany('Project', [{ title: 'p' }, { title: 'q' }]),
			V.add('User', 1, 'Projects', [{ id: 1, UserProjects: { status: 'active', data: 42 } }, 2]),
			V.findAll('User', { include: 'Projects' }),
			V.findAll('User', { include: [{ model: 'Project', through: { as: 'myProject' } }] }),
			V.findAll('User', { include: [{ model: 'Project', through: { attributes: ['status'] } }] }),
			V.findAll('User', { include: [{ model: 'Project', through: { attributes: [] } }] }),
		],
	}),
	scenario(`${P}nested create with junction data`, {
		models: { User: model({ username: 'STRING' }), Project: model({ title: 'STRING' }), UserProjects: model({ status: 'STRING' }) },
		associations: [belongsToMany('User', 'Project', { through: 'UserProjects' })],
		steps: [
			V.create('User', { username: 'u', Projects: [{ title: 'p', UserProjects: { status: 'new' } }, { title: 'q' }] },
				{ include: ['Projects'] }),
			V.get('User', 1, 'Projects'),
		],
	}),
	scenario(`${P}count with through.where`, {
		models: { User: model({ username: 'STRING' }), Project: model({ title: 'STRING' }), UserProjects: model({ status: 'STRING' }) },
		associations: [belongsToMany('User', 'Project', { through: 'UserProjects' })],
		steps: [
			V.create('User', { username: 'u' }), V.createMany('Project', [{ title: 'p' }, { title: 'q' }]),
			V.add('User', 1, 'Projects', [{ id: 1, UserProjects: { status: 'active' } }, { id: 2, UserProjects: { status: 'done' } }]),
			V.count('User', 1, 'Projects', { through: { where: { status: 'active' } } }),
			V.get('User', 1, 'Projects', { through: { where: { status: 'done' } } }),
			V.get('User', 1, 'Projects', { order: [['UserProjects', 'status', 'DESC']] }),
		],
	}),
	scenario(`${P}a belongsTo and a hasMany alongside (source belongs to target)`, {
		models: { A: model({}), B: model({}) },
		associations: [belongsTo('A', 'B'), belongsToMany('A', 'B', { through: 'AB' }), belongsToMany('B', 'A', { through: 'AB' })],
		steps: [V.create('B', {}), V.create('A', { BId: 1 }), V.add('A', 1, 'Bs', 1), V.findAll('A', { include: ['B', 'Bs'] })],
	}),
	scenario(`${P}a belongsTo and a hasMany alongside (target belongs to source)`, {
		models: { A: model({}), B: model({}) },
		associations: [belongsTo('B', 'A'), belongsToMany('A', 'B', { through: 'AB' }), belongsToMany('B', 'A', { through: 'AB' })],
		steps: [V.create('A', {}), V.create('B', { AId: 1 }), V.add('B', 1, 'As', 1), V.findAll('B', { include: ['A', 'As'] })],
	}),
	scenario(`${P}aliases on both sides (through string)`, {
		models: { Person: model({ name: 'STRING' }), Club: model({ name: 'STRING' }) },
		associations: [belongsToMany('Person', 'Club', { as: 'memberships', through: 'ClubMembers' }),
			belongsToMany('Club', 'Person', { as: 'members', through: 'ClubMembers' })],
		steps: [V.create('Person', { name: 'p' }), V.create('Club', { name: 'c' }), V.add('Club', 1, 'member', 1),
			V.get('Person', 1, 'memberships'), V.findAll('Club', { include: 'members' })],
	}),
	scenario(`${P}aliases on both sides (through model)`, {
		models: { Person: model({ name: 'STRING' }), Club: model({ name: 'STRING' }), ClubMember: model({ role: 'STRING' }) },
		associations: [belongsToMany('Person', 'Club', { as: 'memberships', through: 'ClubMember' }),
			belongsToMany('Club', 'Person', { as: 'members', through: 'ClubMember' })],
		steps: [V.create('Person', { name: 'p' }), V.create('Club', { name: 'c' }), V.add('Club', 1, 'members', 1, { through: { role: 'chair' } }),
			V.get('Person', 1, 'memberships'), V.findAll('Club', { include: 'members' })],
	}),
	scenario(`${P}project with owners and users (two associations, two junctions)`, {
		models: { User: model({ name: 'STRING' }), Project: model({ name: 'STRING' }) },
		associations: [
			belongsToMany('Project', 'User', { through: 'ProjectUsers', as: 'users' }),
			belongsToMany('Project', 'User', { through: 'ProjectOwners', as: 'owners' }),
			belongsToMany('User', 'Project', { through: 'ProjectUsers', as: 'projects' }),
			belongsToMany('User', 'Project', { through: 'ProjectOwners', as: 'ownedProjects' }),
		],
		steps: [
			V.create('Project', { name: 'p' }), V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.add('Project', 1, 'users', 1), V.add('Project', 1, 'owners', 2),
			V.get('User', 1, 'projects'), V.get('User', 2, 'ownedProjects'), V.get('User', 2, 'projects'),
		],
	}),
	constraintScenario('cascade deletes both ways by default', {}, {}, ['DELETE FROM "Users" WHERE id = 1', 'DELETE FROM "Tasks" WHERE id = 1']),
	constraintScenario('restrict deletes both ways', { onDelete: 'RESTRICT' }, { onDelete: 'RESTRICT' },
		['DELETE FROM "Users" WHERE id = 1', 'DELETE FROM "Tasks" WHERE id = 2']),
	constraintScenario('cascade one way, restrict the other', { onDelete: 'RESTRICT' }, { onDelete: 'CASCADE' },
		['DELETE FROM "Users" WHERE id = 1', 'DELETE FROM "Tasks" WHERE id = 1']),
	constraintScenario('no constraints at all', { constraints: false }, { constraints: false },
		['DELETE FROM "Users" WHERE id = 1', 'DELETE FROM "Tasks" WHERE id = 2']),
	constraintScenario('updates cascade', {}, {}, ['UPDATE "Users" SET id = 9 WHERE id = 1']),
	scenario(`${P}custom unique key name on a junction with its own key`, {
		models: { User: model({}), Task: model({}), UserTasks: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true } }) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', uniqueKey: 'custom_user_task_unique' })],
		steps: [V.create('User', {}), V.create('Task', {}),
			V.sql('INSERT INTO "UserTasks" ("UserId", "TaskId", "createdAt", "updatedAt") VALUES (1, 1, now(), now())'),
			V.sql('INSERT INTO "UserTasks" ("UserId", "TaskId", "createdAt", "updatedAt") VALUES (1, 1, now(), now())')],
	}),
	scenario(`${P}foreign key object with allowNull false`, {
		models: { User: model({}), Task: model({}) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', foreignKey: { name: 'ownerRef', allowNull: false } })],
		steps: [V.create('User', {}), V.create('Task', {}), V.add('User', 1, 'Task', 1), V.get('User', 1, 'Tasks')],
	}),
	scenario(`${P}foreignKey and as with the same name clash`, {
		models: { User: model({}), Task: model({}) },
		associations: [belongsToMany('User', 'Task', { through: 'UserTasks', foreignKey: 'tasks', as: 'tasks' })],
		steps: [],
	}),
	scenario(`${P}without through it is refused; self without as is refused`, {
		models: { User: model({}), Task: model({}) },
		associations: [belongsToMany('User', 'Task', {})],
		steps: [],
	}),
	scenario(`${P}self-association without as is refused`, {
		models: { User: model({}) },
		associations: [belongsToMany('User', 'User', { through: 'Friends' })],
		steps: [],
	}),
	scenario(`${P}self-association with as (friends)`, {
		models: { User: model({ name: 'STRING' }) },
		associations: [belongsToMany('User', 'User', { through: 'Friendships', as: 'friends' })],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			V.add('User', 1, 'friends', [2, 3]),
			V.get('User', 1, 'friends'),
			V.get('User', 2, 'friends'),
			V.findAll('User', { include: 'friends' }),
		],
	}),
	scenario(`${P}eager loading with an alias and with all`, {
		models: { Author: model({ name: 'STRING' }), Book: model({ title: 'STRING' }), Prize: model({ name: 'STRING' }) },
		associations: [belongsToMany('Author', 'Book', { through: 'AuthorBooks', as: 'works' }),
			belongsToMany('Author', 'Prize', { through: 'AuthorPrizes' })],
		steps: [
			V.create('Author', { name: 'a' }), V.create('Book', { title: 'b' }), V.create('Prize', { name: 'p' }),
			V.add('Author', 1, 'works', 1), V.add('Author', 1, 'Prizes', 1),
			V.findOne('Author', { include: [{ model: 'Book', as: 'works' }] }),
			V.findOne('Author', { include: [{ all: true }] }),
			V.findOne('Author', { include: [{ model: 'Book' }] }),
		],
	}),
	scenario(`${P}junction model that is also the target of another belongsToMany`, {
		models: { A: model({}), B: model({}), J: model({}), C: model({}) },
		associations: [belongsToMany('A', 'J', { through: 'A_J' }), belongsToMany('C', 'B', { through: 'J' })],
		steps: [V.create('A', {}), V.create('J', {}), V.get('A', 1, 'Js')],
	}),
];
