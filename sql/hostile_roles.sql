-- Hostile roles: every attack found on 0.1.0, replayed and shown to fail.
-- Roles: t_h_owner owns the models; t_h_planter has CREATE on public (as in
-- databases made before PostgreSQL 15) and plants look-alike operators,
-- functions, aggregates and types there (test/plants.sql); t_h_nobody has no
-- grants at all; t_h_reader has partial grants; and the superuser running
-- this file calls the extension as part of ordinary work, with
-- search_path = public, pg_catalog so that every plant wins its tie.
-- Nothing a role plants or declares may run or act with another role's
-- rights, nothing outside a role's own objects may change, nothing crashes.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
SET client_min_messages = warning;
DROP ROLE IF EXISTS t_h_owner;
DROP ROLE IF EXISTS t_h_planter;
DROP ROLE IF EXISTS t_h_nobody;
DROP ROLE IF EXISTS t_h_reader;
CREATE ROLE t_h_owner;
CREATE ROLE t_h_planter;
CREATE ROLE t_h_nobody;
CREATE ROLE t_h_reader;
CREATE SCHEMA t_h AUTHORIZATION t_h_owner;
GRANT USAGE ON SCHEMA t_h TO t_h_reader, t_h_planter;
GRANT CREATE ON SCHEMA public TO t_h_planter;
CREATE SCHEMA t_h_util;
GRANT USAGE ON SCHEMA t_h_util TO PUBLIC;
SET search_path = t_h, pg_catalog;
-- h_err(sql): 'ok' or SQLSTATE: message, written without an unqualified operator
CREATE FUNCTION t_h_util.h_err(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; detail text;
BEGIN
  EXECUTE sql; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
  RETURN pg_catalog.concat(st, ': ', msg, CASE WHEN detail OPERATOR(pg_catalog.<>) '' THEN pg_catalog.concat(E'\nDETAIL: ', detail) END);
END $$;
GRANT EXECUTE ON FUNCTION t_h_util.h_err(text) TO PUBLIC;
-- the planter plants
SET ROLE t_h_planter;
\i test/plants.sql
RESET ROLE;
-- planted(): how many times a plant ran; supers(): the test roles that are superusers
CREATE FUNCTION t_h_util.planted() RETURNS bigint LANGUAGE sql AS $$
  SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM public.planted_ran $$;
CREATE FUNCTION t_h_util.supers() RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(pg_catalog.string_agg(rolname::text, ','), 'none') FROM pg_catalog.pg_roles
   WHERE rolsuper AND rolname::text OPERATOR(pg_catalog.~~) 't_h_%' $$;

-- the owner's models: Team/Player (1:n), Movie/Actor (n:m, a through scope and
-- a scope on a varchar column, compiled into the views), Ship/Captain (1:1)
SET ROLE t_h_owner;
SET search_path = t_h, pg_catalog;
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER", "kind": "STRING"}');
SELECT association.has_many('Team', 'Player');
SELECT association.has_many('Team', 'Player', '{"as": "Pros", "scope": {"kind": {"in": ["pro", "star"]}}}');
SELECT association.belongs_to('Player', 'Team');
SELECT association.define_model('Movie', '{"title": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING", "status": "STRING"}');
SELECT association.define_model('ActorMovies', '{"role": "STRING", "kind": "STRING"}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": {"model": "ActorMovies", "scope": {"kind": "cast"}}, "scope": {"status": {"ne": "retired"}}}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');
SELECT association.define_model('Captain', '{"name": "STRING"}');
SELECT association.define_model('Ship', '{"name": "STRING"}');
SELECT association.has_one('Captain', 'Ship');
SELECT pg_catalog.count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Teams" (name) VALUES ('Ajax'), ('PSV');
INSERT INTO "Players" (name, score, kind, "TeamId") VALUES ('a', 1, 'pro', 1), ('b', 2, 'star', 1), ('c', 3, 'amateur', 2);
INSERT INTO "Movies" (title) VALUES ('Alien'), ('Heat');
INSERT INTO "Actors" (name, status) SELECT 'actor' OPERATOR(pg_catalog.||) i, 'active' FROM pg_catalog.generate_series(1, 9) i;
INSERT INTO "Captains" (name) VALUES ('Jack');
INSERT INTO "Ships" (name) VALUES ('Pearl');
CREATE TABLE t_h.precious (id int PRIMARY KEY);
INSERT INTO t_h.precious VALUES (1);
CREATE VIEW t_h.report AS SELECT 1 AS one;
RESET ROLE;
SELECT t_h_util.planted() AS planted_before, t_h_util.supers() AS superusers;

