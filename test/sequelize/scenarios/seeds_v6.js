// test/sequelize/scenarios/seeds_v6.js
//
// The examples of the Sequelize v6 associations guide, as scenarios: the
// A/B and Foo/Bar option variations, Team/Player, Movie/Actor with
// ActorMovies, Ship/Captain (foreign-key names, aliases, keys that are not
// the primary key), and the mixin walk-throughs.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

const noTs = { timestamps: false };
const fooBar = () => ({ foo: model({ name: 'TEXT' }), bar: model({ name: 'TEXT' }) });
const shipCaptain = () => ({
	ship: model({ name: 'TEXT', crewCapacity: 'INTEGER', amountOfSails: 'INTEGER' }, noTs),
	captain: model({ name: 'TEXT', skillLevel: { type: 'INTEGER', validate: { min: 1, max: 10 } } }, noTs),
});
const shipCaptainData = [
	V.create('captain', { name: 'Jack Sparrow', skillLevel: 9 }),
	V.create('captain', { name: 'Davy Jones', skillLevel: 8 }),
];

// oneToOneFooBar: a one-to-one variation of the guide and what it stores
function oneToOneFooBar(name, fooHasOne, barBelongsTo, fk) {
	return scenario(`seed v6: one-to-one foo/bar, ${name}`, {
		models: fooBar(),
		associations: [hasOne('foo', 'bar', fooHasOne), belongsTo('bar', 'foo', barBelongsTo)],
		steps: [
			V.create('foo', { name: 'f1' }),
			V.create('bar', { name: 'b1', [fk]: 1 }),
			V.create('bar', { name: 'b2' }),
			V.get('foo', 1, 'bar'),
			V.get('bar', 1, 'foo'),
			V.findAll('foo', { include: 'bar' }),
			V.findAll('bar', { include: 'foo', order: [['id', 'ASC']] }),
			V.sql('DELETE FROM foos WHERE id = 1'),
		],
	});
}

