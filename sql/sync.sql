-- sync: DDL order, sync_sql, idempotence, altering existing tables, indexes, force, drops,
-- accessor view names and collisions, transactions, options.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_sync;
SET search_path = t_sync, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql

-- sync_sql returns the DDL without running it
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT * FROM association.sync_sql();
SELECT to_regclass('"Teams"') AS teams, to_regclass('"Players"') AS players, to_regclass('team_players') AS view;
SELECT count(*) FROM association.sync_objects;
-- sync runs the same DDL, in the same order
SELECT * FROM association.sync();
SELECT to_regclass('"Teams"') AS teams, to_regclass('"Players"') AS players, to_regclass('team_players') AS view;
-- idempotent: a second sync runs nothing, sync_sql has nothing to say
SELECT * FROM association.sync();
SELECT * FROM association.sync_sql();

-- everything in the caller's transaction: BEGIN; sync; ROLLBACK leaves nothing
SELECT association.define_model('Coach', '{}', '{"timestamps": false}');
SELECT association.has_many('Coach', 'Player');
BEGIN;
SELECT * FROM association.sync();
ROLLBACK;
SELECT to_regclass('"Coaches"') AS coaches, to_regclass('coach_players') AS view;
SELECT * FROM cols('"Players"');
-- an error inside sync leaves nothing behind either: the view name is taken by a table
CREATE TABLE coach_players (x int);
SELECT errd($$SELECT association.sync()$$);
SELECT to_regclass('"Coaches"') AS coaches;
SELECT * FROM cols('"Players"');
DROP TABLE coach_players;
SELECT * FROM association.sync();

-- existing tables are adopted; sync adds the missing FK column (ALTER TABLE ... ADD COLUMN)
SELECT reset();
CREATE TABLE "Owners" (id integer PRIMARY KEY, name text);
CREATE TABLE "Pets" (id integer PRIMARY KEY, name text);
SELECT association.define_model('Owner', '{}', '{"timestamps": false}');
SELECT association.define_model('Pet', '{}', '{"timestamps": false}');
SELECT association.has_many('Owner', 'Pet');
SELECT * FROM association.sync();
SELECT * FROM cols('"Pets"');
SELECT * FROM cons('"Pets"');
SELECT * FROM idx('"Pets"');
-- an existing column without constraint gets ALTER TABLE ... ADD FOREIGN KEY and an index
CREATE TABLE "Toys" (id integer PRIMARY KEY, "PetId" integer);
SELECT association.define_model('Toy', '{}', '{"timestamps": false}');
SELECT association.has_many('Pet', 'Toy');
SELECT * FROM association.sync();
SELECT * FROM cons('"Toys"');
SELECT * FROM idx('"Toys"');
-- an index that already leads with the column is enough: no new index
CREATE TABLE "Bowls" (id integer PRIMARY KEY, "PetId" integer);
CREATE INDEX bowls_pet_first ON "Bowls" ("PetId", id);
SELECT association.define_model('Bowl', '{}', '{"timestamps": false}');
SELECT association.has_many('Pet', 'Bowl');
SELECT * FROM association.sync();
SELECT * FROM idx('"Bowls"');
-- an index where the column is not first does not count
CREATE TABLE "Beds" (id integer PRIMARY KEY, "PetId" integer);
CREATE INDEX beds_id_pet ON "Beds" (id, "PetId");
SELECT association.define_model('Bed', '{}', '{"timestamps": false}');
SELECT association.has_many('Pet', 'Bed');
SELECT * FROM association.sync();
SELECT * FROM idx('"Beds"');
-- index: false skips the index, on a new table too
SELECT association.define_model('Collar', '{}', '{"timestamps": false}');
SELECT association.has_many('Pet', 'Collar', '{"index": false}');
SELECT association.belongs_to('Pet', 'Owner', '{"as": "Vet", "index": false}');
SELECT * FROM association.sync();
SELECT * FROM idx('"Collars"');
SELECT * FROM idx('"Pets"');
SELECT * FROM association.sync();

