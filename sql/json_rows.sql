-- Rows as json, in the order of Sequelize's toJSON(): the default primary
-- key, the declared attributes as written, the timestamps, the keys
-- associations add; then junction data under the junction model's name;
-- then included associations in include order.  bigint and numeric values
-- are strings, as Sequelize gets them from node-postgres.  Also: a getter's
-- include, and the differences with Sequelize found by the differential
-- test (test/sequelize) that are fixed: a junction that would drop a key in
-- use, a keyType that no = compares, create_associated's result, hasMany
-- add touching every target, a scoped junction's unique conflict.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_json;
SET search_path = t_json, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

-- declared order, not jsonb's: zeta before alpha; id first, timestamps after
SELECT association.define_model('Team', '{"zeta": "STRING", "alpha": "STRING", "budget": "BIGINT", "rating": "DECIMAL(4,2)"}');
SELECT association.define_model('Player', '{"name": "STRING", "shirt": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('Skill', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('PlayerSkills', '{"level": "INTEGER", "since": "DATEONLY"}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.belongs_to_many('Player', 'Skill', '{"through": "PlayerSkills"}');
SELECT association.belongs_to_many('Skill', 'Player', '{"through": "PlayerSkills"}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- the catalog keeps the attributes as declared
SELECT attributes FROM association.models WHERE name = 'Team';
-- attributes are json: jsonb sorts keys (shorter first), so a jsonb value
-- must be cast, and then gives jsonb's order
SELECT err($$SELECT association.define_model('Sorted', '{"beta": "STRING", "acme": "STRING"}'::jsonb)$$);
SELECT association.define_model('Sorted', '{"beta": "STRING", "acme": "STRING"}'::jsonb::json, '{"timestamps": false}');
SELECT attributes FROM association.models WHERE name = 'Sorted';
SELECT association.drop_model('Sorted');

-- create: the row in attribute order; bigint and numeric as strings
SELECT regexp_replace(association.create('Team', '{"alpha": "a", "zeta": "z", "budget": 9007199254740993, "rating": 12.50}')::text,
                      '"(createdAt|updatedAt)":"[^"]*"', '"\1":"<t>"', 'g') AS team;
SELECT association.create('Player', '{"name": "Ann", "shirt": 7, "TeamId": 1}');
SELECT association.create('Player', '{"name": "Bob", "shirt": 9, "TeamId": 1}');
SELECT association.create('Skill', '{"title": "dribble"}');
SELECT association.add('Player', 1, 'Skills', '[{"id": 1, "PlayerSkills": {"since": "2020-01-02", "level": 3}}]');

-- get: junction data after the attributes, keys in the junction's order
SELECT r FROM association.get('Player', 1, 'Skills') r;
-- find_all: attributes, then includes in include order, nested the same way
SELECT r FROM association.find_all('Player', '{"include": ["Skills", {"association": "Team", "attributes": ["zeta", "budget"]}], "order": [["id", "ASC"]]}') r;
SELECT r FROM association.find_all('Player', '{"include": [{"association": "Team", "attributes": ["alpha"]}, "Skills"], "where": {"id": 1}}') r;
SELECT association.find_one('Team', '{"include": {"association": "Players", "include": "Skills"}, "attributes": ["id", "rating"]}');
SELECT association.find_and_count_all('Player', '{"attributes": ["name"], "limit": 1, "order": [["id", "ASC"]]}');
-- nested create: the included associations after the attributes, in include order
SELECT association.create('Player', '{"shirt": 10, "name": "Cid", "Skills": [{"title": "pass", "PlayerSkills": {"level": 1}}], "Team": {"zeta": "new", "alpha": "team"}}',
                          '{"include": ["Team", "Skills"]}')::jsonb #- '{Team,createdAt}' #- '{Team,updatedAt}' AS nested_as_jsonb;
SELECT regexp_replace(association.create('Player', '{"shirt": 11, "name": "Dee", "Skills": [{"title": "run"}], "Team": {"zeta": "z2"}}',
                      '{"include": ["Skills", "Team"]}')::text, '"(createdAt|updatedAt)":"[^"]*"', '"\1":"<t>"', 'g') AS nested;
-- create_associated returns the target alone, as Sequelize's createSkill does
SELECT association.create_associated('Player', 1, 'Skills', '{"title": "shoot"}', '{"through": {"level": 5}}');
SELECT r FROM association.get('Player', 1, 'Skills', '{"order": [["id", "ASC"]]}') r;

-- a getter's include: each target with its own associations
SELECT r FROM association.get('Team', 1, 'Players', '{"include": [{"association": "Skills", "attributes": ["title"], "through": {"attributes": []}}], "order": [["id", "ASC"]], "attributes": ["id", "name"]}') r;
-- a required include filters the targets
SELECT r FROM association.get('Team', 1, 'Players', '{"include": [{"association": "Skills", "where": {"title": "dribble"}, "attributes": ["title"]}], "attributes": ["name"]}') r;
SELECT err($$SELECT association.get('Team', 1, 'Players', '{"include": ["Nope"]}')$$);

-- hasMany add updates every target, associated already or not (updatedAt moves)
SELECT association.define_model('Crew', '{"name": "STRING"}');
SELECT association.define_model('Sailor', '{"name": "STRING"}');
SELECT association.has_many('Crew', 'Sailor');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Crews" (name) VALUES ('c');
INSERT INTO "Sailors" (name, "CrewId", "updatedAt") VALUES ('s', 1, '2000-01-01');
SELECT association.add('Crew', 1, 'Sailors', '[1]');
SELECT "updatedAt" > '2000-01-01' AS touched FROM "Sailors";

-- bigint keys are strings too
SELECT association.define_model('Big', '{"id": {"type": "BIGINT", "primaryKey": true}}', '{"timestamps": false}');
SELECT association.define_model('Small', '{"label": "STRING"}', '{"timestamps": false}');
SELECT association.has_many('Big', 'Small');
SELECT count(*) > 0 AS synced FROM association.sync();
SELECT association.create('Big', '{"id": 9007199254740993}');
SELECT association.create_associated('Big', 9007199254740993, 'Smalls', '{"label": "x"}');

-- a model that is a target cannot become the junction of a belongsToMany:
-- its default id would go, and the earlier association uses it (Sequelize
-- fails at sync with 42703; here the declaration is refused, and nothing
-- crashes)
SELECT association.define_model('A'), association.define_model('B'), association.define_model('J'), association.define_model('C');
SELECT association.belongs_to_many('A', 'J', '{"through": "A_J"}');
SELECT err($$SELECT association.belongs_to_many('C', 'B', '{"through": "J"}')$$);
SELECT association.define_model('R', '{"jRef": {"type": "INTEGER", "references": {"model": "J", "key": "id"}}}');
SELECT association.drop_association('A', 'Js');
SELECT err($$SELECT association.belongs_to_many('C', 'B', '{"through": "J"}')$$);
SELECT (association.describe('A')->'associations') AS a_associations;

-- a keyType that no = operator compares with the target key (constraints
-- off, as Sequelize allows): sync makes the column without a foreign key
-- and skips the accessor view with a NOTICE
SELECT association.define_model('Owner', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Pet', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to('Pet', 'Owner', '{"keyType": "STRING", "constraints": false}');
SET client_min_messages = notice;
SELECT count(*) > 0 AS synced FROM association.sync();
SET client_min_messages = warning;
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 't_json' AND table_name = 'Pets' ORDER BY ordinal_position;
SELECT association.describe('Pet')->'associations'->0->'view' AS view;

-- a through scope shares the junction's unique key with another scope: a
-- pair already there for the other scope is a unique violation (as in
-- Sequelize), not silently skipped
SELECT association.define_model('Post', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Image', '{"url": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Tag', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('tag_link', '{"taggable": "STRING", "taggable_id": {"type": "INTEGER", "unique": "tag_taggable"}, "tag_id": {"type": "INTEGER", "unique": "tag_taggable"}}', '{"timestamps": false}');
SELECT association.belongs_to_many('Post', 'Tag', '{"through": {"model": "tag_link", "unique": false, "scope": {"taggable": "post"}}, "foreignKey": "taggable_id", "otherKey": "tag_id", "constraints": false}');
SELECT association.belongs_to_many('Image', 'Tag', '{"through": {"model": "tag_link", "unique": false, "scope": {"taggable": "image"}}, "foreignKey": "taggable_id", "otherKey": "tag_id", "constraints": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Posts" (title) VALUES ('p');
INSERT INTO "Images" (url) VALUES ('i');
INSERT INTO "Tags" (name) VALUES ('t1'), ('t2');
SELECT association.add('Post', 1, 'Tags', '[1]');
SELECT err($$SELECT association.add('Image', 1, 'Tags', '[1, 2]')$$);
SELECT taggable, taggable_id, tag_id FROM tag_links ORDER BY 1, 3;

-- included lists are association.json_array: the text array_to_json writes
-- (no line breaks between elements, as json_agg would put), for any record
SELECT association.json_array(x ORDER BY x.n DESC)::text = pg_catalog.array_to_json(pg_catalog.array_agg(x ORDER BY x.n DESC))::text AS same_text,
       association.json_array(x ORDER BY x.n DESC) AS list
  FROM (VALUES (1, 'a "quoted" \ text', NULL::date), (2, NULL, '2024-02-29'), (3, E'line\nbreak', NULL)) v(n, s, d)
  CROSS JOIN LATERAL (SELECT v.n, v.s, v.d, (SELECT y FROM (SELECT v.n AS inner_n) y) AS nested) x;
SELECT association.json_array(x) IS NULL AS no_rows_null FROM (SELECT 1 AS a WHERE false) x;
SELECT association.json_array(NULL::record) AS null_element;

-- find_all in a select list streams its rows a batch (256) at a time: the
-- same rows as in FROM across batches, rows of every size (one over 1 MB),
-- and a caller that stops early leaves no cursor behind
SELECT association.define_model('Crate', '{"label": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Item', '{"n": "INTEGER"}', '{"timestamps": false}');
SELECT association.has_many('Crate', 'Item');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Crates" (label) SELECT pg_catalog.repeat('x', CASE WHEN c = 300 THEN 1500000 ELSE c END) FROM generate_series(1, 700) c;
INSERT INTO "Items" (n, "CrateId") SELECT i, 1 + i % 700 FROM generate_series(1, 2100) i;
WITH streamed AS (SELECT association.find_all('Crate', '{"order": [["id", "ASC"]], "include": ["Items"]}')::text AS r),
     stored AS (SELECT r::text FROM association.find_all('Crate', '{"order": [["id", "ASC"]], "include": ["Items"]}') r)
SELECT (SELECT count(*) FROM streamed) AS streamed_rows,
       (SELECT pg_catalog.md5(pg_catalog.string_agg(r, '|')) FROM streamed) =
       (SELECT pg_catalog.md5(pg_catalog.string_agg(r, '|')) FROM stored) AS same_rows,
       (SELECT pg_catalog.max(pg_catalog.length(r)) FROM streamed) AS longest;
SELECT r->>'id' AS id, pg_catalog.json_array_length(r->'Items') AS items
  FROM (SELECT association.find_all('Crate', '{"order": [["id", "DESC"]], "include": ["Items"]}') AS r LIMIT 3) s;
SELECT count(*) AS open_cursors FROM pg_cursors;
-- through a client's cursor: read to the end in pieces, or closed early,
-- then the transaction ends (the stream's memory is gone before the
-- executor shuts down: nothing may reach it then)
BEGIN;
DECLARE crates NO SCROLL CURSOR FOR
  SELECT (r->>'id')::int AS id FROM (SELECT association.find_all('Crate', '{"order": [["id", "ASC"]], "include": ["Items"]}') AS r) s;
FETCH 300 FROM crates \g /dev/null
FETCH 300 FROM crates \g /dev/null
MOVE 99 FROM crates;
FETCH 2 FROM crates;
COMMIT;
BEGIN;
DECLARE crates NO SCROLL CURSOR FOR SELECT association.find_all('Crate', '{"order": [["id", "ASC"]], "include": ["Items"]}') AS r;
FETCH 2 FROM crates \g /dev/null
CLOSE crates;
COMMIT;
-- a cursor WITH HOLD outlives its transaction, and the stream under it too
BEGIN;
DECLARE held CURSOR WITH HOLD FOR
  SELECT (r->>'id')::int AS id FROM (SELECT association.find_all('Crate', '{"order": [["id", "ASC"]], "include": ["Items"]}') AS r) s;
FETCH 2 FROM held;
DECLARE unread CURSOR WITH HOLD FOR
  SELECT (r->>'id')::int AS id FROM (SELECT association.find_all('Crate', '{"order": [["id", "DESC"]], "include": ["Items"]}') AS r) s;
COMMIT;
FETCH 2 FROM held;
FETCH 2 FROM unread;
SELECT name, is_holdable FROM pg_cursors ORDER BY 1;
CLOSE held;
CLOSE unread;
-- run again for every row of an outer query (a rescanned subquery)
SELECT n, (SELECT count(*) FROM (SELECT association.find_all('Crate', '{"where": {"id": {"lte": 300}}, "include": ["Items"]}') LIMIT n * 100) s) AS crates
  FROM generate_series(1, 4) n;

DROP SCHEMA t_json CASCADE;
DROP EXTENSION association CASCADE;