module.exports = [
	// "Defining the Sequelize associations": each kind alone, then all four
	scenario('seed v6: A hasOne B', {
		models: { A: model(), B: model() },
		associations: [hasOne('A', 'B')],
		steps: [V.create('A', {}), V.create('B', { AId: 1 }), V.get('A', 1, 'B'), V.findAll('A', { include: 'B' })],
	}),
	scenario('seed v6: A belongsTo B', {
		models: { A: model(), B: model() },
		associations: [belongsTo('A', 'B')],
		steps: [V.create('B', {}), V.create('A', { BId: 1 }), V.get('A', 1, 'B'), V.findAll('A', { include: 'B' })],
	}),
	scenario('seed v6: A hasMany B', {
		models: { A: model(), B: model() },
		associations: [hasMany('A', 'B')],
		steps: [V.create('A', {}), V.createMany('B', [{ AId: 1 }, { AId: 1 }, {}]), V.get('A', 1, 'Bs'),
			V.count('A', 1, 'Bs'), V.findAll('A', { include: 'Bs' })],
	}),
	scenario('seed v6: A belongsToMany B through C', {
		models: { A: model(), B: model() },
		associations: [belongsToMany('A', 'B', { through: 'C' })],
		steps: [V.create('A', {}), V.createMany('B', [{}, {}]), V.add('A', 1, 'Bs', [1, 2]), V.get('A', 1, 'Bs'),
			V.findAll('A', { include: 'Bs' })],
	}),
	scenario('seed v6: A with all four kinds to B (hasOne and belongsTo share the name B)', {
		models: { A: model(), B: model() },
		associations: [hasOne('A', 'B'), belongsTo('A', 'B'), hasMany('A', 'B'), belongsToMany('A', 'B', { through: 'C' })],
		steps: [],
	}),

	// One-To-One: the options of the guide
	oneToOneFooBar('defaults (fooId on bar)', {}, {}, 'fooId'),
	oneToOneFooBar('onDelete and onUpdate RESTRICT', { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' }, {}, 'fooId'),
	oneToOneFooBar('foreignKey myFooId on hasOne (string)', { foreignKey: 'myFooId' }, {}, 'myFooId'),
	oneToOneFooBar('foreignKey myFooId on hasOne (object)', { foreignKey: { name: 'myFooId' } }, {}, 'myFooId'),
	oneToOneFooBar('foreignKey myFooId on belongsTo (string)', {}, { foreignKey: 'myFooId' }, 'myFooId'),
	oneToOneFooBar('foreignKey myFooId on belongsTo (object)', {}, { foreignKey: { name: 'myFooId' } }, 'myFooId'),
	scenario('seed v6: one-to-one foo/bar, UUID foreign key to an integer key', {
		models: fooBar(),
		associations: [hasOne('foo', 'bar', { foreignKey: { type: 'UUID' } }), belongsTo('bar', 'foo')],
		steps: [],
	}),
	scenario('seed v6: one-to-one foo/bar, mandatory (allowNull false)', {
		models: fooBar(),
		associations: [hasOne('foo', 'bar', { foreignKey: { allowNull: false } }), belongsTo('bar', 'foo')],
		steps: [
			V.create('foo', { name: 'f1' }),
			V.create('bar', { name: 'without foo' }),
			V.create('bar', { name: 'b1', fooId: 1 }),
			V.sql('DELETE FROM foos WHERE id = 1'),
		],
	}),

	// One-To-Many
	scenario('seed v6: Team hasMany Player, Player belongsTo Team', {
		models: {
			Team: model({ name: 'STRING' }),
			Player: model({ name: 'STRING', score: 'INTEGER' }),
		},
		associations: [hasMany('Team', 'Player'), belongsTo('Player', 'Team')],
		steps: [
			V.create('Team', { name: 'Ajax' }),
			V.create('Player', { name: 'Johan', score: 9, TeamId: 1 }),
			V.create('Player', { name: 'Marco', score: 7 }),
			V.get('Team', 1, 'Players'),
			V.get('Player', 1, 'Team'),
			V.get('Player', 2, 'Team'),
			V.add('Team', 1, 'Players', 2),
			V.count('Team', 1, 'Players'),
			V.findAll('Team', { include: 'Players' }),
			V.findAll('Player', { include: 'Team', order: [['id', 'ASC']] }),
			V.sql('DELETE FROM "Teams" WHERE id = 1'),
		],
	}),
	scenario('seed v6: Team hasMany Player with foreignKey clubId', {
		models: { Team: model({ name: 'STRING' }), Player: model({ name: 'STRING' }) },
		associations: [hasMany('Team', 'Player', { foreignKey: 'clubId' }), belongsTo('Player', 'Team')],
		steps: [
			V.create('Team', { name: 'Ajax' }),
			V.createAssociated('Team', 1, 'Players', { name: 'Johan' }),
			V.create('Player', { name: 'Marco', TeamId: 1 }),
			V.get('Team', 1, 'Players'),
			V.get('Player', 1, 'Team'),
			V.get('Player', 2, 'Team'),
		],
	}),

	// Many-To-Many
	scenario('seed v6: Movie belongsToMany Actor through ActorMovies (string)', {
		models: { Movie: model({ name: 'STRING' }), Actor: model({ name: 'STRING' }) },
		associations: [belongsToMany('Movie', 'Actor', { through: 'ActorMovies' }),
			belongsToMany('Actor', 'Movie', { through: 'ActorMovies' })],
		steps: [
			V.createMany('Movie', [{ name: 'Alien' }, { name: 'Heat' }]),
			V.createMany('Actor', [{ name: 'Sigourney' }, { name: 'Al' }, { name: 'Robert' }]),
			V.add('Movie', 1, 'Actors', 1),
			V.set('Movie', 2, 'Actors', [2, 3]),
			V.add('Actor', 3, 'Movies', 1),
			V.get('Movie', 2, 'Actors'),
			V.get('Actor', 3, 'Movies'),
			V.count('Movie', 1, 'Actors'),
			V.has('Movie', 2, 'Actors', [2, 3]),
			V.has('Movie', 2, 'Actors', [1, 2]),
			V.findAll('Movie', { include: 'Actors' }),
			V.findAll('Actor', { include: [{ model: 'Movie' }] }),
			V.sql('DELETE FROM "Actors" WHERE id = 3'),
		],
	}),
	scenario('seed v6: Movie belongsToMany Actor through a declared ActorMovies model', {
		models: {
			Movie: model({ name: 'STRING' }),
			Actor: model({ name: 'STRING' }),
			ActorMovies: model({
				MovieId: { type: 'INTEGER', references: { model: 'Movie', key: 'id' } },
				ActorId: { type: 'INTEGER', references: { model: 'Actor', key: 'id' } },
			}),
		},
		associations: [belongsToMany('Movie', 'Actor', { through: 'ActorMovies' }),
			belongsToMany('Actor', 'Movie', { through: 'ActorMovies' })],
		steps: [
			V.create('Movie', { name: 'Alien' }),
			V.create('Actor', { name: 'Sigourney' }),
			V.add('Movie', 1, 'Actors', 1),
			V.get('Actor', 1, 'Movies'),
			V.sql('DELETE FROM "Movies" WHERE id = 1'),
		],
	}),
	scenario('seed v6: belongsToMany uniqueKey on a junction with its own primary key', {
		models: {
			Project: model({ name: 'STRING' }),
			User: model({ name: 'STRING' }),
			UserProjects: model({ id: { type: 'INTEGER', primaryKey: true, autoIncrement: true }, status: 'STRING' }),
		},
		associations: [belongsToMany('Project', 'User', { through: 'UserProjects', uniqueKey: 'my_custom_unique' })],
		steps: [
			V.create('Project', { name: 'p' }),
			V.create('User', { name: 'u' }),
			V.add('Project', 1, 'Users', 1, { through: { status: 'new' } }),
			V.get('Project', 1, 'Users'),
		],
	}),

	// Ship and Captain
	scenario('seed v6: captain hasOne ship, ship belongsTo captain (lazy and eager loading)', {
		models: shipCaptain(),
		associations: [hasOne('captain', 'ship'), belongsTo('ship', 'captain')],
		steps: [
			...shipCaptainData,
			V.create('ship', { name: 'Black Pearl', crewCapacity: 30, amountOfSails: 3, captainId: 1 }),
			V.create('ship', { name: 'Flying Dutchman', amountOfSails: 5 }),
			V.findOne('captain', { where: { name: 'Jack Sparrow' } }),
			V.get('captain', 1, 'ship'),
			V.get('captain', 2, 'ship'),
			V.findOne('captain', { where: { name: 'Jack Sparrow' }, include: { model: 'ship' } }),
			V.findAll('ship', { include: { model: 'captain' } }),
			V.findAll('ship', { include: 'captain' }),
			V.get('ship', 1, 'captain'),
			V.create('captain', { name: 'Too good', skillLevel: 11 }),
		],
	}),
	scenario('seed v6: ship belongsTo captain with foreignKey bossId', {
		models: shipCaptain(),
		associations: [belongsTo('ship', 'captain', { foreignKey: 'bossId' })],
		steps: [
			...shipCaptainData,
			V.create('ship', { name: 'Black Pearl', bossId: 1 }),
			V.findAll('ship', { include: { model: 'captain' } }),
			V.findAll('ship', { include: 'captain' }),
			V.findAll('ship', { include: 'Captain' }),
			V.get('ship', 1, 'captain'),
		],
	}),
	scenario('seed v6: ship belongsTo captain as leader', {
		models: shipCaptain(),
		associations: [belongsTo('ship', 'captain', { as: 'leader' })],
		steps: [
			...shipCaptainData,
			V.create('ship', { name: 'Black Pearl', leaderId: 2 }),
			V.findAll('ship', { include: { model: 'captain' } }),
			V.findAll('ship', { include: 'leader' }),
			V.findAll('ship', { include: { model: 'captain', as: 'leader' } }),
			V.findAll('ship', { include: { model: 'captain', as: 'boss' } }),
			V.get('ship', 1, 'leader'),
		],
	}),
	scenario('seed v6: ship belongsTo captain as leader with foreignKey bossId', {
		models: shipCaptain(),
		associations: [belongsTo('ship', 'captain', { as: 'leader', foreignKey: 'bossId' })],
		steps: [
			...shipCaptainData,
			V.create('ship', { name: 'Black Pearl', bossId: 1 }),
			V.findAll('ship', { include: { model: 'captain' } }),
			V.findAll('ship', { include: 'leader' }),
			V.findAll('ship', { include: { model: 'captain', as: 'leader' } }),
			V.get('ship', 1, 'leader'),
			V.set('ship', 1, 'leader', 2),
			V.get('ship', 1, 'leader'),
		],
	}),
	scenario('seed v6: mail belongsTo person twice, as sender and receiver', {
		models: { Mail: model({ subject: 'STRING' }), Person: model({ name: 'STRING' }) },
		associations: [belongsTo('Mail', 'Person', { as: 'sender' }), belongsTo('Mail', 'Person', { as: 'receiver' })],
		steps: [
			V.createMany('Person', [{ name: 'Ann' }, { name: 'Bob' }]),
			V.create('Mail', { subject: 'hi', senderId: 1, receiverId: 2 }),
			V.get('Mail', 1, 'sender'),
			V.get('Mail', 1, 'receiver'),
			V.findAll('Mail', { include: ['sender', 'receiver'] }),
			V.findAll('Mail', { include: { model: 'Person' } }),
		],
	}),

	// The mixins walk-throughs
	scenario('seed v6: foo hasOne bar mixins (get, set, create, set null)', {
		models: fooBar(),
		associations: [hasOne('foo', 'bar')],
		steps: [
			V.create('foo', { name: 'the-foo' }),
			V.create('bar', { name: 'some-bar' }),
			V.create('bar', { name: 'another-bar' }),
			V.get('foo', 1, 'bar'),
			V.set('foo', 1, 'bar', 1),
			V.get('foo', 1, 'bar'),
			V.createAssociated('foo', 1, 'bar', { name: 'yet-another-bar' }),
			V.get('foo', 1, 'bar'),
			V.set('foo', 1, 'bar', null),
			V.get('foo', 1, 'bar'),
		],
	}),
	scenario('seed v6: foo belongsTo bar mixins (get, set, create)', {
		models: fooBar(),
		associations: [belongsTo('foo', 'bar')],
		steps: [
			V.create('foo', { name: 'the-foo' }),
			V.create('bar', { name: 'some-bar' }),
			V.get('foo', 1, 'bar'),
			V.set('foo', 1, 'bar', 1),
			V.get('foo', 1, 'bar'),
			V.createAssociated('foo', 1, 'bar', { name: 'yet-another-bar' }),
			V.get('foo', 1, 'bar'),
			V.set('foo', 1, 'bar', null),
			V.get('foo', 1, 'bar'),
		],
	}),
	scenario('seed v6: foo hasMany bar mixins walk-through', {
		models: fooBar(),
		associations: [hasMany('foo', 'bar')],
		steps: [
			V.create('foo', { name: 'the-foo' }),
			V.create('bar', { name: 'some-bar' }),
			V.create('bar', { name: 'another-bar' }),
			V.get('foo', 1, 'bars'),
			V.count('foo', 1, 'bars'),
			V.has('foo', 1, 'bars', 1),
			V.add('foo', 1, 'bars', [1, 2]),
			V.count('foo', 1, 'bars'),
			V.add('foo', 1, 'bar', 1),
			V.count('foo', 1, 'bars'),
			V.has('foo', 1, 'bar', 1),
			V.remove('foo', 1, 'bar', 2),
			V.count('foo', 1, 'bars'),
			V.createAssociated('foo', 1, 'bar', { name: 'yet-another-bar' }),
			V.count('foo', 1, 'bars'),
			V.set('foo', 1, 'bars', []),
			V.count('foo', 1, 'bars'),
		],
	}),
	scenario('seed v6: foo belongsToMany bar mixins walk-through', {
		models: fooBar(),
		associations: [belongsToMany('foo', 'bar', { through: 'foo_bars' })],
		steps: [
			V.create('foo', { name: 'the-foo' }),
			V.create('bar', { name: 'some-bar' }),
			V.create('bar', { name: 'another-bar' }),
			V.get('foo', 1, 'bars'),
			V.count('foo', 1, 'bars'),
			V.has('foo', 1, 'bars', 1),
			V.add('foo', 1, 'bars', [1, 2]),
			V.count('foo', 1, 'bars'),
			V.add('foo', 1, 'bar', 1),
			V.count('foo', 1, 'bars'),
			V.has('foo', 1, 'bar', 1),
			V.remove('foo', 1, 'bar', 2),
			V.count('foo', 1, 'bars'),
			V.createAssociated('foo', 1, 'bar', { name: 'yet-another-bar' }),
			V.count('foo', 1, 'bars'),
			V.set('foo', 1, 'bars', []),
			V.count('foo', 1, 'bars'),
		],
	}),
	scenario('seed v6: getter options (where with an operator, attributes)', {
		models: { project: model({ name: 'STRING' }), task: model({ title: 'STRING', difficulty: 'INTEGER' }) },
		associations: [hasMany('project', 'task')],
		steps: [
			V.create('project', { name: 'p' }),
			V.createMany('task', [{ title: 'easy', difficulty: 2, projectId: 1 },
				{ title: 'hard', difficulty: 9, projectId: 1 }, { title: 'medium', difficulty: 5, projectId: 1 }]),
			V.get('project', 1, 'tasks', { where: { difficulty: { lte: 5 } } }),
			V.get('project', 1, 'tasks', { attributes: ['title'] }),
		],
	}),
	scenario('seed v6: Task hasOne User as Author', {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }) },
		associations: [hasOne('Task', 'User', { as: 'Author' })],
		steps: [
			V.create('Task', { title: 't' }),
			V.create('User', { name: 'u' }),
			V.set('Task', 1, 'Author', 1),
			V.get('Task', 1, 'Author'),
			V.findAll('Task', { include: 'Author' }),
		],
	}),

	// Why pairs: the side that does not know the association
	scenario('seed v6: foo hasOne bar without the pair (include the other way fails)', {
		models: fooBar(),
		associations: [hasOne('foo', 'bar')],
		steps: [
			V.create('foo', { name: 'f' }),
			V.findOne('foo', { include: { model: 'bar' } }),
			V.findOne('bar', { include: { model: 'foo' } }),
		],
	}),
	scenario('seed v6: foo hasOne bar with the pair (include both ways)', {
		models: fooBar(),
		associations: [hasOne('foo', 'bar'), belongsTo('bar', 'foo')],
		steps: [
			V.create('foo', { name: 'f' }),
			V.create('bar', { name: 'b', fooId: 1 }),
			V.findOne('foo', { include: { model: 'bar' } }),
			V.findOne('bar', { include: { model: 'foo' } }),
		],
	}),

	// Multiple associations between the same models
	scenario('seed v6: Team hasOne Game as HomeTeam and AwayTeam, Game belongsTo Team', {
		models: { Team: model({ name: 'STRING' }), Game: model({ name: 'STRING' }) },
		associations: [
			hasOne('Team', 'Game', { as: 'HomeTeam', foreignKey: 'homeTeamId' }),
			hasOne('Team', 'Game', { as: 'AwayTeam', foreignKey: 'awayTeamId' }),
			belongsTo('Game', 'Team'),
		],
		steps: [
			V.createMany('Team', [{ name: 'Ajax' }, { name: 'PSV' }]),
			V.create('Game', { name: 'final', homeTeamId: 1, awayTeamId: 2, TeamId: 1 }),
			V.get('Team', 1, 'HomeTeam'),
			V.get('Team', 2, 'AwayTeam'),
			V.get('Team', 2, 'HomeTeam'),
			V.findAll('Team', { include: ['HomeTeam', 'AwayTeam'] }),
			V.findAll('Game', { include: 'Team' }),
			V.findAll('Team', { include: { model: 'Game' } }),
		],
	}),

	// Keys that are not the primary key
	scenario('seed v6: ship belongsTo captain by name (targetKey, foreignKey captainName)', {
		models: {
			ship: model({ name: 'TEXT' }, noTs),
			captain: model({ name: { type: 'TEXT', unique: true } }, noTs),
		},
		associations: [belongsTo('ship', 'captain', { targetKey: 'name', foreignKey: 'captainName' })],
		steps: [
			V.create('captain', { name: 'Jack Sparrow' }),
			V.create('captain', { name: 'Davy Jones' }),
			V.create('ship', { name: 'Black Pearl', captainName: 'Jack Sparrow' }),
			V.get('ship', 1, 'captain'),
			V.set('ship', 1, 'captain', 'Davy Jones'),
			V.get('ship', 1, 'captain'),
			V.findAll('ship', { include: 'captain' }),
			V.create('ship', { name: 'Ghost', captainName: 'Nobody' }),
			V.sql("UPDATE captains SET name = 'Davy' WHERE name = 'Davy Jones'"),
		],
	}),
	scenario('seed v6: foo hasOne bar by name, bar hasMany baz by title (sourceKey)', {
		models: {
			foo: model({ name: { type: 'TEXT', unique: true } }, noTs),
			bar: model({ title: { type: 'TEXT', unique: true } }, noTs),
			baz: model({ summary: 'TEXT' }, noTs),
		},
		associations: [
			hasOne('foo', 'bar', { sourceKey: 'name', foreignKey: 'fooName' }),
			hasMany('bar', 'baz', { sourceKey: 'title', foreignKey: 'barTitle' }),
		],
		steps: [
			V.create('foo', { name: "Foo's Name Here" }),
			V.create('bar', { title: "Bar's Title Here" }),
			V.create('baz', { summary: 's1' }),
			V.create('baz', { summary: 's2' }),
			V.set('foo', "Foo's Name Here", 'bar', 1),
			V.add('bar', "Bar's Title Here", 'bazs', [1, 2]),
			V.get('foo', "Foo's Name Here", 'bar'),
			V.get('bar', "Bar's Title Here", 'bazs'),
			V.count('bar', "Bar's Title Here", 'bazs'),
			V.findAll('foo', { include: { association: 'bar', include: ['bazs'] } }),
			V.createAssociated('bar', "Bar's Title Here", 'bazs', { summary: 's3' }),
			V.remove('bar', "Bar's Title Here", 'bazs', 1),
			V.get('bar', "Bar's Title Here", 'bazs'),
		],
	}),
	...[
		['default keys', {}, 1, 1],
		['targetKey title', { targetKey: 'title' }, 1, 'b1'],
		['sourceKey name', { sourceKey: 'name' }, 'f1', 1],
		['sourceKey name and targetKey title', { sourceKey: 'name', targetKey: 'title' }, 'f1', 'b1'],
	].map(([label, opts, fooKey, barKey]) => scenario(`seed v6: foo belongsToMany bar through foo_bar, ${label}`, {
		models: {
			foo: model({ name: { type: 'TEXT', unique: true } }, noTs),
			bar: model({ title: { type: 'TEXT', unique: true } }, noTs),
		},
		associations: [belongsToMany('foo', 'bar', { through: 'foo_bar', ...opts })],
		steps: [
			V.create('foo', { name: 'f1' }),
			V.createMany('bar', [{ title: 'b1' }, { title: 'b2' }]),
			V.add('foo', fooKey, 'bars', barKey),
			V.get('foo', fooKey, 'bars'),
			V.has('foo', fooKey, 'bars', barKey),
			V.count('foo', fooKey, 'bars'),
			V.findAll('foo', { include: 'bars' }),
			V.remove('foo', fooKey, 'bars', barKey),
			V.count('foo', fooKey, 'bars'),
		],
	})),
	scenario('seed v6: targetKey on a column without a unique constraint', {
		models: {
			ship: model({ name: 'TEXT' }, noTs),
			captain: model({ name: 'TEXT' }, noTs),
		},
		associations: [belongsTo('ship', 'captain', { targetKey: 'name', foreignKey: 'captainName' })],
		steps: [],
	}),
];
