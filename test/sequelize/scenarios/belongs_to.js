// test/sequelize/scenarios/belongs_to.js
//
// belongsTo, ported in our own words from what Sequelize v6's integration
// tests for belongsTo check: several belongsTo to one target, getters with
// where, schemas, setters with keys, null and missing targets, createX,
// foreign-key naming (underscored, field), constraints and their actions,
// keys that are not the primary key, foreign-key definition objects, name
// clashes, eager loading.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasMany, hasOne, belongsToMany } = V;

const noTs = { timestamps: false };
const P = 'port belongsTo: ';

// constraintScenario: what deleting / updating the target does to the key
function constraintScenario(label, opts, changes) {
	return scenario(`${P}constraints, ${label}`, {
		models: { Task: model({ title: 'STRING' }), User: model({ username: 'STRING' }) },
		associations: [belongsTo('Task', 'User', opts)],
		steps: [
			V.createMany('User', [{ username: 'a' }, { username: 'b' }]),
			V.createMany('Task', [{ title: 't1', UserId: 1 }, { title: 't2', UserId: 2 }]),
			...changes.map(V.sql),
			V.findAll('Task', { include: 'User' }),
		],
	});
}

module.exports = [
	scenario(`${P}two belongsTo to the same target model`, {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'User', { as: 'creator' }), belongsTo('Task', 'User', { as: 'assignee' })],
		steps: [
			V.createMany('User', [{ name: 'ann' }, { name: 'bob' }]),
			V.create('Task', { title: 't', creatorId: 1, assigneeId: 2 }),
			V.get('Task', 1, 'creator'),
			V.get('Task', 1, 'assignee'),
			V.set('Task', 1, 'assignee', 1),
			V.findOne('Task', { include: ['creator', 'assignee'] }),
		],
	}),
	scenario(`${P}targets of several instances at once (include)`, {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'User')],
		steps: [
			V.createMany('User', [{ name: 'ann' }, { name: 'bob' }]),
			V.createMany('Task', [{ title: 'a', UserId: 1 }, { title: 'b', UserId: 2 }, { title: 'c', UserId: 1 }, { title: 'd' }]),
			V.findAll('Task', { include: 'User', order: [['id', 'ASC']] }),
			V.findAll('Task', { include: { model: 'User', where: { name: 'ann' } }, order: [['id', 'ASC']] }),
		],
	}),
	scenario(`${P}getter with a where that excludes the target`, {
		models: {
			UserXYZ: model({ username: 'STRING', gender: 'STRING' }),
			TaskXYZ: model({ title: 'STRING', status: 'STRING' }),
		},
		associations: [belongsTo('TaskXYZ', 'UserXYZ')],
		steps: [
			V.createMany('UserXYZ', [{ username: 'foo', gender: 'male' }, { username: 'bar', gender: 'female' }]),
			V.create('TaskXYZ', { title: 'task', status: 'inactive' }),
			V.set('TaskXYZ', 1, 'UserXYZ', 1),
			V.get('TaskXYZ', 1, 'UserXYZ', { where: { gender: 'female' } }),
			V.get('TaskXYZ', 1, 'UserXYZ', { where: { gender: 'male' } }),
		],
	}),
	scenario(`${P}models in another schema`, {
		setupSql: ['CREATE SCHEMA archive'],
		models: {
			User: model({ name: 'STRING' }, { schema: 'archive' }),
			Task: model({ title: 'STRING' }, { schema: 'archive' }),
		},
		associations: [belongsTo('Task', 'User')],
		steps: [
			V.create('User', { name: 'ann' }),
			V.create('Task', { title: 't', UserId: 1 }),
			V.get('Task', 1, 'User'),
			V.findAll('Task', { include: 'User' }),
		],
	}),
	scenario(`${P}another schema with a custom foreign key attribute`, {
		setupSql: ['CREATE SCHEMA archive'],
		models: {
			User: model({ name: 'STRING' }, { schema: 'archive' }),
			Task: model({ title: 'STRING', ownerRef: { type: 'INTEGER', field: 'owner_ref' } }, { schema: 'archive' }),
		},
		associations: [belongsTo('Task', 'User', { foreignKey: 'ownerRef', as: 'owner' })],
		steps: [
			V.create('User', { name: 'ann' }),
			V.create('Task', { title: 't', ownerRef: 1 }),
			V.get('Task', 1, 'owner'),
			V.findAll('Task', { include: 'owner' }),
		],
	}),
	scenario(`${P}set with declared primary keys on both models`, {
		models: {
			User: model({ userKey: { type: 'INTEGER', primaryKey: true }, name: 'STRING' }),
			Task: model({ taskKey: { type: 'INTEGER', primaryKey: true }, title: 'STRING' }),
		},
		associations: [belongsTo('Task', 'User')],
		steps: [
			V.create('User', { userKey: 7, name: 'ann' }),
			V.create('Task', { taskKey: 3, title: 't' }),
			V.set('Task', 3, 'User', 7),
			V.get('Task', 3, 'User'),
			V.findAll('Task', { include: 'User' }),
		],
	}),
	scenario(`${P}set null clears, set a missing target fails`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User')],
		steps: [
			V.create('User', { name: 'ann' }),
			V.create('Task', { title: 't' }),
			V.set('Task', 1, 'User', 1),
			V.set('Task', 1, 'User', null),
			V.get('Task', 1, 'User'),
			V.set('Task', 1, 'User', 99),
			V.get('Task', 1, 'User'),
		],
	}),
	scenario(`${P}set the same target twice, set by key`, {
		models: { home: model({}), user: model({}) },
		associations: [belongsTo('home', 'user')],
		steps: [
			V.create('home', {}), V.createMany('user', [{}, {}]),
			V.set('home', 1, 'user', 1),
			V.set('home', 1, 'user', 1),
			V.get('home', 1, 'user'),
			V.set('home', 1, 'user', 2),
			V.get('home', 1, 'user'),
		],
	}),
	scenario(`${P}set on a missing source instance`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User')],
		steps: [V.create('User', { name: 'ann' }), V.set('Task', 42, 'User', 1), V.get('Task', 42, 'User')],
	}),
	scenario(`${P}createX makes the target and points at it`, {
		models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User')],
		steps: [
			V.create('Task', { title: 'task' }),
			V.createAssociated('Task', 1, 'User', { username: 'bob' }),
			V.get('Task', 1, 'User'),
			V.createAssociated('Task', 1, 'User', { username: 'eve' }),
			V.findAll('Task', { include: 'User' }),
		],
	}),
	scenario(`${P}underscored source: camelCase attribute, snake_case column`, {
		models: { User: model({ username: 'STRING' }, { underscored: true }), Task: model({ title: 'STRING' }, { underscored: true }) },
		associations: [belongsTo('User', 'Task')],
		steps: [V.create('Task', { title: 't' }), V.create('User', { username: 'u', TaskId: 1 }),
			V.findAll('User', { include: 'Task' }), V.get('User', 1, 'Task')],
	}),
	scenario(`${P}lower-case model names give lower-case keys`, {
		models: { user: model({ username: 'STRING' }), task: model({ title: 'STRING' }) },
		associations: [belongsTo('user', 'task')],
		steps: [V.create('task', { title: 't' }), V.create('user', { username: 'u', taskId: 1 }), V.get('user', 1, 'task')],
	}),
	scenario(`${P}foreign key with its own field name (AccountId in account_id)`, {
		models: { User: model({ username: 'STRING' }), Account: model({ owner: 'STRING' }) },
		associations: [belongsTo('User', 'Account', { foreignKey: { name: 'AccountId', field: 'account_id' } })],
		steps: [
			V.create('Account', { owner: 'o' }),
			V.create('User', { username: 'u', AccountId: 1 }),
			V.findOne('User', { include: 'Account' }),
			V.sql('SELECT account_id FROM "Users"'),
		],
	}),
	scenario(`${P}mail entries, owners and recipients (keys defined as objects, nested required include)`, {
		models: { mail: model({}, noTs), entry: model({}, noTs), user: model({}, noTs) },
		associations: [
			belongsTo('entry', 'user', { as: 'owner', foreignKey: { name: 'ownerId', allowNull: false } }),
			belongsTo('entry', 'mail', { as: 'mail', foreignKey: { name: 'mailId', allowNull: false } }),
			belongsToMany('mail', 'user', { as: 'recipients', through: 'MailRecipients', timestamps: false,
				otherKey: { name: 'recipientId', allowNull: false }, foreignKey: { name: 'mailId', allowNull: false } }),
			hasMany('mail', 'entry', { as: 'entries', foreignKey: { name: 'mailId', allowNull: false } }),
			hasMany('user', 'entry', { as: 'entries', foreignKey: { name: 'ownerId', allowNull: false } }),
		],
		steps: [
			V.create('user', {}), V.create('mail', {}),
			V.createMany('entry', [{ mailId: 1, ownerId: 1 }, { mailId: 1, ownerId: 1 }]),
			V.set('mail', 1, 'recipients', [1]),
			V.findAndCountAll('entry', {
				offset: 0, limit: 10, order: [['id', 'DESC']],
				include: [{ association: 'mail', required: true,
					include: [{ association: 'recipients', through: { where: { recipientId: 1 } }, required: true }] }],
			}),
		],
	}),
	constraintScenario('default ON DELETE SET NULL', {}, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('allowNull false gives NO ACTION', { foreignKey: { allowNull: false } }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('constraints false leaves the key dangling', { constraints: false }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onDelete CASCADE', { onDelete: 'CASCADE' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onDelete RESTRICT', { onDelete: 'RESTRICT' }, ['DELETE FROM "Users" WHERE id = 1']),
	constraintScenario('onUpdate RESTRICT', { onUpdate: 'RESTRICT' }, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	constraintScenario('default ON UPDATE CASCADE', {}, ['UPDATE "Users" SET id = 10 WHERE id = 1']),
	scenario(`${P}target with a string primary key`, {
		models: {
			Group: model({ name: { type: 'STRING', primaryKey: true } }),
			User: model({ username: 'STRING' }),
		},
		associations: [belongsTo('User', 'Group')],
		steps: [
			V.create('Group', { name: 'admins' }),
			V.create('User', { username: 'u', GroupName: 'admins' }),
			V.get('User', 1, 'Group'),
			V.findAll('User', { include: 'Group' }),
		],
	}),
	scenario(`${P}unique non-primary key as targetKey, with a field`, {
		models: {
			User: model({ username: { type: 'STRING', unique: true, field: 'user_name' } }),
			Task: model({ title: 'STRING' }),
		},
		associations: [belongsTo('Task', 'User', { foreignKey: 'userName', targetKey: 'username' })],
		steps: [
			V.create('User', { username: 'bob' }),
			V.create('Task', { title: 't' }),
			V.set('Task', 1, 'User', 'bob'),
			V.get('Task', 1, 'User'),
			V.findAll('Task', { include: 'User' }),
			V.createAssociated('Task', 1, 'User', { username: 'eve' }),
			V.get('Task', 1, 'User'),
		],
	}),
	scenario(`${P}targetKey on a model with a composite primary key`, {
		models: {
			User: model({
				userId: { type: 'INTEGER', primaryKey: true }, tenant: { type: 'INTEGER', primaryKey: true },
				username: { type: 'STRING', unique: true },
			}),
			Task: model({ title: 'STRING' }),
		},
		associations: [belongsTo('Task', 'User', { foreignKey: 'userName', targetKey: 'username' })],
		steps: [
			V.create('User', { userId: 1, tenant: 1, username: 'bob' }),
			V.create('Task', { title: 't', userName: 'bob' }),
			V.findAll('Task', { include: 'User' }),
		],
	}),
	...['STRING', 'BIGINT', 'SMALLINT', 'UUID'].map((type) => scenario(`${P}keyType ${type} for the generated key`, {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'User', { keyType: type, constraints: false })],
		steps: [V.create('Task', { title: 't' })],
	})),
	scenario(`${P}foreign key object for a new column (allowNull false)`, {
		models: { Task: model({ title: 'STRING' }), Project: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'Project', { foreignKey: { allowNull: false, name: 'projectRef' } })],
		steps: [V.create('Project', { name: 'p' }), V.create('Task', { title: 'no project' }), V.create('Task', { title: 't', projectRef: 1 })],
	}),
	scenario(`${P}foreign key merged with an existing attribute (its default survives)`, {
		models: {
			Task: model({ title: 'STRING', ProjectId: { type: 'INTEGER', defaultValue: 42, field: 'project_ref' } }),
			Project: model({ name: 'STRING' }),
		},
		associations: [belongsTo('Task', 'Project', { foreignKey: { allowNull: true } , constraints: false })],
		steps: [V.create('Task', { title: 't' }), V.get('Task', 1, 'Project')],
	}),
	scenario(`${P}foreignKey and as with the same name clash`, {
		models: { Task: model({ title: 'STRING' }), Person: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'Person', { foreignKey: 'person', as: 'person' })],
		steps: [],
	}),
	scenario(`${P}association named like an attribute clashes`, {
		models: { Task: model({ title: 'STRING', owner: 'STRING' }), Person: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'Person', { as: 'owner' })],
		steps: [],
	}),
	scenario(`${P}eager loading with an alias and with all`, {
		models: { Car: model({ make: 'STRING' }), Driver: model({ name: 'STRING' }), Garage: model({ city: 'STRING' }) },
		associations: [belongsTo('Car', 'Driver', { as: 'pilot' }), belongsTo('Car', 'Garage')],
		steps: [
			V.create('Driver', { name: 'ann' }), V.create('Garage', { city: 'x' }),
			V.create('Car', { make: 'm', pilotId: 1, GarageId: 1 }),
			V.findOne('Car', { include: [{ model: 'Driver', as: 'pilot' }] }),
			V.findOne('Car', { include: [{ all: true }] }),
			V.findOne('Car', { include: [{ model: 'Driver' }] }),
		],
	}),
];
