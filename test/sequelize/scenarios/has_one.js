// test/sequelize/scenarios/has_one.js
//
// hasOne, ported in our own words from what Sequelize v6's integration
// tests for hasOne check: several hasOne to one target, getters, schemas,
// setters (keys, null, missing, twice, moving), createX, key naming,
// constraints and their actions, non-primary keys, key definition objects,
// the belongsTo counterpart sharing one key, eager loading.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne } = V;

const P = 'port hasOne: ';

function constraintScenario(label, opts, changes) {
	return scenario(`${P}constraints, ${label}`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', opts)],
		steps: [
			V.createMany('User', [{ username: 'a' }, { username: 'b' }]),
			V.createMany('Task', [{ title: 't1', UserId: 1 }, { title: 't2', UserId: 2 }]),
			...changes.map(V.sql),
			V.findAll('User', { include: 'Task', order: [['id', 'ASC']] }),
		],
	});
}

module.exports = [
	scenario(`${P}two hasOne to the same target model`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', { as: 'currentTask' }), hasOne('User', 'Task', { as: 'lastTask', foreignKey: 'lastOwnerId' })],
		steps: [
			V.create('User', { name: 'ann' }),
			V.createMany('Task', [{ title: 'a' }, { title: 'b' }]),
			V.set('User', 1, 'currentTask', 1),
			V.set('User', 1, 'lastTask', 2),
			V.findOne('User', { include: ['currentTask', 'lastTask'] }),
		],
	}),
	scenario(`${P}targets of several instances at once`, {
		models: { Player: model({ name: 'STRING' }), Contract: model({ salary: 'INTEGER' }) },
		associations: [hasOne('Player', 'Contract')],
		steps: [
			V.createMany('Player', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			V.createMany('Contract', [{ salary: 10, PlayerId: 1 }, { salary: 20, PlayerId: 3 }]),
			V.findAll('Player', { include: 'Contract', order: [['id', 'ASC']] }),
		],
	}),
	scenario(`${P}getter with a where`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING', status: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.create('User', { username: 'u' }),
			V.create('Task', { title: 't', status: 'inactive', UserId: 1 }),
			V.get('User', 1, 'Task', { where: { status: 'active' } }),
			V.get('User', 1, 'Task', { where: { status: 'inactive' } }),
		],
	}),
	scenario(`${P}models in another schema`, {
		setupSql: ['CREATE SCHEMA admin'],
		models: { User: model({ name: 'STRING' }, { schema: 'admin' }), Group: model({ name: 'STRING' }, { schema: 'admin' }) },
		associations: [hasOne('Group', 'User')],
		steps: [
			V.create('Group', { name: 'g' }),
			V.createAssociated('Group', 1, 'User', { name: 'u' }),
			V.get('Group', 1, 'User'),
			V.findAll('Group', { include: 'User' }),
		],
	}),
	scenario(`${P}set with predefined primary keys`, {
		models: {
			User: model({ userCoolIdTag: { type: 'STRING', primaryKey: true }, username: 'STRING' }),
			Task: model({ taskOrSomething: { type: 'STRING', primaryKey: true }, title: 'STRING' }),
		},
		associations: [hasOne('User', 'Task', { foreignKey: 'userCoolIdTag' })],
		steps: [
			V.create('User', { userCoolIdTag: 'u1', username: 'foo' }),
			V.create('Task', { taskOrSomething: 't1', title: 'bar' }),
			V.set('User', 'u1', 'Task', 't1'),
			V.get('User', 'u1', 'Task'),
		],
	}),
	scenario(`${P}set null clears, missing target fails, set by key, twice`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.create('User', { username: 'u' }),
			V.createMany('Task', [{ title: 'a' }, { title: 'b' }]),
			V.set('User', 1, 'Task', 1),
			V.set('User', 1, 'Task', 1),
			V.get('User', 1, 'Task'),
			V.set('User', 1, 'Task', null),
			V.get('User', 1, 'Task'),
			V.set('User', 1, 'Task', 2),
			V.get('User', 1, 'Task'),
		],
	}),
	scenario(`${P}set to a missing target`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.create('User', { username: 'u' }),
			V.create('Task', { title: 'a', UserId: 1 }),
			V.set('User', 1, 'Task', 99),
			V.get('User', 1, 'Task'),
		],
	}),
	scenario(`${P}set moves the target from another source`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.createMany('User', [{ username: 'a' }, { username: 'b' }]),
			V.create('Task', { title: 't', UserId: 1 }),
			V.set('User', 2, 'Task', 1),
			V.get('User', 1, 'Task'),
			V.get('User', 2, 'Task'),
		],
	}),
	scenario(`${P}set on a missing source instance`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [V.create('Task', { title: 't' }), V.set('User', 5, 'Task', 1), V.get('User', 5, 'Task')],
	}),
	scenario(`${P}createX makes the target with the key`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.create('User', { username: 'bob' }),
			V.createAssociated('User', 1, 'Task', { title: 'task' }),
			V.get('User', 1, 'Task'),
			V.createAssociated('User', 7, 'Task', { title: 'orphan' }),
		],
	}),
	scenario(`${P}underscored target: key column user_id`, {
		models: { User: model({ username: 'STRING' }, { underscored: true }), Task: model({ title: 'STRING' }, { underscored: true }) },
		associations: [hasOne('User', 'Task')],
		steps: [V.create('User', { username: 'u' }), V.createAssociated('User', 1, 'Task', { title: 't' }),
			V.findAll('User', { include: 'Task' })],
	}),
	scenario(`${P}lower-case model names`, {
		models: { user: model({ username: 'STRING' }), task: model({ title: 'STRING' }) },
		associations: [hasOne('user', 'task')],
		steps: [V.create('user', { username: 'u' }), V.createAssociated('user', 1, 'task', { title: 't' }), V.get('user', 1, 'task')],
	}),
	scenario(`${P}foreign key with its own field (taskId in task_id)`, {
		models: { Task: model({ title: 'STRING' }), Comment: model({ text: 'STRING' }) },
		associations: [hasOne('Task', 'Comment', { foreignKey: { name: 'taskId', field: 'task_id' } })],
		steps: [V.create('Task', { title: 't' }), V.createAssociated('Task', 1, 'Comment', { text: 'c' }),
			V.findOne('Task', { include: 'Comment' }), V.sql('SELECT task_id FROM "Comments"')],
	}),
	scenario(`${P}custom primary key field in the source`, {
		models: {
			User: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true, field: 'user_id' }, name: 'STRING' }),
			Profile: model({ bio: 'STRING' }),
		},
		associations: [hasOne('User', 'Profile'), belongsTo('Profile', 'User')],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'Profile', { bio: 'b' }),
			V.findAll('User', { include: 'Profile', where: { name: 'u' } }),
			V.findAll('Profile', { include: 'User' }),
		],
	}),
	constraintScenario('default ON DELETE SET NULL', {}, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('allowNull false gives CASCADE', { foreignKey: { allowNull: false } }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('constraints false leaves the key dangling', { constraints: false }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onDelete CASCADE', { onDelete: 'CASCADE' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onDelete CASCADE with nothing attached', { onDelete: 'CASCADE' },
		['DELETE FROM "Tasks" WHERE id = 1', 'DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onUpdate CASCADE', { onUpdate: 'CASCADE' }, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	constraintScenario('onDelete RESTRICT', { onDelete: 'RESTRICT' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onUpdate RESTRICT', { onUpdate: 'RESTRICT' }, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	scenario(`${P}source with a string primary key`, {
		models: { Group: model({ name: { type: 'STRING', primaryKey: true } }), User: model({ username: 'STRING' }) },
		associations: [hasOne('Group', 'User')],
		steps: [V.create('Group', { name: 'g' }), V.createAssociated('Group', 'g', 'User', { username: 'u' }),
			V.get('Group', 'g', 'User')],
	}),
	scenario(`${P}sourceKey on a unique non-primary key, with a field`, {
		models: {
			User: model({ username: { type: 'STRING', unique: true, field: 'user_name' } }),
			Task: model({ title: 'STRING' }),
		},
		associations: [hasOne('User', 'Task', { foreignKey: 'userName', sourceKey: 'username' })],
		steps: [
			V.create('User', { username: 'bob' }),
			V.create('Task', { title: 't' }),
			V.set('User', 'bob', 'Task', 1),
			V.get('User', 'bob', 'Task'),
			V.findAll('User', { include: 'Task' }),
			V.createAssociated('User', 'bob', 'Task', { title: 'u' }),
		],
	}),
	scenario(`${P}sourceKey on a non-primary key when the source has a custom primary key`, {
		models: {
			User: model({ uid: { type: 'INTEGER', primaryKey: true }, email: { type: 'STRING', unique: true } }),
			Profile: model({ bio: 'STRING' }),
		},
		associations: [hasOne('User', 'Profile', { foreignKey: 'userEmail', sourceKey: 'email' })],
		steps: [V.create('User', { uid: 5, email: 'a@b' }), V.createAssociated('User', 'a@b', 'Profile', { bio: 'x' }),
			V.findAll('User', { include: 'Profile' })],
	}),
	scenario(`${P}sourceKey that is not an attribute`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', { sourceKey: 'nickname' })],
		steps: [],
	}),
	...['STRING', 'BIGINT'].map((type) => scenario(`${P}keyType ${type} for the generated key`, {
		models: { User: model({ name: { type, primaryKey: true } }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', { foreignKey: { type } })],
		steps: [V.create('User', { name: type === 'STRING' ? 'x' : 5 }), V.createAssociated('User', type === 'STRING' ? 'x' : 5, 'Task', { title: 't' })],
	})),
	scenario(`${P}foreign key object: new column, NOT NULL`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task', { foreignKey: { name: 'ownerId', allowNull: false } })],
		steps: [V.create('User', { name: 'u' }), V.create('Task', { title: 'no owner' }), V.createAssociated('User', 1, 'Task', { title: 't' })],
	}),
	scenario(`${P}foreign key merged with an existing attribute`, {
		models: {
			User: model({ name: 'STRING' }),
			Task: model({ title: 'STRING', UserId: { type: 'INTEGER', field: 'user_ref', defaultValue: 1 } }),
		},
		associations: [hasOne('User', 'Task', { foreignKey: { allowNull: true } })],
		steps: [V.create('User', { name: 'u' }), V.create('Task', { title: 't' }), V.get('User', 1, 'Task')],
	}),
	scenario(`${P}association named like an attribute clashes`, {
		models: { User: model({ name: 'STRING', Task: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [],
	}),
	scenario(`${P}belongsTo counterpart shares one foreign key`, {
		models: { Order: model({ total: 'INTEGER' }), InternetOrder: model({ url: 'STRING' }) },
		associations: [belongsTo('InternetOrder', 'Order'), hasOne('Order', 'InternetOrder')],
		steps: [
			V.create('Order', { total: 5 }),
			V.createAssociated('Order', 1, 'InternetOrder', { url: 'x' }),
			V.get('InternetOrder', 1, 'Order'),
			V.findAll('Order', { include: 'InternetOrder' }),
		],
	}),
	scenario(`${P}eager loading with an alias and with all`, {
		models: { Person: model({ name: 'STRING' }), Passport: model({ number: 'STRING' }), Visa: model({ country: 'STRING' }) },
		associations: [hasOne('Person', 'Passport', { as: 'document' }), hasOne('Person', 'Visa')],
		steps: [
			V.create('Person', { name: 'p' }),
			V.createAssociated('Person', 1, 'document', { number: 'n' }),
			V.createAssociated('Person', 1, 'Visa', { country: 'c' }),
			V.findOne('Person', { include: [{ model: 'Passport', as: 'document' }] }),
			V.findOne('Person', { include: [{ all: true }] }),
			V.findOne('Person', { include: [{ model: 'Passport' }] }),
		],
	}),
];
