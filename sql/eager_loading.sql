-- Eager loading: find_all / find_one / find_and_count_all with include
-- (Sequelize v6 guide "Basics of
-- queries involving associations" and "Association Aliases & Custom Foreign Keys").
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_eager;
SET search_path = t_eager, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- e(sql) is err() without the hint, for the many error lines below
CREATE FUNCTION e(sql text) RETURNS text LANGUAGE sql AS $$ SELECT split_part(err(sql), E'\n', 1) $$;

---------------------------------------------------------------------------
-- Sequelize v6 guide "Basics of queries involving associations": Ship and Captain
---------------------------------------------------------------------------
SELECT association.define_model('ship', '{"name": "TEXT", "crewCapacity": "INTEGER", "amountOfSails": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('captain', '{"name": "TEXT", "skillLevel": {"type": "INTEGER", "validate": {"min": 1, "max": 10}}}', '{"timestamps": false}');
SELECT association.has_one('captain', 'ship');
SELECT association.belongs_to('ship', 'captain');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO captains (id, name, "skillLevel") VALUES (1, 'Jack Sparrow', 10), (2, 'Hector Barbossa', 8), (3, 'Davy Jones', 9);
INSERT INTO ships (id, name, "crewCapacity", "amountOfSails", "captainId") VALUES
  (1, 'Black Pearl', 100, 20, 1), (2, 'Flying Dutchman', 150, 30, 3), (3, 'Interceptor', 40, 8, NULL);

-- Lazy loading: Captain.findOne({where: {name: "Jack Sparrow"}}) then getShip()
SELECT association.find_one('captain', '{"where": {"name": "Jack Sparrow"}}');
SELECT * FROM association.get('captain', 1, 'ship');
-- Eager loading: Captain.findOne({where: {name: "Jack Sparrow"}, include: Ship})
SELECT association.find_one('captain', '{"where": {"name": "Jack Sparrow"}, "include": {"model": "ship"}}');
-- awesomeCaptain.ship.name, awesomeCaptain.ship.amountOfSails
SELECT c->>'name' AS name, c->'skillLevel' AS "skillLevel", c->'ship'->>'name' AS ship_name,
       c->'ship'->'amountOfSails' AS "amountOfSails"
  FROM association.find_one('captain', '{"where": {"name": "Jack Sparrow"}, "include": "ship"}') c;
-- a captain without a ship: the singular association is null
SELECT association.find_one('captain', '{"where": {"name": "Hector Barbossa"}, "include": "ship"}');
-- find_one with nothing matching is NULL
SELECT association.find_one('captain', '{"where": {"name": "Will Turner"}, "include": "ship"}') IS NULL AS is_null;
SELECT association.find_one('captain', '{"where": {"name": "Will Turner"}}') IS NULL AS is_null;

-- "Recap: the default setup": Ship.belongsTo(Captain) — by model, and by the association name 'captain'
SELECT * FROM association.find_all('ship', '{"include": {"model": "captain"}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": "captain", "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": ["captain"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": [{"model": "captain"}], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": {"association": "captain"}, "order": [["id", "ASC"]]}');
-- an un-aliased association answers to its default name given as "as"
SELECT * FROM association.find_all('ship', '{"include": {"model": "captain", "as": "captain"}, "order": [["id", "ASC"]]}');
-- the model name is not an association name
SELECT err($$SELECT association.find_all('ship', '{"include": "Captain"}')$$);
-- a wrong alias on an un-aliased association
SELECT err($$SELECT association.find_all('ship', '{"include": {"model": "captain", "as": "boss"}}')$$);

-- "Providing the foreign key name directly": Ship.belongsTo(Captain, {foreignKey: 'bossId'})
SELECT association.drop_association('ship', 'captain');
SELECT association.belongs_to('ship', 'captain', '{"foreignKey": "bossId"}');
SELECT count(*) > 0 AS synced FROM association.sync();
UPDATE ships SET "bossId" = "captainId";
SELECT * FROM association.find_all('ship', '{"include": {"model": "captain"}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": "captain", "order": [["id", "ASC"]]}');
-- the guide's include: 'Captain' is an error in v6, verbatim, SQLSTATE 42P10
SELECT err($$SELECT association.find_all('ship', '{"include": "Captain"}')$$);

-- "Defining an Alias": Ship.belongsTo(Captain, {as: 'leader'})
SELECT association.drop_association('ship', 'captain');
SELECT association.belongs_to('ship', 'captain', '{"as": "leader"}');
SELECT count(*) > 0 AS synced FROM association.sync();
UPDATE ships SET "leaderId" = "bossId";
-- by model alone: throws
SELECT err($$SELECT association.find_all('ship', '{"include": {"model": "captain"}}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": [{"model": "captain"}]}')$$);
-- by alias, by {model, as}, by {association}, by {as} alone
SELECT * FROM association.find_all('ship', '{"include": "leader", "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": {"model": "captain", "as": "leader"}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": {"association": "leader"}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": {"as": "leader"}, "order": [["id", "ASC"]]}');
-- the wrong alias
SELECT err($$SELECT association.find_all('ship', '{"include": {"model": "captain", "as": "boss"}}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": {"association": "leader", "as": "boss"}}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": "boss"}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": {"association": "boss"}}')$$);
-- the other side (captain.hasOne(ship)) is unchanged
SELECT association.find_one('captain', '{"where": {"id": 3}, "include": {"model": "ship"}}');

-- "Doing both things": Ship.belongsTo(Captain, {as: 'leader', foreignKey: 'bossId'})
SELECT association.drop_association('ship', 'leader');
SELECT association.belongs_to('ship', 'captain', '{"as": "leader", "foreignKey": "bossId"}');
SELECT count(*) > 0 AS synced FROM association.sync();
UPDATE ships SET "bossId" = 2 WHERE id = 3;
SELECT e($$SELECT association.find_all('ship', '{"include": {"model": "captain"}}')$$);
SELECT * FROM association.find_all('ship', '{"include": "leader", "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('ship', '{"include": {"model": "captain", "as": "leader"}, "order": [["id", "ASC"]]}');
-- the same, with captain.hasOne(ship) nested back: ship -> leader -> ship
SELECT * FROM association.find_all('ship', '{"include": {"association": "leader", "include": "ship"}, "order": [["id", "ASC"]]}');

-- several associations between the same models (Sequelize v6 guide Mail/Person sender and receiver)
SELECT association.define_model('Person', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Mail', '{"subject": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('Mail', 'Person', '{"as": "sender"}');
SELECT association.belongs_to('Mail', 'Person', '{"as": "receiver"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "People" (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO "Mails" (id, subject, "senderId", "receiverId") VALUES (1, 'hi', 1, 2), (2, 'note to self', 2, 2), (3, 'lost', NULL, 1);
SELECT err($$SELECT association.find_all('Mail', '{"include": {"model": "Person"}}')$$);
SELECT e($$SELECT association.find_all('Mail', '{"include": {"model": "Person", "as": "author"}}')$$);
SELECT * FROM association.find_all('Mail', '{"include": [{"model": "Person", "as": "sender"}, {"model": "Person", "as": "receiver"}], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Mail', '{"include": ["receiver"], "order": [["id", "ASC"]]}');
-- not associated at all, either way
SELECT err($$SELECT association.find_all('ship', '{"include": {"model": "Person"}}')$$);
SELECT e($$SELECT association.find_all('Person', '{"include": {"model": "Mail"}}')$$);
-- an unknown model in include is an unknown model (42704), not an alias error
SELECT e($$SELECT association.find_all('ship', '{"include": {"model": "Nope"}}')$$);
-- Include unexpected: neither a Model, an Association nor an object
SELECT err($$SELECT association.find_all('ship', '{"include": 42}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": [true]}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": [["leader"]]}')$$);
SELECT e($$SELECT association.find_all('ship', '{"include": {}}')$$);
-- unknown include keys are named
SELECT e($$SELECT association.find_all('ship', '{"include": {"association": "leader", "wehre": {}}}')$$);
SELECT e($$SELECT association.find_all('ship', '{"inclde": "leader"}')$$);

---------------------------------------------------------------------------
-- a richer schema: teams, players (underscored), coaches, users/projects (n:m)
---------------------------------------------------------------------------
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"fullName": "STRING", "score": "INTEGER", "position": "STRING"}', '{"timestamps": false, "underscored": true}');
SELECT association.define_model('Coach', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Goal', '{"minute": "INTEGER"}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.has_one('Team', 'Coach');
SELECT association.has_many('Player', 'Goal');
-- an aliased hasMany with an association scope
SELECT association.has_many('Team', 'Player', '{"as": "Keepers", "scope": {"position": "GK"}}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Teams" (id, name) VALUES (1, 'Ajax'), (2, 'PSV'), (3, 'Empty FC');
INSERT INTO players (id, full_name, score, position, team_id) VALUES
  (1, 'Alice', 90, 'FW', 1), (2, 'Bram', 70, 'MF', 1), (3, 'Cees', 85, 'GK', 1), (4, 'Dirk', 60, 'DF', 1),
  (5, 'Edo', 95, 'FW', 1), (6, 'Frank', 40, 'GK', 2), (7, 'Gijs', 55, 'FW', 2), (8, 'Hans', 99, 'FW', NULL);
INSERT INTO "Coaches" (id, name, "TeamId") VALUES (1, 'Erik', 1);
INSERT INTO "Goals" (id, minute, "PlayerId") VALUES (1, 80, 1), (2, 10, 1), (3, 33, 5), (4, 12, 7);

-- plural: an array ordered by the target's primary key, [] when none; keys are
-- attribute names (TeamId, fullName), not column names (team_id, full_name)
SELECT * FROM association.find_all('Team', '{"include": "Players", "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"model": "Player"}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- singular hasOne: an object or null
SELECT * FROM association.find_all('Team', '{"include": "Coach", "order": [["id", "ASC"]]}');
-- belongsTo from the underscored side
SELECT * FROM association.find_all('Player', '{"include": {"model": "Team"}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
-- by model: Player is associated to Team twice (Players and Keepers), the un-aliased one answers
SELECT e($$SELECT association.find_all('Team', '{"include": {"model": "Player", "as": "Strikers"}}')$$);
SELECT * FROM association.find_all('Team', '{"include": {"model": "Player", "as": "Keepers"}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- the association scope filters the included rows (position = GK)
SELECT * FROM association.find_all('Team', '{"include": {"association": "Keepers", "attributes": ["fullName", "position"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- a list of includes, each once
SELECT * FROM association.find_all('Team', '{"include": ["Coach", {"association": "Players", "attributes": ["id"]}, "Keepers"], "order": [["id", "ASC"]]}');

-- include attributes: a list, or {"exclude": [...]}
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["fullName", "score"]}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": {"exclude": ["id", "TeamId", "position"]}}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Coach", "attributes": []}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "attributes": ["nope"]}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "attributes": {"only": ["id"]}}}')$$);

-- required: inner-join semantics, parents without a matching child are dropped
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "required": true, "attributes": ["id"]}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Coach", "required": true}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "required": true}, "attributes": ["id"], "order": [["id", "ASC"]]}');
-- where on an include filters the included rows and implies required ...
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "where": {"position": "GK"}, "attributes": ["fullName"]}, "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "where": {"score": {"gte": 90}}, "attributes": ["fullName"]}, "order": [["id", "ASC"]]}');
-- ... unless required is false
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "where": {"score": {"gte": 90}}, "required": false, "attributes": ["fullName"]}, "order": [["id", "ASC"]]}');
-- where on a singular include
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "where": {"name": "PSV"}}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "where": {"name": "PSV"}, "required": false}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
-- include where and the association scope are both applied
SELECT * FROM association.find_all('Team', '{"include": {"association": "Keepers", "where": {"score": {"gt": 50}}, "attributes": ["fullName"]}, "order": [["id", "ASC"]]}');
-- a where that matches nothing drops every parent
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "where": {"fullName": "Nobody"}}}');

