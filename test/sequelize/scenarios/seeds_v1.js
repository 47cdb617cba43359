// test/sequelize/scenarios/seeds_v1.js
//
// The examples of the Sequelize v1 associations guide.  The extension keeps
// the v1 spellings working (joinTableName, joinTableModel, useJunctionTable,
// foreignKeyConstraint, string references); where Sequelize v6 no longer
// understands one, the scenario gives Sequelize the v6 spelling of the same
// thing (a fifth tuple element {seq: ...}, or seqModels) and compares.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

module.exports = [
	scenario('seed v1: Project hasOne User (ProjectId), initiator_id, Initiator', {
		models: { User: model({ name: 'STRING' }), Project: model({ name: 'STRING' }) },
		associations: [
			hasOne('Project', 'User'),
			hasOne('Project', 'User', { as: 'Initiator', foreignKey: 'initiator_id' }),
		],
		steps: [
			V.create('Project', { name: 'p' }),
			V.createAssociated('Project', 1, 'User', { name: 'u1' }),
			V.createAssociated('Project', 1, 'Initiator', { name: 'u2' }),
			V.findAll('Project', { include: ['User', 'Initiator'] }),
		],
	}),
	scenario('seed v1: Person hasOne Person as Father, and as Father with DadId', {
		models: { Person: model({ name: 'STRING' }), Human: model({ name: 'STRING' }) },
		associations: [hasOne('Person', 'Person', { as: 'Father' }), hasOne('Human', 'Human', { as: 'Father', foreignKey: 'DadId' })],
		steps: [
			V.createMany('Person', [{ name: 'kid' }, { name: 'dad' }]),
			V.set('Person', 1, 'Father', 2),
			V.get('Person', 1, 'Father'),
			V.createMany('Human', [{ name: 'kid' }, { name: 'dad' }]),
			V.set('Human', 1, 'Father', 2),
			V.get('Human', 1, 'Father'),
		],
	}),
	scenario('seed v1: Team hasOne Game twice without alias (homeTeamId, awayTeamId)', {
		models: { Team: model(), Game: model() },
		associations: [hasOne('Team', 'Game', { foreignKey: 'homeTeamId' }), hasOne('Team', 'Game', { foreignKey: 'awayTeamId' }),
			belongsTo('Game', 'Team')],
		steps: [],
	}),
	scenario('seed v1: chained Project hasOne User, Deadline, Attachment', {
		models: { Project: model(), User: model(), Deadline: model({ due: 'DATE' }), Attachment: model({ file: 'STRING' }) },
		associations: [hasOne('Project', 'User'), hasOne('Project', 'Deadline'), hasOne('Project', 'Attachment')],
		steps: [
			V.create('Project', {}),
			V.createAssociated('Project', 1, 'Deadline', { due: '2030-01-01T00:00:00Z' }),
			V.createAssociated('Project', 1, 'Attachment', { file: 'a.txt' }),
			V.findOne('Project', { include: { all: true } }),
		],
	}),
	scenario('seed v1: Project belongsTo User (UserId)', {
		models: { User: model(), Project: model() },
		associations: [belongsTo('Project', 'User')],
		steps: [V.create('User', {}), V.create('Project', {}), V.set('Project', 1, 'User', 1), V.findAll('Project', { include: 'User' })],
	}),
	scenario('seed v1: Project hasMany User as Workers and User hasMany Project (two one-to-many in v6)', {
		models: { User: model(), Project: model() },
		associations: [hasMany('Project', 'User', { as: 'Workers' }), hasMany('User', 'Project')],
		steps: [
			V.create('Project', {}), V.create('User', {}),
			V.add('Project', 1, 'Workers', 1),
			V.add('User', 1, 'Projects', 1),
			V.findAll('Project', { include: 'Workers' }),
			V.findAll('User', { include: 'Projects' }),
		],
	}),
	scenario('seed v1: Person hasMany Person as Children', {
		models: { Person: model({ name: 'STRING' }) },
		associations: [hasMany('Person', 'Person', { as: 'Children' })],
		steps: [
			V.createMany('Person', [{ name: 'mum' }, { name: 'kid' }]),
			V.add('Person', 1, 'Children', 2),
			V.get('Person', 1, 'Children'),
			V.findAll('Person', { include: 'Children', order: [['id', 'ASC']] }),
		],
	}),
	scenario('seed v1: Person hasMany Person as Children with ParentId and useJunctionTable false', {
		models: { Person: model({ name: 'STRING' }) },
		associations: [hasMany('Person', 'Person', { as: 'Children', foreignKey: 'ParentId', useJunctionTable: false },
			{ seq: hasMany('Person', 'Person', { as: 'Children', foreignKey: 'ParentId' }) })],
		steps: [
			V.createMany('Person', [{ name: 'mum' }, { name: 'kid' }]),
			V.add('Person', 1, 'Children', 2),
			V.get('Person', 1, 'Children'),
		],
	}),
	scenario('seed v1: hasMany both ways with joinTableName project_has_users', {
		models: { User: model(), Project: model() },
		associations: [
			hasMany('Project', 'User', { joinTableName: 'project_has_users' },
				{ seq: belongsToMany('Project', 'User', { through: 'project_has_users' }) }),
			hasMany('User', 'Project', { joinTableName: 'project_has_users' },
				{ seq: belongsToMany('User', 'Project', { through: 'project_has_users' }) }),
		],
		steps: [
			V.create('Project', {}), V.createMany('User', [{}, {}]),
			V.set('Project', 1, 'Users', [1, 2]),
			V.get('User', 2, 'Projects'),
			V.findAll('Project', { include: 'Users' }),
		],
	}),
	scenario('seed v1: hasMany both ways with joinTableModel UserProjects (status)', {
		models: { User: model(), Project: model(), UserProjects: model({ status: 'STRING' }) },
		associations: [
			hasMany('User', 'Project', { joinTableModel: 'UserProjects' },
				{ seq: belongsToMany('User', 'Project', { through: 'UserProjects' }) }),
			hasMany('Project', 'User', { joinTableModel: 'UserProjects' },
				{ seq: belongsToMany('Project', 'User', { through: 'UserProjects' }) }),
		],
		steps: [
			V.create('User', {}), V.createMany('Project', [{}, {}]),
			V.add('User', 1, 'Project', 1, { through: { status: 'active' } }),
			V.set('User', 1, 'Projects', [{ id: 1, UserProjects: { status: 'inactive' } }, 2], { through: { status: 'active' } }),
			V.get('User', 1, 'Projects'),
			V.get('User', 1, 'Projects', { attributes: ['id'], joinTableAttributes: ['status'] }),
		],
	}),
	scenario('seed v1: Project hasMany Task and Task hasMany Project, associating objects', {
		models: { Project: model(), Task: model({ title: 'STRING' }) },
		associations: [hasMany('Project', 'Task'), hasMany('Task', 'Project')],
		steps: [
			V.create('Project', {}), V.createMany('Task', [{ title: 'one' }, { title: 'two' }, { id: 12, title: 'twelve' }]),
			V.set('Project', 1, 'Tasks', [1, 2, 12]),
			V.get('Project', 1, 'Tasks'),
			V.get('Project', 1, 'Tasks', { where: 'id > 10' }),
			V.get('Project', 1, 'Tasks', { attributes: ['title'] }),
			V.set('Project', 1, 'Tasks', [2]),
			V.set('Project', 1, 'Tasks', []),
			V.remove('Project', 1, 'Task', 1),
			V.add('Project', 1, 'Task', 1),
			V.get('Project', 1, 'Tasks'),
		],
	}),
	scenario('seed v1: hasUsers after setUsers (v6 answers true for a subset)', {
		models: { Project: model(), User: model() },
		associations: [belongsToMany('Project', 'User', { through: 'ProjectsUsers' })],
		steps: [
			V.create('Project', {}), V.createMany('User', [{}, {}]),
			V.has('Project', 1, 'User', 1),
			V.add('Project', 1, 'User', 1),
			V.has('Project', 1, 'User', 1),
			V.set('Project', 1, 'Users', [1, 2]),
			V.has('Project', 1, 'Users', [1]),
			V.has('Project', 1, 'Users', [1, 2]),
		],
	}),
	...[['onDelete restrict', { onDelete: 'restrict' }], ['onUpdate restrict', { onUpdate: 'restrict' }],
		['onDelete cascade', { onDelete: 'cascade' }], ['foreignKeyConstraint true', { foreignKeyConstraint: true }],
		['constraints false', { constraints: false }], ['constraints false but onDelete cascade', { constraints: false, onDelete: 'cascade' }],
	].map(([label, opts]) => scenario(`seed v1: User hasMany Task with ${label}`, {
		models: { Task: model({ title: 'STRING' }), User: model({ username: 'STRING' }) },
		associations: [hasMany('User', 'Task', opts)],
		steps: [
			V.create('User', { username: 'u' }),
			V.createAssociated('User', 1, 'Tasks', { title: 't' }),
			V.sql('UPDATE "Users" SET id = 5 WHERE id = 1'),
			V.sql('DELETE FROM "Users" WHERE id = 5'),
		],
	})),
	scenario('seed v1: Series/Trainer/Video with references as strings and referencesKey', {
		models: {
			Series: model({
				title: 'STRING', sub_title: 'STRING', description: 'TEXT',
				trainer_id: { type: 'INTEGER', references: 'Trainer', referencesKey: 'id' },
			}),
			Trainer: model({ first_name: 'STRING', last_name: 'STRING' }),
			Video: model({
				title: 'STRING', sequence: 'INTEGER', description: 'TEXT',
				series_id: { type: 'INTEGER', references: 'Series', referencesKey: 'id' },
			}),
		},
		seqModels: {
			Series: model({
				title: 'STRING', sub_title: 'STRING', description: 'TEXT',
				trainer_id: { type: 'INTEGER', references: { model: 'Trainers', key: 'id' } },
			}),
			Video: model({
				title: 'STRING', sequence: 'INTEGER', description: 'TEXT',
				series_id: { type: 'INTEGER', references: { model: 'Series', key: 'id' } },
			}),
		},
		associations: [hasOne('Series', 'Video'), hasMany('Trainer', 'Series')],
		steps: [
			V.create('Trainer', { first_name: 'T' }),
			V.create('Series', { title: 's', trainer_id: 1, TrainerId: 1 }),
			V.create('Video', { title: 'v', series_id: 1, SeriesId: 1 }),
			V.get('Trainer', 1, 'Series'),
			V.get('Series', 1, 'Video'),
		],
	}),
];
