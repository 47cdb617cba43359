-- A database Sequelize v6 made (test/sequelize_db/sequelize_v6.sql: the
-- exact DDL its sync() ran for the guides' Movie/Actor, Team/Player and
-- Captain/Ship): timestamps NOT NULL without defaults, no triggers.  The same
-- models declared here adopt it; sync changes none of its tables (it only
-- adds indexes and views), and every write of the extension fills the
-- timestamps itself.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_sqz;
SET search_path = t_sqz, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql
\i test/sequelize_db/sequelize_v6.sql
CREATE TEMP TABLE before AS
  SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
         pg_get_expr(d.adbin, d.adrelid) AS dflt
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = 't_sqz'::regnamespace AND c.relkind = 'r' AND a.attnum > 0;

SELECT association.define_model('Movie', '{"name": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING"}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies"}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING"}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.define_model('Captain', '{"name": "STRING"}');
SELECT association.define_model('Ship', '{"name": "STRING"}');
SELECT association.has_one('Captain', 'Ship');
-- sync adds indexes on the keys and the accessor views, nothing else
SELECT s FROM association.sync() s WHERE s !~ '^CREATE (VIEW|TRIGGER association_write)';
-- no column, default, NOT NULL or trigger changed
SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE c.relnamespace = 't_sqz'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
EXCEPT SELECT relname, attname FROM before;
SELECT b.relname, b.attname FROM before b JOIN pg_class c ON c.relname = b.relname AND c.relnamespace = 't_sqz'::regnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = b.attname
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
 WHERE (format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid))
       IS DISTINCT FROM (b.type, b.attnotnull, b.dflt);
SELECT count(*) AS triggers FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relnamespace = 't_sqz'::regnamespace AND c.relkind = 'r' AND NOT t.tgisinternal;
SELECT count(*) AS pending FROM association.sync_sql();

-- every write fills the timestamps (NOT NULL, no default): created and updated
-- are now() of the transaction that wrote the row
BEGIN;
SELECT association.create('Movie', '{"name": "Alien"}')->>'name' AS movie;
SELECT association.create('Actor', '{"name": "Weaver"}')->>'name' AS actor;
SELECT association.add('Movie', 1, 'Actors', 1);
SELECT association.create_associated('Movie', 1, 'Actors', '{"name": "Hurt"}')->>'name' AS created;
SELECT association.create('Movie', '{"name": "Heat", "Actors": [{"name": "Pacino"}]}', '{"include": ["Actors"]}')->'Actors'->0->>'name' AS nested;
SELECT association.create('Team', '{"name": "Ajax"}')->>'name' AS team;
SELECT association.create_associated('Team', 1, 'Players', '{"name": "Johan"}')->>'name' AS player;
SELECT association.create('Player', '{"name": "Marco"}')->>'name' AS player;
SELECT association.add('Team', 1, 'Players', 2);
SELECT association.create('Captain', '{"name": "Jack"}')->>'name' AS captain;
SELECT association.create_associated('Captain', 1, 'Ship', '{"name": "Pearl"}')->>'name' AS ship;
SELECT 'Movies' AS t, count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()) AS stamped, count(*) FROM "Movies"
UNION ALL SELECT 'Actors', count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()), count(*) FROM "Actors"
UNION ALL SELECT 'ActorMovies', count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()), count(*) FROM "ActorMovies"
UNION ALL SELECT 'Teams', count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()), count(*) FROM "Teams"
UNION ALL SELECT 'Players', count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()), count(*) FROM "Players"
UNION ALL SELECT 'Ships', count(*) FILTER (WHERE "createdAt" = now() AND "updatedAt" = now()), count(*) FROM "Ships";
COMMIT;
-- updates made by the extension move updatedAt, and only updatedAt
UPDATE "Players" SET "updatedAt" = '2000-01-01', "createdAt" = '2000-01-01';
BEGIN;
SELECT association.set('Team', 1, 'Players', ARRAY[1]);
SELECT name, "TeamId", "updatedAt" = now() AS updated, "createdAt" = '2000-01-01' AS created_kept
  FROM "Players" ORDER BY id;
SELECT association.remove('Team', 1, 'Players', 1);
SELECT association.set('Player', 2, 'Team', 1);
SELECT name, "TeamId", "updatedAt" = now() AS updated FROM "Players" ORDER BY id;
COMMIT;
-- set leaves the pairs it keeps alone, and stamps the pairs it adds
UPDATE "ActorMovies" SET "updatedAt" = '2000-01-01';
BEGIN;
SELECT association.set('Movie', 1, 'Actors', ARRAY[1, 3]);
SELECT "MovieId", "ActorId", "updatedAt" = '2000-01-01' AS untouched, "updatedAt" = now() AS stamped
  FROM "ActorMovies" ORDER BY 1, 2;
COMMIT;
-- Sequelize keeps a given createdAt and always sets updatedAt
SELECT (association.create('Team', '{"name": "Old", "createdAt": "1999-12-31T00:00:00Z", "updatedAt": "1999-12-31T00:00:00Z"}')->>'createdAt')::timestamptz = '1999-12-31T00:00:00Z' AS created_given,
       (association.create('Team', '{"name": "Old2", "updatedAt": "1999-12-31T00:00:00Z"}')->>'updatedAt')::timestamptz = now() AS updated_now;
SELECT name FROM association.find_all('Movie', '{"include": "Actors", "order": [["id", "ASC"]]}') f, json_to_record(f) AS r(name text);
SELECT * FROM association.verify();

DROP SCHEMA t_sqz CASCADE;
DROP EXTENSION association CASCADE;
