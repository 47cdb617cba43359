// test/sequelize/scenarios/has_many.js
//
// hasMany, ported in our own words from what Sequelize v6's integration
// tests for hasMany check: several hasMany to one target, count with
// filters, getters with limit/order per parent, has/set/add/remove with
// keys, null and partial lists, createX, the getter's where and scope,
// constraints and their actions, key naming and types, sourceKey (getter,
// count, add, nested create), eager loading.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasMany, belongsToMany } = V;

const P = 'port hasMany: ';

const userTasks = (opts) => ({
	models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }) },
	associations: [hasMany('User', 'Task', opts || {})],
});

const withTasks = [
	V.createMany('User', [{ username: 'ann' }, { username: 'bob' }]),
	V.createMany('Task', [{ title: 'a', active: true }, { title: 'b', active: false }, { title: 'c', active: true }]),
];

function constraintScenario(label, opts, changes) {
	return scenario(`${P}constraints, ${label}`, {
		...userTasks(opts),
		steps: [
			...withTasks,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 2, 'Tasks', [3]),
			...changes.map(V.sql),
			V.findAll('User', { include: 'Tasks', order: [['id', 'ASC']] }),
		],
	});
}

module.exports = [
	scenario(`${P}two hasMany to the same target model`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { as: 'ownedTasks', foreignKey: 'ownerId' }),
			hasMany('User', 'Task', { as: 'reviewedTasks', foreignKey: 'reviewerId' })],
		steps: [
			V.create('User', { name: 'u' }),
			V.createMany('Task', [{ title: 'a', ownerId: 1 }, { title: 'b', ownerId: 1, reviewerId: 1 }]),
			V.get('User', 1, 'ownedTasks'),
			V.get('User', 1, 'reviewedTasks'),
			V.count('User', 1, 'ownedTasks'),
			V.findOne('User', { include: ['ownedTasks', 'reviewedTasks'] }),
		],
	}),
	scenario(`${P}count with a where on a column both tables have`, {
		models: { User: model({ status: 'STRING' }), Task: model({ status: 'STRING' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { status: 'x' }),
			V.createMany('Task', [{ status: 'open', UserId: 1 }, { status: 'done', UserId: 1 }, { status: 'open' }]),
			V.count('User', 1, 'Tasks', { where: { status: 'open' } }),
			V.get('User', 1, 'Tasks', { where: { status: 'done' } }),
		],
	}),
	scenario(`${P}getter with limit and order`, {
		...userTasks(),
		steps: [
			...withTasks,
			V.add('User', 1, 'Tasks', [1, 2, 3]),
			V.get('User', 1, 'Tasks', { order: [['title', 'DESC']], limit: 2 }),
			V.get('User', 1, 'Tasks', { order: [['title', 'ASC']], offset: 1 }),
		],
	}),
	scenario(`${P}include with limit and order per parent (separate)`, {
		models: { Team: model({ name: 'STRING' }), Player: model({ name: 'STRING', score: 'INTEGER' }) },
		associations: [hasMany('Team', 'Player'), belongsTo('Player', 'Team')],
		steps: [
			V.createMany('Team', [{ name: 'x' }, { name: 'y' }]),
			V.createMany('Player', [
				{ name: 'a', score: 5, TeamId: 1 }, { name: 'b', score: 9, TeamId: 1 }, { name: 'c', score: 7, TeamId: 1 },
				{ name: 'd', score: 1, TeamId: 2 }, { name: 'e', score: 8, TeamId: 2 }]),
			V.ordered(V.findAll('Team', { order: [['id', 'ASC']],
				include: { association: 'Players', order: [['score', 'DESC']], limit: 2 } })),
			V.ordered(V.findAll('Team', { order: [['id', 'ASC']],
				include: { association: 'Players', order: [['score', 'ASC']], limit: 1, include: ['Team'] } })),
		],
	}),
	scenario(`${P}two levels with limit and order per parent`, {
		models: { League: model({ name: 'STRING' }), Team: model({ name: 'STRING' }), Player: model({ name: 'STRING', score: 'INTEGER' }) },
		associations: [hasMany('League', 'Team'), hasMany('Team', 'Player')],
		steps: [
			V.create('League', { name: 'l' }),
			V.createMany('Team', [{ name: 'x', LeagueId: 1 }, { name: 'y', LeagueId: 1 }, { name: 'z', LeagueId: 1 }]),
			V.createMany('Player', [{ name: 'a', score: 1, TeamId: 1 }, { name: 'b', score: 2, TeamId: 1 },
				{ name: 'c', score: 3, TeamId: 2 }, { name: 'd', score: 4, TeamId: 3 }]),
			V.ordered(V.findAll('League', { include: { association: 'Teams', order: [['name', 'DESC']], limit: 2,
				include: { association: 'Players', order: [['score', 'DESC']], limit: 1 } } })),
		],
	}),
	scenario(`${P}models in another schema`, {
		setupSql: ['CREATE SCHEMA archive'],
		models: { User: model({ name: 'STRING' }, { schema: 'archive' }), Task: model({ title: 'STRING' }, { schema: 'archive' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'Tasks', { title: 't1' }),
			V.createAssociated('User', 1, 'Tasks', { title: 't2' }),
			V.get('User', 1, 'Tasks'),
			V.findAll('User', { include: 'Tasks' }),
		],
	}),
	scenario(`${P}belongsTo counterpart shares one foreign key`, {
		models: { Article: model({ title: 'STRING' }), Label: model({ text: 'STRING' }) },
		associations: [hasMany('Article', 'Label'), belongsTo('Label', 'Article')],
		steps: [V.create('Article', { title: 'a' }), V.createAssociated('Article', 1, 'Labels', { text: 'l' }),
			V.get('Label', 1, 'Article')],
	}),
	scenario(`${P}has: nothing, assigned, by key, some, all`, {
		models: { Article: model({ title: 'STRING' }), Label: model({ text: 'STRING' }) },
		associations: [hasMany('Article', 'Label')],
		steps: [
			V.create('Article', { title: 'a' }),
			V.createMany('Label', [{ text: 'x' }, { text: 'y' }]),
			V.has('Article', 1, 'Label', 1),
			V.add('Article', 1, 'Label', 1),
			V.has('Article', 1, 'Label', 1),
			V.has('Article', 1, 'Labels', [1, 2]),
			V.add('Article', 1, 'Label', 2),
			V.has('Article', 1, 'Labels', [1, 2]),
			V.has('Article', 1, 'Labels', [{ id: 1 }, { id: 2 }]),
			V.has('Article', 2, 'Labels', [1]),
		],
	}),
	scenario(`${P}set null clears, set by key, set twice`, {
		...userTasks(),
		steps: [
			...withTasks,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 1, 'Tasks', null),
			V.get('User', 1, 'Tasks'),
			V.set('User', 1, 'Tasks', [2, 3]),
			V.set('User', 1, 'Tasks', [2, 3]),
			V.set('User', 1, 'Tasks', [3, 1]),
			V.get('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}set steals targets from another source`, {
		...userTasks(),
		steps: [...withTasks, V.set('User', 1, 'Tasks', [1, 2]), V.set('User', 2, 'Tasks', [2]),
			V.get('User', 1, 'Tasks'), V.get('User', 2, 'Tasks')],
	}),
	scenario(`${P}add by key, add a list, add keeps the others`, {
		...userTasks(),
		steps: [
			...withTasks,
			V.add('User', 1, 'Task', 1),
			V.add('User', 1, 'Tasks', [2, 3]),
			V.get('User', 1, 'Tasks'),
			V.add('User', 1, 'Tasks', null),
			V.add('User', 1, 'Tasks', []),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}add a decent-sized list`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { username: 'u' }),
			V.createMany('Task', Array.from({ length: 60 }, (_, i) => ({ title: `t${i}` }))),
			V.add('User', 1, 'Tasks', Array.from({ length: 60 }, (_, i) => i + 1)),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}remove: one, a list, one that belongs to someone else`, {
		...userTasks(),
		steps: [
			...withTasks,
			V.set('User', 1, 'Tasks', [1, 2]),
			V.set('User', 2, 'Tasks', [3]),
			V.remove('User', 1, 'Task', 1),
			V.remove('User', 1, 'Tasks', [2, 3]),
			V.remove('User', 1, 'Tasks', null),
			V.get('User', 2, 'Tasks'),
			V.count('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}createX, also with a key in the values`, {
		...userTasks(),
		steps: [
			V.create('User', { username: 'u' }),
			V.createAssociated('User', 1, 'Tasks', { title: 't', active: true }),
			V.createAssociated('User', 1, 'Task', { title: 'u', UserId: 2 }),
			V.get('User', 1, 'Tasks'),
		],
	}),
	scenario(`${P}getter options: where, attributes, no options`, {
		...userTasks(),
		steps: [
			...withTasks,
			V.set('User', 1, 'Tasks', [1, 2, 3]),
			V.get('User', 1, 'Tasks'),
			V.get('User', 1, 'Tasks', { where: { active: true } }),
			V.get('User', 1, 'Tasks', { where: { active: true }, attributes: ['title'] }),
			V.get('User', 1, 'Tasks', { attributes: { exclude: ['createdAt', 'updatedAt'] } }),
			V.get('User', 1, 'Tasks', { where: { or: [{ title: 'a' }, { title: 'b' }] } }),
			V.get('User', 1, 'Tasks', { where: { title: { in: ['a', 'c'] }, active: { ne: false } } }),
			V.get('User', 1, 'Tasks', { where: { title: { like: '%b%' } } }),
		],
	}),
	scenario(`${P}count: all, filtered, scoped`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', active: 'BOOLEAN' }) },
		associations: [hasMany('User', 'Task'), hasMany('User', 'Task', { as: 'activeTasks', scope: { active: true } })],
		steps: [
			V.create('User', { username: 'u' }),
			V.createMany('Task', [{ title: 'a', active: true, UserId: 1 }, { title: 'b', active: false, UserId: 1 }]),
			V.count('User', 1, 'Tasks'),
			V.count('User', 1, 'Tasks', { where: { active: true } }),
			V.count('User', 1, 'activeTasks'),
			V.get('User', 1, 'activeTasks'),
		],
	}),
	scenario(`${P}an alias names the accessors`, {
		models: { Project: model({ name: 'STRING' }), Worker: model({ name: 'STRING' }) },
		associations: [hasMany('Project', 'Worker', { as: 'Helpers' })],
		steps: [V.create('Project', { name: 'p' }), V.createAssociated('Project', 1, 'Helper', { name: 'w' }),
			V.get('Project', 1, 'Helpers'), V.count('Project', 1, 'Helpers')],
	}),
	constraintScenario('default ON DELETE SET NULL', {}, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('allowNull false gives CASCADE', { foreignKey: { allowNull: false } }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('constraints false', { constraints: false }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onDelete CASCADE', { onDelete: 'CASCADE' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onUpdate CASCADE', { onUpdate: 'CASCADE' }, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	constraintScenario('onDelete RESTRICT', { onDelete: 'RESTRICT' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onUpdate RESTRICT', { onUpdate: 'RESTRICT' }, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	scenario(`${P}underscored: key column user_id`, {
		models: { User: model({ username: 'STRING' }, { underscored: true }), Task: model({ title: 'STRING' }, { underscored: true }) },
		associations: [hasMany('User', 'Task')],
		steps: [V.create('User', { username: 'u' }), V.createAssociated('User', 1, 'Tasks', { title: 't' }),
			V.get('User', 1, 'Tasks', { where: { UserId: 1 } })],
	}),
	scenario(`${P}key type inferred from a string primary key`, {
		models: { Group: model({ code: { type: 'STRING', primaryKey: true } }), Member: model({ name: 'STRING' }) },
		associations: [hasMany('Group', 'Member')],
		steps: [V.create('Group', { code: 'g1' }), V.createAssociated('Group', 'g1', 'Members', { name: 'm' }),
			V.get('Group', 'g1', 'Members'), V.findAll('Group', { include: 'Members' })],
	}),
	scenario(`${P}keyType BIGINT`, {
		models: { Group: model({ name: 'STRING' }), Member: model({ name: 'STRING' }) },
		associations: [hasMany('Group', 'Member', { foreignKey: { type: 'BIGINT' } })],
		steps: [V.create('Group', { name: 'g' }), V.createAssociated('Group', 1, 'Members', { name: 'm' })],
	}),
	scenario(`${P}foreign key object merged with an existing attribute`, {
		models: { Group: model({ name: 'STRING' }), Member: model({ name: 'STRING', GroupId: { type: 'INTEGER', field: 'group_ref' } }) },
		associations: [hasMany('Group', 'Member', { foreignKey: { allowNull: false } })],
		steps: [V.create('Group', { name: 'g' }), V.createAssociated('Group', 1, 'Members', { name: 'm' }), V.create('Member', { name: 'x' })],
	}),
	scenario(`${P}foreignKey and as with the same name clash`, {
		models: { Group: model({ name: 'STRING' }), Member: model({ name: 'STRING' }) },
		associations: [hasMany('Group', 'Member', { foreignKey: 'members', as: 'members' })],
		steps: [],
	}),
	scenario(`${P}sourceKey: get, count, add, create`, {
		models: {
			User: model({ username: { type: 'STRING', unique: true }, email: 'STRING' }),
			Task: model({ title: 'STRING', userEmail: 'STRING' }),
		},
		associations: [hasMany('User', 'Task', { foreignKey: 'userName', sourceKey: 'username' }),
			belongsTo('Task', 'User', { foreignKey: 'userName', targetKey: 'username' })],
		steps: [
			V.create('User', { username: 'ann', email: 'a@x' }),
			V.createMany('Task', [{ title: 'a', userName: 'ann' }, { title: 'b' }]),
			V.get('User', 'ann', 'Tasks'),
			V.count('User', 'ann', 'Tasks'),
			V.add('User', 'ann', 'Task', 2),
			V.count('User', 'ann', 'Tasks'),
			V.createAssociated('User', 'ann', 'Tasks', { title: 'c' }),
			V.findAll('User', { include: 'Tasks' }),
			V.get('Task', 2, 'User'),
		],
	}),
	scenario(`${P}sourceKey: nested create`, {
		models: { User: model({ username: { type: 'STRING', unique: true } }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { foreignKey: 'userName', sourceKey: 'username' })],
		steps: [
			V.create('User', { username: 'ann', Tasks: [{ title: 'a' }, { title: 'b' }] }, { include: ['Tasks'] }),
			V.get('User', 'ann', 'Tasks'),
		],
	}),
	scenario(`${P}sourceKey with a where on the include`, {
		models: { User: model({ username: { type: 'STRING', unique: true } }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { foreignKey: 'userName', sourceKey: 'username' })],
		steps: [
			V.createMany('User', [{ username: 'ann' }, { username: 'bob' }]),
			V.createMany('Task', [{ title: 'x', userName: 'ann' }, { title: 'y', userName: 'bob' }]),
			V.findAll('User', { include: { association: 'Tasks', where: { title: 'y' } } }),
		],
	}),
	scenario(`${P}sourceKey that is not an attribute falls back to the primary key`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { sourceKey: 'nickname' })],
		steps: [V.create('User', { username: 'u' }), V.createAssociated('User', 1, 'Tasks', { title: 't' }), V.get('User', 1, 'Tasks')],
	}),
	scenario(`${P}hasMany with a through option is refused`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { through: 'UserTasks' })],
		steps: [],
	}),
	scenario(`${P}eager loading with an alias and with all`, {
		models: { Author: model({ name: 'STRING' }), Book: model({ title: 'STRING' }), Pen: model({ color: 'STRING' }) },
		associations: [hasMany('Author', 'Book', { as: 'works' }), hasMany('Author', 'Pen')],
		steps: [
			V.create('Author', { name: 'a' }),
			V.createAssociated('Author', 1, 'works', { title: 'b' }),
			V.createAssociated('Author', 1, 'Pens', { color: 'red' }),
			V.findOne('Author', { include: [{ model: 'Book', as: 'works' }] }),
			V.findOne('Author', { include: [{ all: true }] }),
			V.findOne('Author', { include: [{ model: 'Book' }] }),
			V.findOne('Author', { include: [{ model: 'Book', as: 'books' }] }),
		],
	}),
	scenario(`${P}self-association one-to-many (parent and children)`, {
		models: { Category: model({ name: 'STRING' }) },
		associations: [hasMany('Category', 'Category', { as: 'children', foreignKey: 'parentId' }),
			belongsTo('Category', 'Category', { as: 'parent', foreignKey: 'parentId' })],
		steps: [
			V.createMany('Category', [{ name: 'root' }, { name: 'a', parentId: 1 }, { name: 'b', parentId: 1 }, { name: 'a1', parentId: 2 }]),
			V.get('Category', 1, 'children'),
			V.get('Category', 4, 'parent'),
			V.findAll('Category', { where: { parentId: null }, include: { association: 'children', include: ['children'] } }),
			V.sql('DELETE FROM "Categories" WHERE id = 1'),
		],
	}),
	scenario(`${P}a hasMany and a belongsToMany between the same models`, {
		models: { User: model({ name: 'STRING' }), Project: model({ name: 'STRING' }) },
		associations: [hasMany('User', 'Project', { as: 'ownedProjects', foreignKey: 'ownerId' }),
			belongsToMany('User', 'Project', { through: 'Memberships' })],
		steps: [
			V.create('User', { name: 'u' }), V.createMany('Project', [{ name: 'p' }, { name: 'q' }]),
			V.add('User', 1, 'ownedProjects', 1),
			V.add('User', 1, 'Projects', [1, 2]),
			V.findOne('User', { include: ['ownedProjects', 'Projects'] }),
		],
	}),
];
