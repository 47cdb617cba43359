// test/sequelize/scenarios/mixed.js
//
// Mixed mode: Sequelize makes the schema with sequelize.sync(), the
// extension is installed on the same database, the same models and
// associations are declared and association.sync() adopts the tables.
// Then one side writes (V.by) and both read (reads without `by` run on
// both sides and are compared): Sequelize reads what the extension wrote,
// the extension reads what Sequelize wrote.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany, by } = V;

const S = (step) => by('sequelize', step);
const E = (step) => by('extension', step);

module.exports = [
	scenario('mixed: Team hasMany Player, Player belongsTo Team', {
		mode: 'mixed',
		models: { Team: model({ name: 'STRING' }), Player: model({ name: 'STRING', score: 'INTEGER' }) },
		associations: [hasMany('Team', 'Player'), belongsTo('Player', 'Team')],
		steps: [
			// Sequelize writes, both read
			S(V.create('Team', { name: 'Ajax' })),
			S(V.create('Player', { name: 'Johan', score: 9, TeamId: 1 })),
			S(V.create('Player', { name: 'Marco', score: 7 })),
			S(V.add('Team', 1, 'Players', 2)),
			V.get('Team', 1, 'Players'),
			V.count('Team', 1, 'Players'),
			V.get('Player', 1, 'Team'),
			V.findAll('Team', { include: 'Players' }),
			// the extension writes, both read
			E(V.create('Team', { name: 'PSV' })),
			E(V.createAssociated('Team', 2, 'Players', { name: 'Ruud', score: 8 })),
			E(V.create('Player', { name: 'Frank', score: 6 })),
			E(V.add('Team', 2, 'Players', 4)),
			E(V.remove('Team', 1, 'Players', 2)),
			V.get('Team', 2, 'Players'),
			V.has('Team', 2, 'Players', [3, 4]),
			V.findAll('Player', { include: 'Team', order: [['id', 'ASC']] }),
			V.findAndCountAll('Team', { include: 'Players', order: [['id', 'ASC']] }),
		],
	}),
	scenario('mixed: Movie belongsToMany Actor through ActorMovies', {
		mode: 'mixed',
		models: { Movie: model({ name: 'STRING' }), Actor: model({ name: 'STRING' }) },
		associations: [belongsToMany('Movie', 'Actor', { through: 'ActorMovies' }),
			belongsToMany('Actor', 'Movie', { through: 'ActorMovies' })],
		steps: [
			S(V.createMany('Movie', [{ name: 'Alien' }, { name: 'Heat' }])),
			S(V.createMany('Actor', [{ name: 'Sigourney' }, { name: 'Al' }])),
			S(V.set('Movie', 1, 'Actors', [1, 2])),
			V.get('Movie', 1, 'Actors'),
			V.get('Actor', 2, 'Movies'),
			V.findAll('Movie', { include: 'Actors', order: [['id', 'ASC']] }),
			E(V.add('Movie', 2, 'Actors', [2])),
			E(V.createAssociated('Movie', 2, 'Actors', { name: 'Robert' })),
			E(V.remove('Movie', 1, 'Actor', 1)),
			V.get('Movie', 2, 'Actors'),
			V.count('Actor', 2, 'Movies'),
			V.findAll('Actor', { include: 'Movies', order: [['id', 'ASC']] }),
		],
	}),
	scenario('mixed: captain hasOne ship, ship belongsTo captain', {
		mode: 'mixed',
		models: {
			ship: model({ name: 'TEXT', crewCapacity: 'INTEGER' }, { timestamps: false }),
			captain: model({ name: 'TEXT', skillLevel: 'INTEGER' }, { timestamps: false }),
		},
		associations: [hasOne('captain', 'ship'), belongsTo('ship', 'captain')],
		steps: [
			S(V.create('captain', { name: 'Jack Sparrow', skillLevel: 9 })),
			S(V.create('ship', { name: 'Black Pearl', crewCapacity: 30 })),
			S(V.set('captain', 1, 'ship', 1)),
			V.get('captain', 1, 'ship'),
			V.findOne('captain', { where: { name: 'Jack Sparrow' }, include: { model: 'ship' } }),
			E(V.create('captain', { name: 'Davy Jones', skillLevel: 8 })),
			E(V.createAssociated('captain', 2, 'ship', { name: 'Flying Dutchman' })),
			E(V.set('ship', 1, 'captain', 2)),
			V.get('captain', 2, 'ship'),
			V.get('ship', 1, 'captain'),
			V.findAll('ship', { include: 'captain', order: [['id', 'ASC']] }),
		],
	}),
	scenario('mixed: user hasOne profile with timestamps, underscored', {
		mode: 'mixed',
		models: { user: model({ name: 'STRING' }, { underscored: true }), profile: model({ bio: 'TEXT' }, { underscored: true }) },
		associations: [hasOne('user', 'profile'), belongsTo('profile', 'user')],
		steps: [
			E(V.create('user', { name: 'ann' })),
			E(V.createAssociated('user', 1, 'profile', { bio: 'hello' })),
			V.get('user', 1, 'profile'),
			S(V.create('user', { name: 'bob' })),
			S(V.createAssociated('user', 2, 'profile', { bio: 'hi' })),
			V.findAll('user', { include: 'profile', order: [['id', 'ASC']] }),
		],
	}),
];
