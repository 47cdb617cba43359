// test/sequelize/scenarios/seeds_v5.js
//
// The examples of the Sequelize v5 associations guide: keys and their
// casing, underscored models, cycles broken by constraints: false,
// references declared on attributes, targetKey/sourceKey, aliases and the
// naming strategy, associating objects, junction data, scopes
// (commentable, taggable) and nested create (Product/User/Address, tags).
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

const userTask = (opts) => ({
	user: model({ username: 'STRING' }, opts),
	task: model({ title: 'STRING' }, opts),
});

module.exports = [
	scenario('seed v5: user hasOne project (source and target)', {
		models: { user: model({ name: 'STRING', email: 'STRING' }), project: model({ name: 'STRING' }) },
		associations: [hasOne('user', 'project')],
		steps: [V.create('user', { name: 'u' }), V.createAssociated('user', 1, 'project', { name: 'p' }),
			V.get('user', 1, 'project')],
	}),
	scenario('seed v5: user hasMany task, task belongsTo user (userId)', {
		models: userTask(),
		associations: [hasMany('user', 'task'), belongsTo('task', 'user')],
		steps: [
			V.create('user', { username: 'ann' }),
			V.createMany('task', [{ title: 'a', userId: 1 }, { title: 'b' }]),
			V.findAll('user', { include: 'tasks' }),
			V.sql('DELETE FROM users WHERE id = 1'),
			V.findAll('task', { include: 'user' }),
		],
	}),
	scenario('seed v5: underscored user hasMany task (user_id column)', {
		models: userTask({ underscored: true }),
		associations: [hasMany('user', 'task'), belongsTo('task', 'user')],
		steps: [
			V.create('user', { username: 'ann' }),
			V.create('task', { title: 'a', userId: 1 }),
			V.get('user', 1, 'tasks'),
			V.findAll('task', { include: 'user' }),
			V.createAssociated('user', 1, 'tasks', { title: 'b' }),
		],
	}),
	scenario('seed v5: document/version cycle', {
		models: { document: model({ author: 'STRING' }), version: model({ timestamp: 'DATE' }) },
		associations: [hasMany('document', 'version'),
			belongsTo('document', 'version', { as: 'Current', foreignKey: 'currentVersionId' })],
		steps: [
			V.create('document', { author: 'ann' }),
			V.create('version', { timestamp: '2020-01-01T00:00:00Z', documentId: 1 }),
			V.set('document', 1, 'Current', 1),
			V.findAll('document', { include: ['versions', 'Current'] }),
		],
	}),
	scenario('seed v5: document/version cycle broken by constraints false', {
		models: { document: model({ author: 'STRING' }), version: model({ timestamp: 'DATE' }) },
		associations: [hasMany('document', 'version'),
			belongsTo('document', 'version', { as: 'Current', foreignKey: 'currentVersionId', constraints: false })],
		steps: [
			V.create('document', { author: 'ann', currentVersionId: 42 }),
			V.create('version', { timestamp: '2020-01-01T00:00:00Z', documentId: 1 }),
			V.get('document', 1, 'Current'),
			V.set('document', 1, 'Current', 1),
			V.get('document', 1, 'Current'),
			V.get('document', 1, 'versions'),
			V.sql('DELETE FROM versions'),
			V.findAll('document', { include: ['versions', 'Current'] }),
		],
	}),
	scenario('seed v5: trainer/series/video with references declared on attributes', {
		models: {
			trainer: model({ firstName: 'STRING', lastName: 'STRING' }),
			series: model({
				title: 'STRING', subTitle: 'STRING', description: 'TEXT',
				trainerId: { type: 'INTEGER', references: { model: 'trainer', key: 'id' } },
			}),
			video: model({
				title: 'STRING', sequence: 'INTEGER', description: 'TEXT',
				seriesId: { type: 'INTEGER', references: { model: 'series', key: 'id' } },
			}),
		},
		associations: [hasOne('series', 'video'), hasMany('trainer', 'series')],
		steps: [
			V.create('trainer', { firstName: 'T' }),
			V.createAssociated('trainer', 1, 'series', { title: 's' }),
			V.createAssociated('series', 1, 'video', { title: 'v', sequence: 1 }),
			V.findAll('trainer', { include: { association: 'series', include: ['video'] } }),
			V.sql('DELETE FROM trainers'),
		],
	}),
	scenario('seed v5: player belongsTo team (teamId)', {
		models: { player: model(), team: model() },
		associations: [belongsTo('player', 'team')],
		steps: [V.create('team', {}), V.create('player', { teamId: 1 }), V.get('player', 1, 'team')],
	}),
	scenario('seed v5: user belongsTo company (companyId)', {
		models: { user: model(), company: model() },
		associations: [belongsTo('user', 'company')],
		steps: [V.create('company', {}), V.create('user', {}), V.set('user', 1, 'company', 1),
			V.get('user', 1, 'company')],
	}),
	scenario('seed v5: underscored user belongsTo company with a uuid key (companyUuid, company_uuid)', {
		models: {
			user: model({}, { underscored: true }),
			company: model({ uuid: { type: 'UUID', primaryKey: true } }),
		},
		associations: [belongsTo('user', 'company')],
		steps: [
			V.create('company', { uuid: '9b2a3a4e-1111-4c4c-8888-000000000001' }),
			V.create('user', { companyUuid: '9b2a3a4e-1111-4c4c-8888-000000000001' }),
			V.get('user', 1, 'company'),
			V.findAll('user', { include: 'company' }),
		],
	}),
	scenario('seed v5: user belongsTo userRole as role (roleId)', {
		models: { user: model(), userRole: model({ name: 'STRING' }) },
		associations: [belongsTo('user', 'userRole', { as: 'role' })],
		steps: [V.create('userRole', { name: 'admin' }), V.create('user', { roleId: 1 }),
			V.findAll('user', { include: 'role' }), V.findAll('user', { include: { model: 'userRole' } })],
	}),
	scenario('seed v5: user belongsTo company with foreignKey fk_company', {
		models: { user: model(), company: model() },
		associations: [belongsTo('user', 'company', { foreignKey: 'fk_company' })],
		steps: [V.create('company', {}), V.create('user', { fk_company: 1 }), V.get('user', 1, 'company')],
	}),
	scenario('seed v5: user belongsTo company by name (fk_companyname, targetKey name)', {
		models: { user: model(), company: model({ name: { type: 'STRING', unique: true } }) },
		associations: [belongsTo('user', 'company', { foreignKey: 'fk_companyname', targetKey: 'name' })],
		steps: [V.create('company', { name: 'ACME' }), V.create('user', { fk_companyname: 'ACME' }),
			V.get('user', 1, 'company'), V.findAll('user', { include: 'company' })],
	}),
	scenario('seed v5: project hasOne user, with foreignKey initiator_id, and as Initiator', {
		models: { user: model(), project: model() },
		associations: [hasOne('project', 'user'), hasOne('project', 'user', { as: 'Initiator', foreignKey: 'initiator_id' })],
		steps: [
			V.create('project', {}),
			V.createMany('user', [{}, {}]),
			V.set('project', 1, 'user', 1),
			V.set('project', 1, 'Initiator', 2),
			V.get('project', 1, 'Initiator'),
			V.findAll('project', { include: ['user', 'Initiator'] }),
		],
	}),
	scenario('seed v5: person hasOne person as Father (FatherId)', {
		models: { person: model({ name: 'STRING' }) },
		associations: [hasOne('person', 'person', { as: 'Father' })],
		steps: [
			V.createMany('person', [{ name: 'child' }, { name: 'dad' }]),
			V.set('person', 1, 'Father', 2),
			V.get('person', 1, 'Father'),
			V.findAll('person', { include: 'Father', order: [['id', 'ASC']] }),
		],
	}),
	scenario('seed v5: person hasOne person as Father with foreignKey DadId', {
		models: { person: model({ name: 'STRING' }) },
		associations: [hasOne('person', 'person', { as: 'Father', foreignKey: 'DadId' })],
		steps: [
			V.createMany('person', [{ name: 'child' }, { name: 'dad' }]),
			V.set('person', 1, 'Father', 2),
			V.get('person', 1, 'Father'),
		],
	}),
	scenario('seed v5: company hasOne user by name (companyName, sourceKey name)', {
		models: { user: model(), company: model({ name: { type: 'STRING', unique: true } }) },
		associations: [hasOne('company', 'user', { foreignKey: 'companyName', sourceKey: 'name' })],
		steps: [V.create('company', { name: 'ACME' }), V.create('user', {}), V.set('company', 'ACME', 'user', 1),
			V.get('company', 'ACME', 'user'), V.findAll('company', { include: 'user' })],
	}),
	scenario('seed v5: player belongsTo team, coach hasOne team', {
		models: { player: model(), coach: model(), team: model() },
		associations: [belongsTo('player', 'team'), hasOne('coach', 'team')],
		steps: [V.create('coach', {}), V.create('team', { coachId: 1 }), V.create('player', { teamId: 1 }),
			V.get('coach', 1, 'team'), V.get('player', 1, 'team')],
	}),
	scenario('seed v5: project hasMany user as Workers (projectId)', {
		models: { user: model(), project: model() },
		associations: [hasMany('project', 'user', { as: 'Workers' })],
		steps: [V.create('project', {}), V.createMany('user', [{}, {}]), V.set('project', 1, 'Workers', [1, 2]),
			V.get('project', 1, 'Workers'), V.findAll('project', { include: 'Workers' })],
	}),
	scenario('seed v5: country hasMany city by isoCode (no unique constraint)', {
		models: { city: model({ countryCode: 'STRING' }), country: model({ isoCode: 'STRING' }) },
		associations: [hasMany('country', 'city', { foreignKey: 'countryCode', sourceKey: 'isoCode' }),
			belongsTo('city', 'country', { foreignKey: 'countryCode', targetKey: 'isoCode' })],
		steps: [],
	}),
	scenario('seed v5: country hasMany city by isoCode (unique)', {
		models: { city: model({ countryCode: 'STRING' }), country: model({ isoCode: { type: 'STRING', unique: true } }) },
		associations: [hasMany('country', 'city', { foreignKey: 'countryCode', sourceKey: 'isoCode' }),
			belongsTo('city', 'country', { foreignKey: 'countryCode', targetKey: 'isoCode' })],
		steps: [
			V.create('country', { isoCode: 'NL' }),
			V.createMany('city', [{ countryCode: 'NL' }, { countryCode: 'NL' }]),
			V.get('country', 'NL', 'cities'),
			V.get('city', 1, 'country'),
			V.findAll('country', { include: 'cities' }),
			V.sql("UPDATE countries SET \"isoCode\" = 'NED'"),
			V.get('country', 'NED', 'cities'),
		],
	}),
	scenario('seed v5: project belongsToMany user through UserProject, both ways', {
		models: { user: model(), project: model() },
		associations: [belongsToMany('project', 'user', { through: 'UserProject' }),
			belongsToMany('user', 'project', { through: 'UserProject' })],
		steps: [
			V.create('project', {}), V.createMany('user', [{}, {}]),
			V.add('project', 1, 'users', [1, 2]),
			V.get('user', 2, 'projects'),
			V.findAll('project', { include: 'users' }),
		],
	}),
	scenario('seed v5: users as Workers, projects as Tasks through worker_tasks', {
		models: { user: model(), project: model() },
		associations: [
			belongsToMany('user', 'project', { as: 'Tasks', through: 'worker_tasks', foreignKey: 'userId' }),
			belongsToMany('project', 'user', { as: 'Workers', through: 'worker_tasks', foreignKey: 'projectId' }),
		],
		steps: [
			V.create('project', {}), V.create('user', {}),
			V.add('user', 1, 'Tasks', 1),
			V.get('project', 1, 'Workers'),
			V.findAll('user', { include: 'Tasks' }),
		],
	}),
	scenario('seed v5: user belongsToMany project as Tasks with foreignKey and otherKey', {
		models: { user: model(), project: model() },
		associations: [belongsToMany('user', 'project',
			{ as: 'Tasks', through: 'worker_tasks', foreignKey: 'userId', otherKey: 'projectId' })],
		steps: [V.create('project', {}), V.create('user', {}), V.add('user', 1, 'Task', 1), V.get('user', 1, 'Tasks')],
	}),
	scenario('seed v5: person belongsToMany person as Children through PersonChildren', {
		models: { person: model({ name: 'STRING' }) },
		associations: [belongsToMany('person', 'person', { as: 'Children', through: 'PersonChildren' })],
		steps: [
			V.createMany('person', [{ name: 'mum' }, { name: 'kid1' }, { name: 'kid2' }]),
			V.set('person', 1, 'Children', [2, 3]),
			V.get('person', 1, 'Children'),
			V.count('person', 2, 'Children'),
			V.findAll('person', { include: 'Children' }),
		],
	}),
	scenario('seed v5: user belongsToMany project through userProjects with status', {
		models: { user: model(), project: model(), userProjects: model({ status: 'STRING' }) },
		associations: [belongsToMany('user', 'project', { through: 'userProjects' }),
			belongsToMany('project', 'user', { through: 'userProjects' })],
		steps: [
			V.create('user', {}), V.createMany('project', [{}, {}]),
			V.add('user', 1, 'project', 1, { through: { status: 'started' } }),
			V.get('user', 1, 'projects'),
			V.findAll('project', { include: 'users' }),
		],
	}),
	scenario('seed v5: userProjects with its own primary key', {
		models: {
			user: model(), project: model(),
			userProjects: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, status: 'STRING' }),
		},
		associations: [belongsToMany('user', 'project', { through: 'userProjects' }),
			belongsToMany('project', 'user', { through: 'userProjects' })],
		steps: [
			V.create('user', {}), V.create('project', {}),
			V.add('user', 1, 'projects', 1, { through: { status: 'started' } }),
			V.add('user', 1, 'projects', 1, { through: { status: 'started' } }),
			V.get('project', 1, 'users'),
		],
	}),
	scenario('seed v5: findAll include through with attributes and where', {
		models: {
			User: model({ name: 'STRING' }),
			Project: model({ title: 'STRING' }),
			UserProjects: model({ startedAt: 'DATE', finishedAt: 'DATE', completed: 'BOOLEAN' }),
		},
		associations: [belongsToMany('User', 'Project', { through: 'UserProjects' })],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.createMany('Project', [{ title: 'p1' }, { title: 'p2' }]),
			V.add('User', 1, 'Projects', [{ id: 1, UserProjects: { completed: true } }, { id: 2, UserProjects: { completed: false } }]),
			V.add('User', 2, 'Projects', 2, { through: { completed: true } }),
			V.findAll('User', { include: [{ model: 'Project',
				through: { attributes: ['createdAt', 'startedAt', 'finishedAt'], where: { completed: true } } }] }),
		],
	}),
	scenario('seed v5: uniqueKey my_custom_unique on a junction model with its own key', {
		models: {
			User: model(), Project: model(),
			UserProjects: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, status: 'STRING' }),
		},
		associations: [belongsToMany('Project', 'User', { through: 'UserProjects', uniqueKey: 'my_custom_unique' })],
		steps: [],
	}),
	scenario('seed v5: naming strategy, as with singular and plural', {
		models: { User: model(), Project: model() },
		associations: [belongsToMany('User', 'Project', { as: { singular: 'task', plural: 'tasks' }, through: 'UserTasks' })],
		steps: [
			V.create('User', {}), V.createMany('Project', [{}, {}]),
			V.add('User', 1, 'task', 1),
			V.add('User', 1, 'tasks', [2]),
			V.get('User', 1, 'tasks'),
			V.findAll('User', { include: 'tasks' }),
		],
	}),
	scenario('seed v5: naming strategy, model name option task/tasks', {
		models: { User: model(), Project: model({}, { name: { singular: 'task', plural: 'tasks' } }) },
		associations: [belongsToMany('User', 'Project', { through: 'UserTasks' })],
		steps: [
			V.create('User', {}), V.create('Project', {}),
			V.add('User', 1, 'tasks', 1),
			V.get('User', 1, 'tasks'),
			V.findAll('User', { include: 'tasks' }),
		],
	}),
	scenario('seed v5: invoice belongsTo subscription and subscription hasMany invoice share subscriptionId', {
		models: { Invoice: model(), Subscription: model() },
		associations: [belongsTo('Invoice', 'Subscription'), hasMany('Subscription', 'Invoice')],
		steps: [V.create('Subscription', {}), V.create('Invoice', { SubscriptionId: 1 }), V.get('Subscription', 1, 'Invoices')],
	}),
	scenario('seed v5: invoice belongsTo subscription as TheSubscription (two keys)', {
		models: { Invoice: model(), Subscription: model() },
		associations: [belongsTo('Invoice', 'Subscription', { as: 'TheSubscription' }), hasMany('Subscription', 'Invoice')],
		steps: [V.create('Subscription', {}), V.create('Invoice', { TheSubscriptionId: 1 }),
			V.get('Subscription', 1, 'Invoices'), V.get('Invoice', 1, 'TheSubscription')],
	}),
	scenario('seed v5: invoice/subscription with foreignKey subscription_id on both', {
		models: { Invoice: model(), Subscription: model() },
		associations: [belongsTo('Invoice', 'Subscription', { as: 'TheSubscription', foreignKey: 'subscription_id' }),
			hasMany('Subscription', 'Invoice', { foreignKey: 'subscription_id' })],
		steps: [V.create('Subscription', {}), V.create('Invoice', { subscription_id: 1 }),
			V.get('Subscription', 1, 'Invoices'), V.get('Invoice', 1, 'TheSubscription')],
	}),
	scenario('seed v5: associating objects (project hasMany task, set/remove/add, v1 string where)', {
		models: { Project: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('Project', 'Task'), belongsTo('Task', 'Project')],
		steps: [
			V.create('Project', { name: 'p' }),
			V.createMany('Task', [{ title: 't1' }, { title: 't2' }, { id: 11, title: 't11' }]),
			V.set('Project', 1, 'Tasks', [1, 2, 11]),
			V.get('Project', 1, 'Tasks'),
			V.get('Project', 1, 'Tasks', { where: 'id > 10' }),
			V.get('Project', 1, 'Tasks', { attributes: ['title'] }),
			V.set('Project', 1, 'Tasks', [2]),
			V.set('Project', 1, 'Tasks', []),
			V.add('Project', 1, 'Task', 1),
			V.remove('Project', 1, 'Task', 1),
			V.add('Project', 1, 'Tasks', [1, 2]),
			V.set('Task', 2, 'Project', null),
			V.get('Project', 1, 'Tasks'),
		],
	}),
	scenario('seed v5: task hasOne user as Author, setAuthor', {
		models: { Task: model(), User: model() },
		associations: [hasOne('Task', 'User', { as: 'Author' })],
		steps: [V.create('Task', {}), V.createMany('User', [{}, {}]), V.set('Task', 1, 'Author', 1),
			V.set('Task', 1, 'Author', 2), V.get('Task', 1, 'Author')],
	}),
	scenario('seed v5: junction data by property and by through option (setProjects)', {
		models: { User: model(), Project: model({ name: 'STRING' }), UserProjects: model({ status: 'STRING' }) },
		associations: [belongsToMany('User', 'Project', { through: 'UserProjects' }),
			belongsToMany('Project', 'User', { through: 'UserProjects' })],
		steps: [
			V.create('User', {}), V.createMany('Project', [{ name: 'p1' }, { name: 'p2' }, { name: 'p3' }]),
			V.add('User', 1, 'Project', { id: 3, UserProjects: { status: 'active' } }),
			V.set('User', 1, 'Projects', [{ id: 1, UserProjects: { status: 'inactive' } }, 2], { through: { status: 'active' } }),
			V.get('User', 1, 'Projects'),
			V.get('User', 1, 'Projects', { attributes: ['name'], joinTableAttributes: ['status'] }),
		],
	}),
	scenario('seed v5: check associations (hasUser, hasUsers)', {
		models: { Project: model(), User: model() },
		associations: [belongsToMany('Project', 'User', { through: 'ProjectUsers' })],
		steps: [
			V.create('Project', {}), V.createMany('User', [{}, {}]),
			V.has('Project', 1, 'User', 1),
			V.add('Project', 1, 'User', 1),
			V.has('Project', 1, 'User', 1),
			V.set('Project', 1, 'Users', [1, 2]),
			V.has('Project', 1, 'Users', [1]),
			V.has('Project', 1, 'Users', [1, 2]),
			V.has('Project', 1, 'Users', []),
		],
	}),
	scenario('seed v5: scopes 1:n (commentable post and image)', {
		models: {
			post: model({ title: 'STRING', text: 'STRING' }),
			image: model({ title: 'STRING', link: 'STRING' }),
			comment: model({ title: 'STRING', commentable: 'STRING', commentableId: 'INTEGER' }),
		},
		associations: [
			hasMany('post', 'comment', { foreignKey: 'commentableId', constraints: false, scope: { commentable: 'post' } }),
			belongsTo('comment', 'post', { foreignKey: 'commentableId', constraints: false, as: 'post' }),
			hasMany('image', 'comment', { foreignKey: 'commentableId', constraints: false, scope: { commentable: 'image' } }),
			belongsTo('comment', 'image', { foreignKey: 'commentableId', constraints: false, as: 'image' }),
		],
		steps: [
			V.create('post', { title: 'p' }),
			V.create('image', { title: 'i' }),
			V.createAssociated('image', 1, 'comments', { title: 'Awesome!' }),
			V.createAssociated('post', 1, 'comments', { title: 'Meh' }),
			V.create('comment', { title: 'loose' }),
			V.add('image', 1, 'comment', 3),
			V.get('image', 1, 'comments'),
			V.get('post', 1, 'comments'),
			V.count('image', 1, 'comments'),
			V.get('comment', 1, 'image'),
			V.findAll('image', { include: 'comments' }),
			V.findAll('post', { include: 'comments' }),
		],
	}),
	scenario('seed v5: scopes n:m (taggable through item_tag, pending tags)', {
		models: {
			post: model({ title: 'STRING' }),
			tag: model({ name: 'STRING', status: 'STRING' }),
			item_tag: model({
				id: { type: 'INTEGER', primaryKey: true, autoIncrement: true },
				tagId: { type: 'INTEGER', unique: 'item_tag_taggable' },
				taggable: { type: 'STRING', unique: 'item_tag_taggable' },
				taggableId: { type: 'INTEGER', unique: 'item_tag_taggable', references: null },
			}),
		},
		associations: [
			belongsToMany('post', 'tag', { through: { model: 'item_tag', unique: false, scope: { taggable: 'post' } },
				foreignKey: 'taggableId', constraints: false }),
			belongsToMany('tag', 'post', { through: { model: 'item_tag', unique: false }, foreignKey: 'tagId', constraints: false }),
			belongsToMany('post', 'tag', { through: { model: 'item_tag', unique: false, scope: { taggable: 'post' } },
				scope: { status: 'pending' }, as: 'pendingTags', foreignKey: 'taggableId', constraints: false }),
		],
		steps: [
			V.create('post', { title: 'p' }),
			V.createMany('tag', [{ name: 'a', status: 'pending' }, { name: 'b', status: 'done' }]),
			V.add('post', 1, 'tags', [1, 2]),
			V.get('post', 1, 'tags'),
			V.get('post', 1, 'pendingTags'),
			V.get('tag', 1, 'posts'),
			V.createAssociated('post', 1, 'pendingTags', { name: 'c' }),
			V.findAll('post', { include: ['tags', 'pendingTags'] }),
		],
	}),
	scenario('seed v5: nested create product with user and addresses', {
		models: {
			product: model({ title: 'STRING' }),
			user: model({ firstName: 'STRING', lastName: 'STRING' }),
			address: model({ type: 'STRING', line1: 'STRING', line2: 'STRING', city: 'STRING', state: 'STRING', zip: 'STRING' }),
		},
		associations: [belongsTo('product', 'user'), hasMany('user', 'address')],
		steps: [
			V.create('product', {
				title: 'Chair',
				user: { firstName: 'Mick', lastName: 'Broadstone',
					addresses: [{ type: 'home', line1: '100 Main St.', city: 'Austin', state: 'TX', zip: '78704' }] },
			}, { include: [{ association: 'user', include: ['addresses'] }] }),
			V.findAll('product', { include: { association: 'user', include: ['addresses'] } }),
		],
	}),
	scenario('seed v5: nested create with a belongsTo alias (creator)', {
		models: { product: model({ title: 'STRING' }), user: model({ firstName: 'STRING', lastName: 'STRING' }) },
		associations: [belongsTo('product', 'user', { as: 'creator' })],
		steps: [
			V.create('product', { title: 'Chair', creator: { firstName: 'Matt', lastName: 'Hansen' } }, { include: ['creator'] }),
			V.get('product', 1, 'creator'),
		],
	}),
	scenario('seed v5: nested create product with tags (hasMany)', {
		models: { product: model({ title: 'STRING' }), tag: model({ name: 'STRING' }) },
		associations: [hasMany('product', 'tag')],
		steps: [
			V.create('product', { id: 1, title: 'Chair', tags: [{ name: 'Alpha' }, { name: 'Beta' }] }, { include: [{ model: 'tag' }] }),
			V.get('product', 1, 'tags'),
		],
	}),
	scenario('seed v5: nested create product with tags (belongsToMany)', {
		models: { product: model({ title: 'STRING' }), tag: model({ name: 'STRING' }) },
		associations: [belongsToMany('product', 'tag', { through: 'product_tags' })],
		steps: [
			V.create('product', { id: 1, title: 'Chair', tags: [{ name: 'Alpha' }, { name: 'Beta' }] }, { include: [{ model: 'tag' }] }),
			V.get('product', 1, 'tags'),
		],
	}),
	scenario('seed v5: nested create with an aliased hasMany (categories with ids)', {
		models: { product: model({ title: 'STRING' }), tag: model({ name: 'STRING' }) },
		associations: [hasMany('product', 'tag', { as: 'categories' })],
		steps: [
			V.create('product', { id: 1, title: 'Chair', categories: [{ id: 1, name: 'Alpha' }, { id: 2, name: 'Beta' }] },
				{ include: [{ association: 'categories', as: 'categories' }] }),
			V.get('product', 1, 'categories'),
			V.create('tag', { name: 'Gamma' }),
		],
	}),
];
