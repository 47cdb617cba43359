-- The per-backend registry cache: invalidated by declarations, rollbacks, hand edits, renames, another backend's changes.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_cache;
SET search_path = t_cache, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('Team', '{}', '{"timestamps": false}');
SELECT association.define_model('Player', '{}', '{"timestamps": false}');
SELECT count(*) FROM association.sync();
SELECT jsonb_array_length(association.describe('Team')->'associations') AS team_associations;

-- a rolled-back declaration is forgotten
BEGIN;
SELECT association.has_many('Team', 'Player');
SELECT jsonb_array_length(association.describe('Team')->'associations') AS inside;
ROLLBACK;
SELECT jsonb_array_length(association.describe('Team')->'associations') AS after_rollback;

-- an edit of the catalog by hand is seen at once
SELECT association.has_many('Team', 'Player');
UPDATE association.associations SET options = '{"foreignKey": "clubId"}' WHERE source = 'Team';
SELECT association.describe('Team')->'associations'->0->>'foreignKey' AS fk_after_edit;

-- renaming the table: the model follows it (the catalog keeps the table's OID)
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (id) VALUES (1);
INSERT INTO "Players" (id, "clubId") VALUES (1, 1), (2, 1);
-- get and count without options make their statement once per registry
-- and keep it with the association: called again, and after the rename
-- (a new registry) with the new name
SELECT association.count('Team', 1, 'Players') AS players, association.count('Team', 1, 'Players') AS again;
SELECT r FROM association.get('Team', 1, 'Players') r;
ALTER TABLE "Players" RENAME TO squad;
SELECT association.describe('Player')->>'table' AS player_table;
SELECT * FROM association.sync_sql();
SELECT association.count('Team', 1, 'Players') AS players_after_rename;
SELECT r FROM association.get('Team', 1, 'Players') r;

-- DROP/CREATE EXTENSION in this session starts from an empty catalog
-- (another backend's view of changes is tested in specs/cache_invalidation.spec)
DROP EXTENSION association CASCADE;
CREATE EXTENSION association;
SELECT count(*) FROM association.models;
SELECT err($$SELECT association.describe('Team')$$);

DROP SCHEMA t_cache CASCADE;
DROP EXTENSION association CASCADE;