-----------------------------------------------------------------------------
-- 2. Search path: every function of the extension, called by the superuser
-- with the plants first in its search_path, runs none of them.
SET search_path = public, pg_catalog;
SELECT association.describe('Team') IS NOT NULL AS described;
SELECT pg_catalog.json_extract_path_text(g, 'name') AS name FROM association.get('Team', 1, 'Players',
  '{"where": {"or": [{"score": {"gte": 1, "lt": 3}}, {"name": {"in": ["c"]}}], "kind": {"notIn": ["x"]},
    "score": {"between": [0, 9]}, "name": {"like": "%"}}, "order": [["score", "DESC"]], "limit": 5}') g;
SELECT association.count('Team', 1, 'Players', '{"where": {"score": {"ne": 7}}}') AS players;
SELECT association.count('Team', 1, 'Pros') AS pros;
SELECT association.has('Team', 1, 'Players', ARRAY[1, 2]) AS has_both;
SELECT association.add('Team', 2, 'Players', ARRAY[2]);
SELECT association.remove('Team', 2, 'Players', ARRAY[2]);
SELECT association.set('Team', 1, 'Players', ARRAY[1, 2]);
SELECT pg_catalog.jsonb_extract_path_text(association.create_associated('Team', 1, 'Players', '{"name": "d", "score": 4}')::pg_catalog.jsonb, 'name') AS created;
SELECT association.set('Player', 3, 'Team', 1);
SELECT association.add('Movie', 1, 'Actors', '[1, {"id": 2, "ActorMovies": {"role": "lead"}}]'::pg_catalog.jsonb);
SELECT association.set('Movie', 1, 'Actors', ARRAY[1, 2, 3], '{"through": {"role": "extra"}}');
SELECT association.has('Movie', 1, 'Actors', ARRAY[1, 2]) AS has_actors;
SELECT association.remove('Movie', 1, 'Actors', 3);
SELECT pg_catalog.jsonb_extract_path_text(association.create_associated('Movie', 2, 'Actors', '{"name": "new"}')::pg_catalog.jsonb, 'name') AS created_actor;
SELECT association.set('Captain', 1, 'Ship', 1);
SELECT pg_catalog.jsonb_extract_path_text(association.create_associated('Captain', 1, 'Ship', '{"name": "Dutchman"}')::pg_catalog.jsonb, 'name') AS created_ship;
SELECT pg_catalog.count(*) AS teams FROM association.find_all('Team',
  '{"include": [{"association": "Players", "where": {"score": {"gt": 0}}, "order": [["score", "DESC"]], "limit": 2},
                {"association": "Pros", "count": true}], "where": {"$Players.name$": {"ne": "zz"}}}');
