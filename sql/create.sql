-- create(model, values): one row by attribute name, returned as jsonb keyed by attribute name.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_create;
SET search_path = t_create, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('Team', '{"name": {"type": "STRING", "allowNull": false}, "founded": "DATEONLY", "meta": "JSONB", "rating": {"type": "DECIMAL(3,1)", "defaultValue": 5}}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"fullName": "STRING", "shirt": "SMALLINT", "uid": {"type": "UUID", "defaultValue": "UUIDV4"}}', '{"underscored": true, "timestamps": false}');
SELECT association.belongs_to('Player', 'Team');
SELECT count(*) FROM association.sync();

-- generated key and defaults come back; values are typed by the column
SELECT association.create('Team', '{"name": "Ajax", "founded": "1900-03-18", "meta": {"colors": ["red", "white"]}}');
SELECT association.create('Team', '{"name": "Feyenoord", "rating": 7.5, "meta": null}');
-- explicit keys are allowed (identity BY DEFAULT)
SELECT association.create('Team', '{"id": 10, "name": "PSV"}');
-- an underscored model answers with attribute names, not column names
SELECT association.create('Player', '{"fullName": "Johan", "shirt": 14, "TeamId": 1}')::jsonb - 'uid';
SELECT full_name, shirt, team_id, uid IS NOT NULL AS has_uid FROM players;
-- a value that looks like SQL is just a value
SELECT association.create('Team', $${"name": "x'); DROP TABLE \"Teams\"; --"}$$)->>'name';
SELECT count(*) FROM "Teams";
-- errors from the database keep their SQLSTATE
SELECT err($$SELECT association.create('Team', '{"founded": "1900-03-18"}')$$);
SELECT err($$SELECT association.create('Team', '{"name": "Bad", "founded": "yesterday-ish"}')$$);
SELECT err($$SELECT association.create('Player', '{"shirt": 100000}')$$);
SELECT err($$SELECT association.create('Player', '{"TeamId": 999}')$$);
SELECT err($$SELECT association.create('Team', '{"id": 10, "name": "dup"}')$$);
-- an error leaves nothing behind
SELECT count(*) FROM "Teams";

DROP SCHEMA t_create CASCADE;
DROP EXTENSION association CASCADE;