-- nested includes: team -> players -> goals, and player -> team -> coach
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["fullName"], "include": {"association": "Goals", "attributes": ["minute"]}}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"model": "Team", "attributes": ["name"], "include": [{"model": "Coach", "attributes": ["name"]}]}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
-- a required grandchild filters the child's rows; the parent stays (LEFT JOIN (child INNER JOIN grandchild))
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["fullName"], "include": {"association": "Goals", "required": true, "attributes": ["minute"]}}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- required all the way down: only teams with a player with a goal
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "required": true, "attributes": ["fullName"], "include": {"association": "Goals", "where": {"minute": {"lt": 30}}, "attributes": ["minute"]}}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- a belongsTo target with includes of its own is looked up per parent row
-- (memoized by the planner when parents share it): players sharing a team
-- each get the whole team with its players; a required or filtered include
-- inside it filters the team's rows, the player stays
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "attributes": ["name"], "include": {"association": "Players", "attributes": ["id"], "order": [["id", "DESC"]]}}, "attributes": ["id"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "attributes": ["name"], "include": {"association": "Players", "where": {"position": "GK"}, "attributes": ["fullName"]}}, "attributes": ["id"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Team", "attributes": ["name"], "include": [{"association": "Coach", "required": true, "attributes": ["name"]}, {"association": "Players", "attributes": ["id"], "include": {"association": "Goals", "attributes": ["minute"]}}]}, "attributes": ["id"], "order": [["id", "DESC"]]}');
-- a nested include resolves against its own model: Coach is not associated to Player
SELECT err($$SELECT association.find_all('Team', '{"include": {"association": "Players", "include": {"model": "Coach"}}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "include": "Coach"}}')$$);

-- any depth up to 16; 17 levels is an error (54000)
-- deep(n): n nested includes alternating Player -> Team -> Players -> Team ...
CREATE FUNCTION deep(n int, i int DEFAULT 1) RETURNS jsonb LANGUAGE sql AS $$
  SELECT CASE WHEN i > n THEN NULL
              WHEN i % 2 = 1 THEN jsonb_strip_nulls(jsonb_build_object('association', 'Team', 'attributes', '["id"]'::jsonb, 'include', deep(n, i + 1)))
              ELSE jsonb_strip_nulls(jsonb_build_object('association', 'Players', 'attributes', '["id"]'::jsonb, 'where', '{"id": 1}'::jsonb, 'include', deep(n, i + 1))) END $$;
SELECT deep(3);
SELECT * FROM association.find_all('Player', jsonb_build_object('include', deep(3), 'attributes', '["id"]'::jsonb, 'where', '{"id": 1}'::jsonb));
SELECT length(f::text) AS len, jsonb_path_query_array(f::jsonb, 'strict $.**.id') AS ids
  FROM association.find_all('Player', jsonb_build_object('include', deep(16), 'attributes', '["id"]'::jsonb, 'where', '{"id": 1}'::jsonb)) f;
SELECT err(format('SELECT association.find_all(%L, %L)', 'Player', jsonb_build_object('include', deep(17))));
SELECT e(format('SELECT association.find_one(%L, %L)', 'Player', jsonb_build_object('include', deep(17))));
SELECT e(format('SELECT association.find_and_count_all(%L, %L)', 'Player', jsonb_build_object('include', deep(17))));

-- per-parent order, limit and offset on plural includes: the top 3 players of each team
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "order": [["score", "DESC"]], "limit": 3, "attributes": ["fullName", "score"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "order": [["score", "DESC"]], "limit": 2, "offset": 1, "attributes": ["fullName", "score"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "offset": 4, "attributes": ["id"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "order": [["position", "ASC"], ["fullName", "DESC"]], "attributes": ["fullName", "position"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "order": ["fullName"], "limit": 1, "attributes": ["fullName"]}, "attributes": ["name"], "order": [["name", "DESC"]]}');
-- limit 0 gives [] (never null); limit with where and required
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "limit": 0}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "where": {"position": "FW"}, "order": [["score", "ASC"]], "limit": 1, "attributes": ["fullName", "score"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- nested per-parent limit: each player's first goal
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["fullName"], "include": {"association": "Goals", "order": [["minute", "ASC"]], "limit": 1, "attributes": ["minute"]}}, "attributes": ["name"], "where": {"id": 1}}');
-- order/limit/offset belong to plural includes; bad values are errors
SELECT err($$SELECT association.find_all('Player', '{"include": {"association": "Team", "limit": 1}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Coach", "order": [["name", "ASC"]]}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "limit": -1}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "limit": "3"}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "offset": 1.5}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "order": [["nope", "ASC"]]}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "order": [["score", "SIDEWAYS"]]}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "order": "score"}}')$$);

-- "count": true gives the number of associated rows instead of the rows
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "count": true}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": [{"association": "Players", "count": true, "where": {"position": "FW"}, "required": false}, {"association": "Keepers", "count": true}], "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "count": true}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["fullName"], "include": {"association": "Goals", "count": true}}, "attributes": ["name"], "where": {"id": 1}}');