-- drop_association then sync: the view and the FK constraint go, the column and its data stay
INSERT INTO "Owners" VALUES (1, 'ann');
INSERT INTO "Pets" (id, name, "OwnerId") VALUES (1, 'rex', 1);
SELECT association.drop_association('Owner', 'Pets');
SELECT * FROM association.sync();
SELECT to_regclass('owner_pets') AS view;
SELECT * FROM cols('"Pets"');
SELECT * FROM cons('"Pets"');
SELECT id, name, "OwnerId" FROM "Pets";
SELECT * FROM association.sync();
SELECT err($$SELECT association.drop_association('Owner', 'Pets')$$);

-- accessorView: a name, or false for none
SELECT reset();
SELECT association.define_model('Ship', '{}', '{"timestamps": false}');
SELECT association.define_model('Captain', '{}', '{"timestamps": false}');
SELECT association.define_model('Sailor', '{}', '{"timestamps": false}');
SELECT association.has_one('Ship', 'Captain', '{"as": "leader", "accessorView": "the_leaders"}');
SELECT association.has_many('Ship', 'Sailor', '{"accessorView": false}');
SELECT * FROM association.sync();
SELECT relname, relkind FROM pg_class WHERE relnamespace = 't_sync'::regnamespace AND relkind = 'v' ORDER BY relname;
SELECT err($$SELECT association.has_many('Ship', 'Sailor', '{"as": "Crew", "accessorView": 42}')$$);

-- a view name taken by another relation is an error 42710 naming it
CREATE TABLE ship_officers (id int);
SELECT association.has_many('Ship', 'Sailor', '{"as": "officers"}');
SELECT errd($$SELECT association.sync()$$);
SELECT errd($$SELECT * FROM association.sync_sql()$$);
SELECT association.drop_association('Ship', 'officers');
DROP TABLE ship_officers;
-- two associations wanting the same view name
SELECT association.has_many('Ship', 'Sailor', '{"as": "Crew", "accessorView": "the_leaders"}');
SELECT err($$SELECT association.sync()$$);
SELECT association.drop_association('Ship', 'Crew');
-- a view name that is the name of a model's table being created by the same sync
-- (User.belongsToMany(Place, {through: 'user_places'}) wants the view user_places)
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Place', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Place', '{"through": "user_places"}');
SELECT errd($$SELECT association.sync()$$);
SELECT errd($$SELECT * FROM association.sync_sql()$$);
SELECT association.drop_association('User', 'Places');
SELECT * FROM association.sync();

-- {"force": true} drops and recreates the models' tables
INSERT INTO "Ships" (id) VALUES (1);
SELECT * FROM association.sync('{"force": true}');
SELECT count(*) FROM "Ships";
-- the recreated tables are the declared ones: identity id as before
SELECT attname, attidentity FROM pg_attribute WHERE attrelid = '"Ships"'::regclass AND attnum > 0 ORDER BY attnum;
INSERT INTO "Ships" DEFAULT VALUES RETURNING id;
SELECT relname, relkind FROM pg_class WHERE relnamespace = 't_sync'::regnamespace AND relkind IN ('r', 'v') ORDER BY relname;
SELECT * FROM association.sync();

-- invalid sync options
SELECT err($$SELECT association.sync('{"forse": true}')$$);
SELECT err($$SELECT association.sync('{"force": "yes"}')$$);
SELECT err($$SELECT association.sync_sql('{"cycles": "maybe"}')$$);

-- drop_all() drops every model table; the declarations stay and the next sync recreates them
SELECT association.drop_all();
SELECT relname, relkind FROM pg_class WHERE relnamespace = 't_sync'::regnamespace AND relkind IN ('r', 'v') ORDER BY relname;
SELECT count(*) FROM association.models;
SELECT * FROM association.sync();

DROP SCHEMA t_sync CASCADE;
DROP EXTENSION association CASCADE;
