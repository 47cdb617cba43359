-- Fuzzing in the suite: 3,000 random and mutated calls to every function end as results or clean errors with a SQLSTATE, never an internal error or a crash. bench/fuzz.sh runs 100,000.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_fuzz;
SET search_path = t_fuzz, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.define_model('Node', '{}', '{"timestamps": false}');
SELECT association.has_many('Node', 'Node', '{"as": "Children", "foreignKey": "parentId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "parent", "foreignKey": "parentId"}');
SELECT association.has_many('Node', 'Node', '{"as": "Links", "foreignKey": "linkId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "link", "foreignKey": "linkId"}');
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (name) VALUES ('a'), ('b');
INSERT INTO "Players" (name, "TeamId") VALUES ('p', 1), ('q', 2);
INSERT INTO "Users" DEFAULT VALUES;
INSERT INTO "Projects" DEFAULT VALUES;
SET client_min_messages = error;
\i test/fuzz_setup.sql
SELECT sum(calls) AS calls,
       coalesce(sum(calls) FILTER (WHERE sqlstate = 'XX000'), 0) AS internal_errors,
       count(*) FILTER (WHERE sqlstate !~ '^([0-9A-Z]{5}|ok)$') AS malformed_states
  FROM fuzz.run(3000, 0.42);
-- the catalog is still consistent: declarations made by the fuzzer were undone
SELECT count(*) AS models FROM association.models;
SELECT count(*) AS statements FROM association.sync_sql();
SELECT * FROM association.verify();
SELECT 'alive' AS server;

DROP SCHEMA fuzz CASCADE;
DROP SCHEMA t_fuzz CASCADE;
DROP EXTENSION association CASCADE;