SELECT pg_catalog.count(*) AS movies FROM association.find_all('Movie', '{"include": {"association": "Actors", "through": {"where": {"role": {"ne": "x"}}}}}');
SELECT pg_catalog.jsonb_extract_path_text(association.find_one('Player', '{"include": "Team", "where": {"id": 1}}')::pg_catalog.jsonb, 'Team', 'name') AS team;
SELECT pg_catalog.jsonb_extract_path_text(association.find_and_count_all('Team', '{"include": "Players", "limit": 1}')::pg_catalog.jsonb, 'count') AS counted;
SELECT pg_catalog.jsonb_extract_path_text(association.create('Team', '{"name": "Nested", "Players": [{"name": "n1"}]}', '{"include": ["Players"]}')::pg_catalog.jsonb, 'name') AS nested;
SELECT pg_catalog.jsonb_extract_path_text(association.create('Movie', '{"title": "M", "Actors": [{"name": "x", "ActorMovies": {"role": "r"}}]}', '{"include": ["Actors"]}')::pg_catalog.jsonb, 'title') AS nested_n_m;
SELECT pg_catalog.count(*) AS view_rows FROM t_h.team_players WHERE source_key OPERATOR(pg_catalog.=) 1;
SELECT pg_catalog.count(*) AS scoped_view_rows FROM t_h.team_pros;
SELECT pg_catalog.count(*) AS n_m_view_rows FROM t_h.movie_actors;
INSERT INTO t_h.team_players (source_key, id) VALUES (2, 1);
DELETE FROM t_h.team_players WHERE source_key OPERATOR(pg_catalog.=) 2;
SELECT pg_catalog.count(*) AS pending FROM association.sync_sql();
SELECT pg_catalog.count(*) AS verify_problems FROM association.verify();
SELECT association.pluralize('Person') AS plural;
-- declaring, syncing and dropping as the superuser (the event trigger runs on DROP TABLE)
SELECT association.define_model('Scratch', '{"label": "TEXT"}', '{"schema": "t_h"}');
SELECT association.belongs_to('Scratch', 'Team');
SELECT pg_catalog.count(*) > 0 AS synced FROM association.sync();
SELECT association.drop_association('Scratch', 'Team');
DROP TABLE t_h."Scratches" CASCADE;
SELECT association.drop_model('Scratch');
SET search_path = t_h, pg_catalog;
SELECT t_h_util.planted() AS planted_after_superuser, t_h_util.supers() AS superusers;

-- the owner, with public first in its search_path, runs none either
SET ROLE t_h_owner;
SET search_path = public, pg_catalog;
SELECT association.has('Team', 1, 'Players', ARRAY[1]) AS has_one_player;
SELECT pg_catalog.count(*) AS players FROM association.get('Team', 1, 'Players', '{"where": {"name": {"in": ["a", "b"]}}}');
SELECT association.set('Team', 2, 'Players', ARRAY[3]);
SELECT pg_catalog.count(*) AS pending FROM association.sync();
RESET ROLE;
SET search_path = t_h, pg_catalog;
SELECT t_h_util.planted() AS planted_after_owner, t_h_util.supers() AS superusers;
-- the views sync made compare with pg_catalog's operators, not the plants
SELECT pg_catalog.count(*) AS views_using_plants FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_rewrite r ON r.oid OPERATOR(pg_catalog.=) d.objid
 WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
   AND r.ev_class OPERATOR(pg_catalog.=) ANY (ARRAY['t_h.team_pros', 't_h.movie_actors']::pg_catalog.regclass[])
   AND ((d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_operator'::pg_catalog.regclass
         AND d.refobjid OPERATOR(pg_catalog.=) ANY (SELECT oid FROM pg_catalog.pg_operator
               WHERE oprnamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace))
     OR (d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
         AND d.refobjid OPERATOR(pg_catalog.=) ANY (SELECT oid FROM pg_catalog.pg_proc
               WHERE pronamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace)));
-- the extension's own SQL functions pin their search_path (an aggregate,
-- json_array, runs only its C functions)
SELECT p.proname, p.proconfig FROM pg_catalog.pg_proc p
 WHERE p.pronamespace OPERATOR(pg_catalog.=) 'association'::pg_catalog.regnamespace
   AND p.prolang OPERATOR(pg_catalog.<>) (SELECT oid FROM pg_catalog.pg_language WHERE lanname OPERATOR(pg_catalog.=) 'c')
   AND p.prokind OPERATOR(pg_catalog.<>) 'a'
 ORDER BY 1;

