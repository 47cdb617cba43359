-- naming: inflection, association names and forms, underscored models, accessor view names.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_naming;
SET search_path = t_naming, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/describe_helpers.sql
CREATE FUNCTION assocs(model text) RETURNS TABLE (name text, kind text, target text, singular text,
                                                  plural text, foreign_key text, view text)
LANGUAGE sql AS $$
  SELECT a->>'name', a->>'kind', a->>'target', a->>'singular', a->>'plural', a->>'foreignKey', a->>'view'
    FROM jsonb_array_elements(association.describe(model)->'associations') a ORDER BY 1 $$;

-----------------------------------------------------------------------------
-- 1. Inflection = inflection 1.13.4: irregulars keep the case of the
--    input, uncountables unchanged, "already plural" words unchanged, the
--    ta/ia quirk, and the analyses bug of 1.13.4.
SELECT w, association.pluralize(w) AS plural, association.singularize(w) AS singular
  FROM unnest(ARRAY['Person', 'person', 'People', 'people', 'Hypothesis', 'Hypotheses',
                    'Status', 'Statuses', 'status', 'UserProject', 'UserProjects', 'Users',
                    'Series', 'Sheep', 'Information', 'Homework', 'News',
                    'Child', 'Children', 'Category', 'Categories', 'Mouse', 'Mice',
                    'Beta', 'Quota', 'Media', 'Datum', 'Data', 'Analysis', 'analyses',
                    'Ox', 'Man', 'Woman', 'Quiz', 'Matrix', 'Index', 'Axis', 'Crisis',
                    'Knife', 'Wolf', 'Movie', 'Company', 'Address', 'Box', 'Day',
                    'ActorMovies', 'Foot', 'Goose', 'Criterion', 'Octopus', 'Cactus',
                    'ASSIGNMENTS', 'userStatus', 'person_status', 'a', ''])
       WITH ORDINALITY AS u(w, n)
 ORDER BY n;
-- NULL in, NULL out (STRICT)
SELECT association.pluralize(NULL) IS NULL AS plural_null, association.singularize(NULL) IS NULL AS singular_null;

-----------------------------------------------------------------------------
-- 2. Model names -> table names and name forms (the table is the
--    plural of the MODEL name, even with a name option).
SELECT association.define_model('Person', '{}', '{"timestamps": false}');
SELECT association.define_model('Hypothesis', '{}', '{"timestamps": false}');
SELECT association.define_model('Status', '{}', '{"timestamps": false}');
SELECT association.define_model('Child', '{}', '{"timestamps": false}');
SELECT association.define_model('Mouse', '{}', '{"timestamps": false}');
SELECT association.define_model('Series', '{}', '{"timestamps": false}');
SELECT association.define_model('Beta', '{}', '{"timestamps": false}');
SELECT association.define_model('Task', '{"title": "TEXT"}', '{"timestamps": false,
                                 "name": {"singular": "assignment", "plural": "assignments"}}');
SELECT d->>'name' AS model, d->>'table' AS table, d->>'singular' AS singular, d->>'plural' AS plural
  FROM association.models m, association.describe(m.name) d ORDER BY m.ordinal;