-- top-level where on an included column, "$alias.attribute$": the include becomes
-- required and its rows are filtered by the condition (Sequelize's JOIN + WHERE)
SELECT * FROM association.find_all('Team', '{"where": {"$Players.score$": {"gt": 80}}, "include": {"association": "Players", "attributes": ["fullName", "score"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"where": {"$Players.position$": "GK", "name": {"ne": "Ajax"}}, "include": {"association": "Players", "attributes": ["fullName"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"where": {"$Team.name$": "PSV"}, "include": "Team", "attributes": ["fullName"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Player', '{"where": {"$Team.Coach.name$": "Erik"}, "include": {"association": "Team", "attributes": ["name"], "include": "Coach"}, "attributes": ["id"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Team', '{"where": {"$Players.Goals.minute$": {"lt": 15}}, "include": {"association": "Players", "attributes": ["fullName"], "include": {"association": "Goals", "attributes": ["minute"]}}, "attributes": ["name"], "order": [["id", "ASC"]]}');
-- the alias must be included
SELECT err($$SELECT association.find_all('Team', '{"where": {"$Players.score$": 1}}')$$);
SELECT e($$SELECT association.find_all('Team', '{"where": {"$Coach.name$": "Erik"}, "include": "Players"}')$$);
SELECT e($$SELECT association.find_all('Team', '{"where": {"$Players.nope$": 1}, "include": "Players"}')$$);

-- {"all": true}: every association of the model
SELECT * FROM association.find_all('Team', '{"include": {"all": true}, "where": {"id": 1}}');
SELECT * FROM association.find_all('Player', '{"include": [{"all": true}], "attributes": ["fullName"], "order": [["id", "ASC"]]}');
-- {"all": true} with a nested include gives it to every association
SELECT * FROM association.find_all('Player', '{"include": {"all": true, "include": {"all": true}}, "attributes": ["fullName"], "where": {"id": 7}}');
-- an explicit element next to {"all": true} wins for its association (Sequelize _expandIncludeAll)
SELECT * FROM association.find_all('Player', '{"include": [{"all": true}, {"association": "Goals", "attributes": ["minute"]}], "attributes": ["fullName"], "where": {"id": 1}}');
-- the other options of an {"all": true} element apply to every association it
-- expands to (Sequelize clones the element: Utils.cloneDeep(include)), here required
SELECT * FROM association.find_all('Player', '{"include": {"all": true, "required": true}, "attributes": ["fullName"], "order": [["id", "ASC"]]}');
-- the same association twice is an error
SELECT e($$SELECT association.find_all('Team', '{"include": ["Players", {"model": "Player"}]}')$$);

-- top-level options: limit and offset count parents, never joined rows
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["id"]}, "attributes": ["name"], "order": [["id", "ASC"]], "limit": 1}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["id"]}, "attributes": ["name"], "order": [["id", "ASC"]], "limit": 1, "offset": 1}');
SELECT * FROM association.find_all('Team', '{"include": {"association": "Players", "attributes": ["id"]}, "attributes": {"exclude": ["id"]}, "order": [["name", "DESC"]]}');
-- find_one takes the first parent in order, with all its children
SELECT association.find_one('Team', '{"include": {"association": "Players", "attributes": ["fullName"]}, "attributes": ["name"], "order": [["name", "DESC"]]}');
SELECT association.find_one('Team', '{"include": {"association": "Players", "where": {"position": "MF"}, "attributes": ["fullName"]}, "attributes": ["name"]}');
SELECT association.find_one('Team', '{"include": {"association": "Players", "where": {"position": "XX"}}}') IS NULL AS is_null;