-----------------------------------------------------------------------------
-- 1. The registry runs no code a declaration names.  The planter declares a
-- model whose attribute is a domain with a planted CHECK and a default: the
-- check runs once, as the planter, when declared; never when another role's
-- call rebuilds the registry.
SET ROLE t_h_planter;
CREATE DOMAIN public.evil AS integer CHECK (public.planted());
SELECT association.define_model('Evil', '{"x": {"type": "public.evil", "defaultValue": 1}}', '{"schema": "public"}');
RESET ROLE;
SELECT t_h_util.planted() AS planted_by_declaring;
SELECT pg_catalog.jsonb_extract_path_text(association.describe('Team'), 'name') AS described;
SELECT pg_catalog.jsonb_extract_path_text(association.describe('Evil'), 'name') AS described_evil;
SELECT t_h_util.planted() AS planted_after_rebuild, t_h_util.supers() AS superusers;
-- a temporary type would vanish with its session: refused
SET ROLE t_h_nobody;
CREATE DOMAIN pg_temp.fleeting AS integer;
SELECT t_h_util.h_err($$SELECT association.define_model('Fleeting', '{"x": "pg_temp.fleeting"}')$$);
RESET ROLE;

-----------------------------------------------------------------------------
-- 3. The catalog is no back door.
-- a. sync_objects: a row naming another role's view is refused; one of its own
--    makes no sync drop a view it does not own
SET ROLE t_h_planter;
SELECT t_h_util.h_err($$INSERT INTO association.sync_objects (object_type, schema_name, table_name, object_name, definition, owner)
                  VALUES ('view', 't_h', 'team_players', 'team_players', 'x', 't_h_owner')$$);
INSERT INTO association.sync_objects (object_type, schema_name, table_name, object_name, definition)
VALUES ('view', 't_h', 'report', 'report', 'x'), ('constraint', 't_h', 'Players', 'TeamId', 'x');
SELECT pg_catalog.count(*) AS own_rows_seen FROM association.sync_objects;
RESET ROLE;
-- b. a model row written by hand cannot take over another role's table
SET ROLE t_h_nobody;
INSERT INTO association.models (name, table_schema, table_name) VALUES ('Stolen', 't_h', 'precious');
SELECT t_h_util.h_err($$SELECT association.describe('Stolen')$$);
RESET ROLE;
-- c. an association row written by hand cannot add a column to another role's table
SET ROLE t_h_planter;
INSERT INTO association.associations (source, name, kind, target, options)
VALUES ('Team', 'Hijack', 'hasMany', 'Player', '{"foreignKey": "hijackId", "onDelete": "CASCADE"}');
-- d. a malformed row breaks only the calls that name it
SELECT association.define_model('Thing', '{}', '{"schema": "public"}');
INSERT INTO association.associations (source, name, kind, target, options)
VALUES ('Thing', 'Bad', 'hasMany', 'Thing', '{"bogus": 1}');
RESET ROLE;
SET ROLE t_h_owner;
SELECT association.count('Team', 1, 'Players') AS owner_calls_work;
SELECT pg_catalog.count(*) AS owner_sync FROM association.sync();
SELECT t_h_util.h_err($$SELECT association.count('Team', 1, 'Hijack')$$);
RESET ROLE;
-- the superuser's sync skips the roles whose declarations do not resolve, and
-- drops no view the planter's row names
SET client_min_messages = warning;
SELECT pg_catalog.count(*) AS superuser_sync FROM association.sync();
SELECT pg_catalog.to_regclass('t_h.report') IS NOT NULL AS view_kept,
       (SELECT pg_catalog.count(*) FROM pg_catalog.pg_constraint
         WHERE conrelid OPERATOR(pg_catalog.=) 't_h."Players"'::pg_catalog.regclass
           AND contype OPERATOR(pg_catalog.=) 'f') AS players_keys;
SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid OPERATOR(pg_catalog.=) 't_h."Players"'::pg_catalog.regclass
   AND attname OPERATOR(pg_catalog.=) 'hijackId';
SET ROLE t_h_planter;
SELECT t_h_util.h_err($$SELECT association.count('Thing', 1, 'Bad')$$);
SELECT association.drop_association('Thing', 'Bad');
SELECT association.drop_association('Team', 'Hijack');
RESET ROLE;
-- e. a role's sync never makes another role's table
SET ROLE t_h_owner;
SELECT association.define_model('Later', '{}', '{"schema": "t_h"}');
RESET ROLE;
SET ROLE t_h_planter;
SELECT pg_catalog.count(*) AS planter_sync FROM association.sync();
SELECT pg_catalog.to_regclass('t_h."Laters"') IS NULL AS later_not_made,
       pg_catalog.to_regclass('t_h.report') IS NOT NULL AS report_kept;
RESET ROLE;

-----------------------------------------------------------------------------
-- 4. No crash: composite keys, a timestamp of the wrong type, forged triggers.
SET ROLE t_h_owner;
SET search_path = t_h, pg_catalog;
SELECT association.define_model('Hall', '{"name": "STRING"}');
SELECT association.define_model('Seat', '{"hallId": {"type": "INTEGER", "primaryKey": true}, "number": {"type": "INTEGER", "primaryKey": true}}');
SELECT association.belongs_to('Seat', 'Hall', '{"foreignKey": "hallId"}');
SELECT association.has_many('Hall', 'Seat', '{"foreignKey": "hallId"}');
SELECT pg_catalog.count(*) > 0 AS synced FROM association.sync();
SELECT pg_catalog.jsonb_extract_path_text(association.describe('Seat')::pg_catalog.jsonb, 'associations', '0', 'view') AS seat_view;
INSERT INTO "Halls" (name) VALUES ('Main');
INSERT INTO "Seats" ("hallId", number) VALUES (1, 1), (1, 2);
SELECT t_h_util.h_err($$SELECT association.get('Seat', 1, 'Hall')$$);
SELECT association.count('Hall', 1, 'Seats') AS seats;
SELECT t_h_util.h_err($$SELECT association.add('Hall', 1, 'Seats', 1)$$);
SELECT pg_catalog.count(*) AS seats_with_hall FROM association.find_all('Seat', '{"include": "Hall"}');
SELECT t_h_util.h_err($$SELECT association.define_model('Stamp', '{"updatedAt": "TEXT"}')$$);
SELECT t_h_util.h_err($$SELECT association.define_model('Stamp', '{"createdAt": "INTEGER"}')$$);
RESET ROLE;
SET ROLE t_h_nobody;
CREATE TEMP TABLE notes (id int, note text, n int);
INSERT INTO notes VALUES (1, 'x', 1);
CREATE TRIGGER touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION association.touch_updated_at('note');
SELECT t_h_util.h_err($$UPDATE notes SET id = 2$$);
DROP TRIGGER touch ON notes;
CREATE TRIGGER touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION association.touch_updated_at('n');
SELECT t_h_util.h_err($$UPDATE notes SET id = 2$$);
DROP TRIGGER touch ON notes;
CREATE TRIGGER touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION association.touch_updated_at('nope');
SELECT t_h_util.h_err($$UPDATE notes SET id = 2$$);
CREATE TEMP VIEW forged AS SELECT 1 AS source_key, 2 AS id, 3 AS "ActorMovies";
CREATE TRIGGER w INSTEAD OF INSERT ON forged FOR EACH ROW EXECUTE FUNCTION association.accessor_view_write('Movie', 'Actors');
SELECT t_h_util.h_err($$INSERT INTO forged VALUES (1, 2, 3)$$);
RESET ROLE;

