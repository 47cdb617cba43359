-- Versions and the update from 0.1.0 to 0.2.0, on a database that 0.1.0
-- made: test/upgrade/db_0.1.0.sql is the pg_dump of a database where
-- version 0.1.0 (built from git by test/upgrade/make_fixture.sh) declared
-- models and associations as role t_upgrade_app, synced and wrote rows.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
SET client_min_messages = warning;
SELECT current_database() AS home \gset
SELECT extversion FROM pg_extension WHERE extname = 'association';
SELECT version, superuser, relocatable, schema FROM pg_available_extension_versions WHERE name = 'association' ORDER BY version;
SELECT source, target, path FROM pg_extension_update_paths('association') WHERE path IS NOT NULL ORDER BY 1, 2;
ALTER EXTENSION association UPDATE;
DROP EXTENSION association;

-- the database made with 0.1.0, restored in a database of its own
CREATE ROLE t_upgrade_app;
CREATE DATABASE t_upgrade_db OWNER t_upgrade_app;
\c t_upgrade_db
SET client_min_messages = warning;
\set ECHO none
\o /dev/null
\i test/upgrade/db_0.1.0.sql
\o
\set ECHO all
-- the dump's SETs (row_security = off, an empty search_path) end here
RESET ALL;
SET client_min_messages = warning;
SELECT extversion FROM pg_extension WHERE extname = 'association';
SET ROLE t_upgrade_app;
SET search_path = public;

-- Between the installation of this library and ALTER EXTENSION UPDATE the
-- definitions are 0.1.0's: rows still come back as jsonb, as they did.
SELECT pg_typeof(r) AS type, r->>'name' AS name FROM association.get('Team', 1, 'Players') r ORDER BY 2;
SELECT pg_typeof(association.find_one('Team', '{"where": {"id": 1}}')) AS find_one;

RESET ROLE;
ALTER EXTENSION association UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'association';
SET ROLE t_upgrade_app;
SET search_path = public;

-- 0.2.0: json, keys in attribute order (0.1.0 stored the attributes as
-- jsonb, whose order they keep: shorter names first)
SELECT r FROM association.get('Team', 1, 'Players', '{"attributes": ["id", "name", "score", "TeamId"], "order": [["id", "ASC"]]}') r;
SELECT pg_typeof(association.find_one('Team', '{"where": {"id": 1}}')) AS find_one;
SELECT attributes FROM association.models WHERE name = 'Team';
-- the accessor views 0.1.0 made are replaced by sync (they now depend on
-- the extension); nothing else changes, and a second sync does nothing
SELECT * FROM association.sync();
SELECT count(*) AS second_sync FROM association.sync();
SELECT * FROM association.verify();
-- everything written with 0.1.0 reads back, and every function works
SELECT r->>'name' AS team, (SELECT string_agg(p->>'name', ',' ORDER BY p->>'name') FROM json_array_elements(r->'Players') p) AS players
  FROM association.find_all('Team', '{"include": "Players", "order": [["id", "ASC"]]}') r;
SELECT r->'leader'->>'name' AS leader, r->>'name' AS ship FROM association.find_all('Ship', '{"include": "leader"}') r;
SELECT r->>'name' AS actor FROM association.get('Movie', 1, 'Actors', '{"order": [["id", "ASC"]]}') r;
SELECT association.remove('Movie', 1, 'Actors', '[2]');
SELECT association.set('Team', 2, 'Players', '[1, 3]');
SELECT source_key, name FROM team_players ORDER BY 1, 2;
INSERT INTO movie_actors (source_key, id) VALUES (1, 2);
SELECT association.count('Movie', 1, 'Actors') AS actors;
SELECT association.create('Team', '{"name": "Feyenoord", "city": "Rotterdam", "Players": [{"name": "Dee", "score": 1}]}', '{"include": ["Players"]}')::jsonb
       - 'createdAt' - 'updatedAt' #- '{Players,0,createdAt}' #- '{Players,0,updatedAt}' AS created;
RESET ROLE;
-- dropping the extension now takes the accessor views with it
DROP EXTENSION association CASCADE;
SELECT count(*) AS views_left FROM pg_views WHERE schemaname = 'public';
SELECT count(*) AS teams_left FROM "Teams";

\c :home
DROP DATABASE t_upgrade_db;
DROP ROLE t_upgrade_app;