-- find_and_count_all: the count of parents (not of joined rows), ignoring limit and offset
SELECT association.find_and_count_all('Team', '{"include": {"association": "Players", "attributes": ["fullName"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT association.find_and_count_all('Team', '{"include": {"association": "Players", "where": {"position": "FW"}, "attributes": ["fullName"]}, "attributes": ["name"], "order": [["id", "ASC"]], "limit": 1}');
SELECT association.find_and_count_all('Team', '{"include": {"association": "Players", "where": {"position": "FW"}, "attributes": ["fullName"]}, "attributes": ["name"], "order": [["id", "ASC"]], "offset": 5}');
SELECT association.find_and_count_all('Team', '{"where": {"$Players.score$": {"gt": 50}}, "include": {"association": "Players", "attributes": ["fullName"]}, "attributes": ["name"], "order": [["id", "ASC"]]}');
SELECT association.find_and_count_all('Player', '{"where": {"score": {"gt": 1000}}}');
SELECT association.find_and_count_all('Player', '{"include": {"association": "Team", "required": true, "include": {"association": "Coach", "required": true}}, "attributes": ["id"], "order": [["id", "ASC"]], "limit": 2}');

---------------------------------------------------------------------------
-- belongsToMany: junction data under the junction model's name, through options
---------------------------------------------------------------------------
SELECT association.define_model('User', '{"username": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Project', '{"title": "STRING", "kind": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"status": "STRING", "role": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects"}');
-- a scoped n:m with an alias: only open-source projects, only junction rows tagged "oss"
SELECT association.define_model('Star', '{"note": "STRING", "tag": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"through": {"model": "Star", "scope": {"tag": "oss"}}, "scope": {"kind": "oss"}, "as": "StarredProjects", "foreignKey": "userId", "otherKey": "projectId"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Users" (id, username) VALUES (1, 'ann'), (2, 'bob'), (3, 'cid');
INSERT INTO "Projects" (id, title, kind) VALUES (1, 'pg', 'oss'), (2, 'bank', 'closed'), (3, 'linux', 'oss');
INSERT INTO "UserProjects" ("UserId", "ProjectId", status, role) VALUES
  (1, 1, 'active', 'lead'), (1, 2, 'inactive', 'dev'), (1, 3, 'active', 'dev'), (2, 1, 'active', 'dev');
INSERT INTO "Stars" ("userId", "projectId", note, tag) VALUES
  (1, 1, 'love it', 'oss'), (1, 2, 'hmm', 'oss'), (1, 3, 'old', 'other'), (2, 3, 'yes', 'oss');

SELECT * FROM association.find_all('User', '{"include": "Projects", "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('Project', '{"include": {"model": "User", "attributes": ["username"]}, "attributes": ["title"], "order": [["id", "ASC"]]}');
-- through.attributes: a list, exclude, or [] to omit the junction data
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"attributes": ["status"]}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"attributes": {"exclude": ["UserId", "ProjectId"]}}}, "attributes": ["username"], "where": {"id": 1}}');
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"attributes": []}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
-- through.as renames the junction key
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"as": "membership", "attributes": ["role"]}}, "attributes": ["username"], "where": {"id": 1}}');
-- through.where filters the junction rows; alone it does not make the include required
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"where": {"status": "active"}, "attributes": ["status"]}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "required": true, "through": {"where": {"role": "dev"}, "attributes": []}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
-- where on the target of an n:m include (implies required), per-parent order and limit, count
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "where": {"kind": "oss"}, "attributes": ["title"], "through": {"attributes": []}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "order": [["title", "DESC"]], "limit": 2, "attributes": ["title"], "through": {"attributes": ["status"]}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "count": true, "through": {"where": {"status": "active"}}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
-- the target scope (kind = oss) and the through scope (tag = oss) both apply; junction data under "Star"
SELECT * FROM association.find_all('User', '{"include": {"association": "StarredProjects", "attributes": ["title"], "through": {"attributes": ["note"]}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
SELECT * FROM association.find_all('User', '{"include": {"model": "Project", "as": "StarredProjects", "attributes": ["title"]}, "attributes": ["username"], "where": {"id": 1}}');
-- by model: Project is associated to User twice
SELECT e($$SELECT association.find_all('User', '{"include": {"model": "Project", "as": "Starred"}}')$$);
-- nested through an n:m: user -> projects -> users
SELECT * FROM association.find_all('User', '{"include": {"association": "Projects", "attributes": ["title"], "through": {"attributes": []}, "include": {"association": "Users", "attributes": ["username"], "through": {"attributes": ["role"]}}}, "attributes": ["username"], "where": {"id": 2}}');
-- $alias.attr$ through an n:m
SELECT * FROM association.find_all('User', '{"where": {"$Projects.title$": "linux"}, "include": {"association": "Projects", "attributes": ["title"], "through": {"attributes": []}}, "attributes": ["username"], "order": [["id", "ASC"]]}');
-- through on a non-n:m include, and bad through options
SELECT e($$SELECT association.find_all('Team', '{"include": {"association": "Players", "through": {"attributes": []}}}')$$);
SELECT e($$SELECT association.find_all('User', '{"include": {"association": "Projects", "through": {"attrs": []}}}')$$);
SELECT e($$SELECT association.find_all('User', '{"include": {"association": "Projects", "through": {"attributes": ["nope"]}}}')$$);
SELECT e($$SELECT association.find_all('User', '{"include": {"association": "Projects", "through": "UserProjects"}}')$$);

-- where values are parameters, never SQL text
SELECT * FROM association.find_all('Team', $${"include": {"association": "Players", "where": {"fullName": "x'); DROP TABLE players; --"}}}$$);
SELECT count(*) FROM players;

---------------------------------------------------------------------------
-- the plan: a hasMany include reads the child through its foreign-key index
---------------------------------------------------------------------------
-- EXPLAIN of SELECT * FROM association.find_all(...) only shows a Function
-- Scan, and the generated statement is not observable without logging (whose
-- output carries costs) or pg_stat_statements (not installed).  So the
-- statements src/include.c builds (include_find_sql/append_child_value; text
-- taken from auto_explain's "Query Text") are prepared here by hand, verbatim,
-- with the same parameters, and run with a generic plan as find_all's kept
-- plan is; fk_index_plan() reads their EXPLAIN (COSTS OFF).  sync created the
-- index on the child's foreign key ("Goals"."PlayerId").
SELECT indexdef FROM pg_indexes WHERE schemaname = 't_eager' AND tablename = 'Goals' AND indexdef LIKE '%PlayerId%';
-- 1000 more players (no team) with 10 goals each
INSERT INTO players (id, full_name, score) SELECT p, 'p' || p, p % 100 FROM generate_series(1001, 2000) p;
INSERT INTO "Goals" (id, minute, "PlayerId") SELECT 100 + g, g % 90, 1001 + g % 1000 FROM generate_series(0, 9999) g;
ANALYZE "Goals";
ANALYZE players;
-- fk_index_plan(sql): whether EXPLAIN (COSTS OFF) of sql reads "Goals" through
-- its foreign-key index (Index Scan, Index Only Scan or Bitmap Index Scan on
-- "Goals_PlayerId_idx") and whether it has a Seq Scan on "Goals"
CREATE FUNCTION fk_index_plan(sql text, OUT fk_index_scan boolean, OUT seq_scan_on_child boolean) LANGUAGE plpgsql AS $$
DECLARE line text;
BEGIN
  fk_index_scan := false; seq_scan_on_child := false;
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || sql LOOP
    fk_index_scan := fk_index_scan OR line ~ 'Index (Only )?Scan (using|on) "Goals_PlayerId_idx"';
    seq_scan_on_child := seq_scan_on_child OR line ~ 'Seq Scan on "Goals"';
  END LOOP;
END $$;
SET plan_cache_mode = force_generic_plan;
-- find_all('Player', '{"include": {"association": "Goals", "attributes": ["minute"]}, "attributes": ["fullName"], "where": {"id": 1}}')
PREPARE plural(integer) AS SELECT jsonb_build_object('fullName', t0.full_name, 'Goals', COALESCE((SELECT pg_catalog.jsonb_agg(jsonb_build_object('minute', t1.minute) ORDER BY t1.id) FROM t_eager."Goals" t1 WHERE t1."PlayerId" OPERATOR(pg_catalog.=) t0.id), '[]'::jsonb)) FROM t_eager.players t0 WHERE TRUE AND (t0.id OPERATOR(pg_catalog.=) $1);
SELECT * FROM fk_index_plan('EXECUTE plural(1)');
EXECUTE plural(1);
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "attributes": ["minute"]}, "attributes": ["fullName"], "where": {"id": 1}}');
-- a per-parent limit: find_all('Player', '{"include": {"association": "Goals", "attributes": ["minute"], "limit": 3}, "attributes": ["fullName"], "where": {"id": 1002}}')
PREPARE top_n(bigint, integer) AS SELECT jsonb_build_object('fullName', t0.full_name, 'Goals', COALESCE((SELECT pg_catalog.jsonb_agg(s.j ORDER BY s.n) FROM (SELECT jsonb_build_object('minute', t1.minute) AS j, row_number() OVER (ORDER BY t1.id) AS n FROM t_eager."Goals" t1 WHERE t1."PlayerId" OPERATOR(pg_catalog.=) t0.id ORDER BY t1.id LIMIT $1) s), '[]'::jsonb)) FROM t_eager.players t0 WHERE TRUE AND (t0.id OPERATOR(pg_catalog.=) $2);
SELECT * FROM fk_index_plan('EXECUTE top_n(3, 1002)');
EXECUTE top_n(3, 1002);
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "attributes": ["minute"], "limit": 3}, "attributes": ["fullName"], "where": {"id": 1002}}');
-- a count include: find_all('Player', '{"include": {"association": "Goals", "count": true}, "attributes": ["fullName"], "where": {"id": 1002}}')
PREPARE counted(integer) AS SELECT jsonb_build_object('fullName', t0.full_name, 'Goals', (SELECT count(*) FROM t_eager."Goals" t1 WHERE t1."PlayerId" OPERATOR(pg_catalog.=) t0.id)) FROM t_eager.players t0 WHERE TRUE AND (t0.id OPERATOR(pg_catalog.=) $1);
SELECT * FROM fk_index_plan('EXECUTE counted(1002)');
EXECUTE counted(1002);
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "count": true}, "attributes": ["fullName"], "where": {"id": 1002}}');
DEALLOCATE ALL;
RESET plan_cache_mode;
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "attributes": ["id"], "limit": 3}, "attributes": ["fullName"], "where": {"id": 1002}}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "count": true}, "attributes": ["fullName"], "order": [["id", "ASC"]], "where": {"id": {"in": [1, 2, 1500]}}}');
SELECT * FROM association.find_all('Player', '{"include": {"association": "Goals", "attributes": ["minute"], "order": [["minute", "DESC"]], "limit": 3}, "attributes": ["fullName"], "where": {"id": 1500}}');

-- errors on the find itself
SELECT e($$SELECT association.find_all('Nope')$$);
SELECT e($$SELECT association.find_all('Team', '{"where": "id = 1"}')$$);
SELECT e($$SELECT association.find_all('Team', '{"limit": -1}')$$);
SELECT e($$SELECT association.find_one('Team', '{"order": [["nope", "ASC"]]}')$$);
SELECT e($$SELECT association.find_and_count_all('Team', '{"include": "Nope"}')$$);

DROP SCHEMA t_eager CASCADE;
DROP EXTENSION association CASCADE;