-----------------------------------------------------------------------------
-- 5. A string where stays inside its parentheses, or is refused.
SET search_path = t_h, pg_catalog;
SET standard_conforming_strings = on;
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "name LIKE ''\\'' ) OR true OR (true --''\n"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "ñ$x$ IS NULL) OR true OR (ñ$x$ IS NULL"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "true)) UNION SELECT pg_catalog.jsonb_build_object(1,2) FROM t_h.precious --"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "true; SELECT 1"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "id = $1"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "name = ''a"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "(name = ''a''"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "$a$ ) $a$ = name /* ) */"}')$$);
-- a statement that fails to prepare fails the same way the second time
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "''''"}')$$);
SELECT t_h_util.h_err($$SELECT association.get('Team', 1, 'Players', '{"where": "''''"}')$$);
SELECT pg_catalog.json_extract_path_text(g, 'name') AS name FROM association.get('Team', 1, 'Players', '{"where": "name IN (''b'', ''d'') -- a comment"}') g;
SELECT pg_catalog.json_extract_path_text(g, 'name') AS name FROM association.get('Team', 1, 'Players', '{"where": "name = $q$b$q$"}') g;

-----------------------------------------------------------------------------
-- 6. An include tree is bounded: four self-associations and "all" nested 8
-- deep is refused at once (54000), not after minutes and gigabytes.
SET ROLE t_h_owner;
SELECT association.define_model('Node', '{}');
SELECT association.has_many('Node', 'Node', '{"as": "Children", "foreignKey": "parentId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "parent", "foreignKey": "parentId"}');
SELECT association.has_many('Node', 'Node', '{"as": "Links", "foreignKey": "linkId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "link", "foreignKey": "linkId"}');
SELECT pg_catalog.count(*) > 0 AS synced FROM association.sync();
SET statement_timeout = '3s';
SELECT t_h_util.h_err(pg_catalog.format('SELECT association.find_all(%L, %L)', 'Node',
  '{"include": {"all": true, "include": {"all": true, "include": {"all": true, "include": {"all": true,
    "include": {"all": true, "include": {"all": true, "include": {"all": true, "include": {"all": true}}}}}}}}}'));
RESET statement_timeout;
RESET ROLE;

-----------------------------------------------------------------------------
-- 8. Lists are one array parameter: 1,500 calls with in-lists of 1 to 1,500
-- values use one kept plan; and kept plans stay within plan_cache_size.
SET ROLE t_h_owner;
SELECT pg_catalog.sum(association.count('Team', 1, 'Players',
         pg_catalog.jsonb_build_object('where', pg_catalog.jsonb_build_object('name',
           pg_catalog.jsonb_build_object('in', (SELECT pg_catalog.jsonb_agg('p' OPERATOR(pg_catalog.||) i)
                                                 FROM pg_catalog.generate_series(1, n) i)))))) AS found
  FROM pg_catalog.generate_series(1, 1500) n;
RESET ROLE;
SELECT pg_catalog.count(*) AS plans_for_the_lists FROM pg_catalog.pg_backend_memory_contexts
 WHERE name OPERATOR(pg_catalog.=) 'CachedPlanSource'
   AND ident OPERATOR(pg_catalog.~~) '%"Players"%name%ANY%';
-- 400 statements of different shapes: without a bound they would hold megabytes
SET ROLE t_h_owner;
SELECT pg_catalog.sum(association.count('Team', 1, 'Players',
         pg_catalog.jsonb_build_object('where', pg_catalog.jsonb_build_object('or',
           (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('score', pg_catalog.jsonb_build_object('gt', i)))
              FROM pg_catalog.generate_series(1, n) i))))) AS found
  FROM pg_catalog.generate_series(1, 400) n;
RESET ROLE;
SELECT pg_catalog.sum(total_bytes) OPERATOR(pg_catalog.>) 8388608 AS more_than_eight_megabytes
  FROM pg_catalog.pg_backend_memory_contexts
 WHERE name OPERATOR(pg_catalog.=) ANY (ARRAY['CachedPlanSource', 'CachedPlan', 'CachedPlanQuery'])
   AND ident OPERATOR(pg_catalog.~~) '%"Players"%';
-- with plan_cache_size = 1MB they stay within it
SET association.plan_cache_size = '1MB';
SET ROLE t_h_owner;
SELECT pg_catalog.sum(association.count('Team', 1, 'Players',
         pg_catalog.jsonb_build_object('where', pg_catalog.jsonb_build_object('or',
           (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object('score', i)) FROM pg_catalog.generate_series(1, n) i))))) AS found
  FROM pg_catalog.generate_series(1, 400) n;
RESET ROLE;
SELECT pg_catalog.sum(total_bytes) OPERATOR(pg_catalog.<) 2097152 AS within_two_megabytes
  FROM pg_catalog.pg_backend_memory_contexts
 WHERE name OPERATOR(pg_catalog.=) ANY (ARRAY['CachedPlanSource', 'CachedPlan', 'CachedPlanQuery'])
   AND ident OPERATOR(pg_catalog.~~) '%"Players"%';
RESET association.plan_cache_size;

-----------------------------------------------------------------------------
-- 9. Row-level security on n:m targets: a row the reader cannot see does not
-- exist for it (the junction's foreign key would say it does).
SET ROLE t_h_owner;
GRANT SELECT ON "Movies", "Actors" TO t_h_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON "ActorMovies" TO t_h_reader;
ALTER TABLE "Actors" ENABLE ROW LEVEL SECURITY;
CREATE POLICY reader_sees_few ON "Actors" TO t_h_reader USING (id OPERATOR(pg_catalog.<=) 5);
CREATE POLICY owner_sees_all ON "Actors" TO t_h_owner USING (true);
SELECT association.add('Movie', 2, 'Actors', 8);
RESET ROLE;
SET ROLE t_h_reader;
SELECT t_h_util.h_err($$SELECT association.add('Movie', 2, 'Actors', 9)$$);
SELECT t_h_util.h_err($$SELECT association.add('Movie', 2, 'Actors', 99999)$$);
SELECT t_h_util.h_err($$SELECT association.set('Movie', 2, 'Actors', ARRAY[4, 9])$$);
SELECT association.has('Movie', 2, 'Actors', ARRAY[8]) AS has_hidden;
SELECT association.count('Movie', 2, 'Actors') AS visible_count;
RESET ROLE;

-- the end: nobody became a superuser, no plant ran for another role, the
-- table no model of its owner names is intact
SET search_path = t_h, pg_catalog;
SELECT t_h_util.planted() AS planted_at_end, t_h_util.supers() AS superusers;
SELECT pg_catalog.count(*) AS superuser_drop_all FROM (SELECT association.drop_all()) d;
SELECT pg_catalog.to_regclass('t_h.precious') IS NOT NULL AS precious_kept;
SELECT pg_catalog.to_regclass('t_h."Teams"') IS NULL AS owner_tables_dropped;

RESET search_path;
DROP EXTENSION association CASCADE;
DROP SCHEMA t_h CASCADE;
DROP SCHEMA t_h_util CASCADE;
SET ROLE t_h_planter;
DROP FUNCTION public.planted() CASCADE;
DROP FUNCTION public.now(), public.gen_random_uuid(), public.unnest(anyarray), public.to_regclass(text),
  public.format(text, name, name), public.pg_advisory_xact_lock(bigint), public.hashtextextended(text, bigint),
  public.jsonb_populate_record(anyelement, jsonb), public.row_number(), public.pg_event_trigger_dropped_objects(),
  public.row_to_json(record) CASCADE;
RESET ROLE;
DROP OWNED BY t_h_owner, t_h_planter, t_h_nobody, t_h_reader;
REVOKE CREATE ON SCHEMA public FROM t_h_planter;
DROP ROLE t_h_owner;
DROP ROLE t_h_planter;
DROP ROLE t_h_nobody;
DROP ROLE t_h_reader;
