-- association demo: the Sequelize guide's examples, in SQL.
\pset pager off
CREATE EXTENSION association;

\echo '== One-to-many: Team.hasMany(Player); Player.belongsTo(Team)'
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER"}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');

\echo '== Many-to-many: Movie.belongsToMany(Actor, {through: "ActorMovies"}) and back'
SELECT association.define_model('Movie', '{"name": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING"}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies"}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');

\echo '== One-to-one with an alias: Ship.belongsTo(Captain, {as: "leader"}); Captain.hasOne(Ship)'
SELECT association.define_model('Captain', '{"name": "TEXT", "skillLevel": {"type": "INTEGER", "validate": {"min": 1, "max": 10}}}', '{"timestamps": false}');
SELECT association.define_model('Ship', '{"name": "TEXT", "amountOfSails": "INTEGER"}', '{"timestamps": false}');
SELECT association.belongs_to('Ship', 'Captain', '{"as": "leader"}');
SELECT association.has_one('Captain', 'Ship');

\echo '== sync(): the DDL it ran'
SELECT * FROM association.sync();
\d "ActorMovies"
\d "Ships"

\echo '== data through the models, read through the accessor views'
SELECT association.create('Team', '{"name": "Ajax"}');
SELECT association.create('Player', '{"name": "Johan", "score": 10, "TeamId": 1}');
SELECT association.create('Player', '{"name": "Marco", "score": 8, "TeamId": 1}');
SELECT association.create('Movie', '{"name": "Alien"}');
SELECT association.create('Actor', '{"name": "Sigourney Weaver"}');
INSERT INTO "ActorMovies" ("MovieId", "ActorId") VALUES (1, 1);
SELECT association.create('Captain', '{"name": "Jack Sparrow", "skillLevel": 9}');
SELECT association.create('Ship', '{"name": "Black Pearl", "amountOfSails": 3, "leaderId": 1}');

SELECT source_key, name, score FROM team_players WHERE source_key = 1 ORDER BY name;    -- team.getPlayers()
SELECT source_key, name, ("ActorMovies")."MovieId" FROM movie_actors WHERE source_key = 1;  -- movie.getActors()
SELECT source_key, name, "skillLevel" FROM ship_leader WHERE source_key = 1;             -- ship.getLeader()

\echo '== describe(): the model as sync sees it'
SELECT jsonb_pretty(association.describe('Player') - 'attributes');

\echo '== a second sync has nothing to do'
SELECT count(*) AS statements FROM association.sync();