-----------------------------------------------------------------------------
-- 3. Default association names: singular kinds use the target's
--    singular, plural kinds its plural; the model name option replaces
--    inflection for unaliased associations (alias.test.js "should allow me to
--    define plural and singular forms on the model": Task named
--    assignment/assignments).
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.has_many('User', 'Task');
SELECT association.belongs_to_many('User', 'Person', '{"through": "UserPeople"}');
SELECT association.belongs_to('User', 'Hypothesis');
SELECT association.has_one('User', 'Status');
SELECT association.has_many('User', 'Child');
SELECT association.has_many('User', 'Mouse');
SELECT association.has_many('User', 'Series');
SELECT association.has_many('User', 'Beta');
SELECT * FROM assocs('User');
-- the name option is used for the unaliased belongsTo too
SELECT association.define_model('Note', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Note', 'Task');
SELECT association.has_many('Person', 'Hypothesis');
SELECT * FROM assocs('Note');
SELECT * FROM assocs('Person');

-----------------------------------------------------------------------------
-- 4. Aliases: a string is the name, its singular by inflection;
--    an {singular, plural} object bypasses inflection and the plural is the
--    name; the alias is otherwise untouched (alias.test.js "shouldnt touch the
--    passed alias": ASSIGNMENTS). hasMany keys ignore the alias.
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.has_many('Project', 'User', '{"as": "Workers"}');
SELECT association.has_many('Project', 'Task', '{"as": "ASSIGNMENTS"}');
SELECT association.has_many('Project', 'Person', '{"as": {"singular": "member", "plural": "crew"}}');
SELECT association.belongs_to_many('Project', 'Mouse', '{"as": {"singular": "supplemented", "plural": "supplemented"},
                                                         "through": "ProjectMice"}');
SELECT association.belongs_to_many('Project', 'Hypothesis', '{"as": "Theories", "through": "ProjectTheories"}');
SELECT association.has_one('Project', 'Status', '{"as": "Phase"}');
SELECT * FROM assocs('Project');
-- the singular form of a plural association is not a second name
SELECT err($$SELECT association.has_many('Project', 'Task', '{"as": "Workers"}')$$);
SELECT err($$SELECT association.has_many('Project', 'Task', '{"as": {"singular": "x"}}')$$);
SELECT err($$SELECT association.has_many('Project', 'Task', '{"as": ""}')$$);
SELECT * FROM association.sync();
SELECT * FROM cols('"Tasks"');
SELECT * FROM cols('"People"');
SELECT * FROM cols('"UserPeople"');
SELECT * FROM cols('"ProjectMice"');

-----------------------------------------------------------------------------
-- 5. Underscored models (Sequelize v5 guide "underscored option"): user/task with
--    underscored: true; user.hasMany(task) and task.belongsTo(user) share
--    userId, column user_id; timestamps created_at/updated_at; attribute
--    names stay camelCase in describe.
SELECT association.define_model('user', '{"username": "STRING"}', '{"underscored": true}');
SELECT association.define_model('task', '{"title": "STRING"}', '{"underscored": true}');
SELECT association.has_many('user', 'task');
SELECT association.belongs_to('task', 'user');
SELECT a->>'name' AS name, a->>'field' AS field, a->>'type' AS type, a->>'allowNull' AS allow_null,
       a->>'origin' AS origin
  FROM jsonb_array_elements(association.describe('task')->'attributes') a ORDER BY 1;
SELECT * FROM assocs('user');
SELECT * FROM assocs('task');
SELECT * FROM association.sync();
SELECT * FROM cols('users');
SELECT * FROM cols('tasks');
SELECT * FROM fks('tasks');
SELECT * FROM idx('tasks');

-----------------------------------------------------------------------------
-- 6. Accessor views: <source singular>_<association name> in snake_case
--   : ship_leader, team_home_team, project_workers.
SELECT association.define_model('ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('captain', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('ship', 'captain', '{"as": "leader"}');
SELECT association.define_model('Team', '{}', '{"timestamps": false}');
SELECT association.define_model('Game', '{}', '{"timestamps": false}');
SELECT association.has_one('Team', 'Game', '{"as": "HomeTeam", "foreignKey": "homeTeamId"}');
SELECT * FROM assocs('ship');
SELECT * FROM assocs('Team');
SELECT * FROM association.sync();
SELECT * FROM association.sync();
SELECT table_name FROM information_schema.views WHERE table_schema = 't_naming' ORDER BY 1;
-- project_workers is project.getWorkers(): first column source_key
INSERT INTO "Projects" (id) VALUES (1), (2);
INSERT INTO "Users" (id, "ProjectId") VALUES (10, 1), (11, 1), (12, 2), (13, NULL);
SELECT * FROM project_workers WHERE source_key = 1 ORDER BY id;
INSERT INTO captains (id, name) VALUES (7, 'Jack Sparrow');
INSERT INTO ships (id, name, "leaderId") VALUES (3, 'Black Pearl', 7);
SELECT * FROM ship_leader ORDER BY source_key;

DROP SCHEMA t_naming CASCADE;
DROP EXTENSION association CASCADE;
