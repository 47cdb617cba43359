-- What a 0.1.0 application did: models, every kind of association, sync,
-- rows written through the functions and the accessor views.  Run by
-- make_fixture.sh with version 0.1.0 installed.
SELECT association.define_model('Team', '{"name": "STRING", "city": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER"}');
SELECT association.define_model('Captain', '{"name": {"type": "STRING", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('Ship', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Movie', '{"title": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING"}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.has_one('Captain', 'Ship');
SELECT association.belongs_to('Ship', 'Captain', '{"as": "leader", "foreignKey": "leaderId"}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies"}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');
SELECT count(*) FROM association.sync();
SELECT association.create('Team', '{"name": "Ajax", "city": "Amsterdam"}');
SELECT association.create('Team', '{"name": "PSV", "city": "Eindhoven"}');
SELECT association.create_associated('Team', 1, 'Players', '{"name": "Ann", "score": 5}');
SELECT association.create_associated('Team', 1, 'Players', '{"name": "Bob", "score": 7}');
SELECT association.create('Player', '{"name": "Cid", "score": 3}');
SELECT association.create('Captain', '{"name": "Jack"}');
SELECT association.create('Ship', '{"name": "Pearl"}');
SELECT association.set('Captain', 1, 'Ship', 1);
SELECT association.set('Ship', 1, 'leader', 1);
SELECT association.create('Movie', '{"title": "Heat"}');
SELECT association.create('Actor', '{"name": "Pacino"}');
SELECT association.create('Actor', '{"name": "De Niro"}');
SELECT association.add('Movie', 1, 'Actors', '[1, 2]');
INSERT INTO team_players (source_key, id) VALUES (2, 3);
