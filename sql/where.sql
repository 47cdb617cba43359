-- the JSON where language and the getter options, on get of a hasMany and of a belongsToMany
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_where;
SET search_path = t_where, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('Owner', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Task', '{
  "title": "STRING", "priority": "INTEGER", "done": "BOOLEAN",
  "dueOn": {"type": "DATEONLY", "field": "due_on"}, "note": "TEXT", "cost": "DECIMAL(8,2)"}', '{"timestamps": false}');
SELECT association.define_model('Label', '{"name": "STRING", "weight": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('OwnerLabel', '{"rank": "INTEGER", "kind": "STRING"}', '{"timestamps": false}');
SELECT association.has_many('Owner', 'Task');
SELECT association.belongs_to_many('Owner', 'Label', '{"through": "OwnerLabel"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Owners" (name) VALUES ('o1'), ('o2');
INSERT INTO "Tasks" (title, priority, done, due_on, note, cost, "OwnerId") VALUES
  ('alpha',   1, true,  '2024-01-10', 'first',   1.50, 1),
  ('beta',    2, false, '2024-02-10', NULL,     10.00, 1),
  ('Gamma',   3, true,  '2024-03-10', 'Third',   NULL, 1),
  ('delta',   4, NULL,  '2024-04-10', 'fourth',  7.25, 1),
  ('epsilon', 5, false, NULL,         '50%_off', 3.00, 1),
  ('alpha',   1, true,  '2024-01-10', 'other',   1.50, 2);
INSERT INTO "Labels" (name, weight) VALUES ('red', 1), ('green', 2), ('blue', 3), ('Black', NULL), ('white', 5);
INSERT INTO "OwnerLabels" ("OwnerId", "LabelId", rank, kind) VALUES
  (1, 1, 1, 'main'), (1, 2, 2, 'main'), (1, 3, 3, NULL), (1, 4, 4, 'extra'), (2, 5, 1, 'main');
-- an unrelated table that a where value must never reach
CREATE TABLE y (v int);

-- tasks(options): the titles owner 1's getTasks(options) returns, in id order, or the error
CREATE FUNCTION tasks(options jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE res text; st text; msg text;
BEGIN
  SELECT coalesce(string_agg(r->>'title', ',' ORDER BY (r->>'id')::int), '-') INTO res
    FROM association.get('Owner', 1, 'Tasks', options) r;
  RETURN res;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ': ' || msg;
END $$;
-- labels(options): the same for owner 1's getLabels(options)
CREATE FUNCTION labels(options jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE res text; st text; msg text;
BEGIN
  SELECT coalesce(string_agg(r->>'name', ',' ORDER BY (r->>'id')::int), '-') INTO res
    FROM association.get('Owner', 1, 'Labels', options) r;
  RETURN res;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ': ' || msg;
END $$;
-- in_order(assoc, options): the names/titles in the order get returns them
CREATE FUNCTION in_order(assoc text, options jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE res text; st text; msg text;
BEGIN
  SELECT coalesce(string_agg(coalesce(r->>'title', r->>'name', r::text), ',' ORDER BY n), '-') INTO res
    FROM association.get('Owner', 1, assoc, options) WITH ORDINALITY AS g(r, n);
  RETURN res;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ': ' || msg;
END $$;

-- every operator, on the hasMany (owner 1: alpha beta Gamma delta epsilon)
SELECT n, w, tasks(jsonb_build_object('where', w::jsonb)) FROM (VALUES
  (1,  '{}'),
  (2,  '{"priority": 2}'),
  (3,  '{"priority": {"eq": 2}}'),
  (4,  '{"priority": {"ne": 2}}'),
  (5,  '{"priority": {"gt": 3}}'),
  (6,  '{"priority": {"gte": 3}}'),
  (7,  '{"priority": {"lt": 3}}'),
  (8,  '{"priority": {"lte": 3}}'),
  (9,  '{"priority": {"in": [1, 3, 99]}}'),
  (10, '{"priority": {"notIn": [1, 3]}}'),
  (11, '{"priority": [2, 4]}'),
  (12, '{"title": {"like": "%ta"}}'),
  (13, '{"title": {"notLike": "%ta"}}'),
  (14, '{"title": {"like": "g%"}}'),
  (15, '{"title": {"iLike": "g%"}}'),
  (16, '{"title": {"notILike": "g%"}}'),
  (17, '{"note": {"like": "50\\%%"}}'),
  (18, '{"priority": {"between": [2, 4]}}'),
  (19, '{"priority": {"notBetween": [2, 4]}}'),
  (20, '{"dueOn": {"between": ["2024-02-01", "2024-03-31"]}}'),
  (21, '{"cost": {"between": [1.5, 7.25]}}'),
  (22, '{"note": null}'),
  (23, '{"note": {"is": null}}'),
  (24, '{"note": {"not": null}}'),
  (25, '{"note": {"eq": null}}'),
  (26, '{"note": {"ne": null}}'),
  (27, '{"done": true}'),
  (28, '{"done": false}'),
  (29, '{"done": {"is": true}}'),
  (30, '{"done": {"not": true}}'),
  (31, '{"done": {"is": false}}'),
  (32, '{"done": {"not": false}}'),
  (33, '{"done": {"is": null}}'),
  (34, '{"note": {"ne": "first"}}'),
  (35, '{"priority": {"gte": 2, "lte": 3}}'),
  (36, '{"priority": {"gte": 2}, "done": false}'),
  (37, '{"priority": {"$gte": 4}}'),
  (38, '{"priority": {"$in": [1, 2]}, "title": {"$like": "a%"}}'),
  (39, '{"dueOn": {"gt": "2024-02-10"}}'),
  (40, '{"dueOn": "2024-01-10"}'),
  (41, '{"priority": "3"}'),
  (42, '{"title": {}}'),
  (43, '{"priority": {"in": []}}'),
  (44, '{"priority": {"notIn": []}}'),
  (45, '{"cost": 10}'),
  (46, '{"done": "yes"}')
) v(n, w) ORDER BY n;

-- and / or / not, nesting, the "$" spellings
SELECT n, w, tasks(jsonb_build_object('where', w::jsonb)) FROM (VALUES
  (1,  '{"or": [{"priority": 1}, {"title": "delta"}]}'),
  (2,  '{"$or": [{"priority": 1}, {"title": "delta"}]}'),
  (3,  '{"or": {"priority": 1, "title": "delta"}}'),
  (4,  '{"and": [{"priority": {"gt": 1}}, {"done": false}]}'),
  (5,  '{"$and": [{"priority": {"gt": 1}}, {"done": false}]}'),
  (6,  '{"not": [{"priority": 1}]}'),
  (7,  '{"$not": [{"priority": {"gt": 1}}, {"done": false}]}'),
  (8,  '{"not": {"done": true}}'),
  (9,  '{"or": [{"and": [{"priority": {"gt": 1}}, {"done": false}]}, {"not": [{"or": [{"priority": {"lt": 5}}, {"note": null}]}]}]}'),
  (10, '{"or": [{"title": "alpha"}, {"or": [{"title": "beta"}, {"and": [{"title": "Gamma"}, {"done": true}]}]}]}'),
  (11, '{"title": {"like": "%a"}, "or": [{"priority": 1}, {"priority": 5}]}'),
  (12, '{"and": []}'),
  (13, '{"not": [{"note": {"ne": null}}]}'),
  (14, '{"or": [{"priority": 1}, {"done": {"is": null}}], "not": [{"title": "alpha"}]}')
) v(n, w) ORDER BY n;

-- a where value that looks like SQL is only a value
SELECT tasks('{"where": {"title": "x''); DROP TABLE y; --"}}');
SELECT tasks('{"where": {"title": {"in": ["alpha", "x\"); DROP TABLE y; --"]}}}');
SELECT tasks('{"where": {"note": {"like": "%'' OR ''1''=''1"}}}');
SELECT tasks('{"where": {"priority": "1 OR 1=1"}}');
SELECT to_regclass('t_where.y') IS NOT NULL AS y_still_there;

-- errors: unknown attribute (42703), unknown operator (22023), the type's input (22P02 / 22007 / 22003)
SELECT n, w, tasks(jsonb_build_object('where', w::jsonb)) FROM (VALUES
  (1,  '{"nope": 1}'),
  (2,  '{"due_on": "2024-01-10"}'),
  (3,  '{"title\"; DROP TABLE y; --": 1}'),
  (4,  '{"priority": {"gtx": 1}}'),
  (5,  '{"priority": {"$foo": 1}}'),
  (6,  '{"priority": {"equals": 1}}'),
  (7,  '{"priority": "abc"}'),
  (8,  '{"priority": {"gt": "abc"}}'),
  (9,  '{"priority": {"in": [1, "two"]}}'),
  (10, '{"priority": 1.5}'),
  (11, '{"priority": true}'),
  (12, '{"priority": 99999999999}'),
  (13, '{"dueOn": "not a date"}'),
  (14, '{"done": "maybe"}'),
  (15, '{"priority": {"in": 3}}'),
  (16, '{"priority": {"notIn": "1,2"}}'),
  (17, '{"priority": {"between": [1]}}'),
  (18, '{"priority": {"between": [1, 2, 3]}}'),
  (19, '{"priority": {"notBetween": 3}}'),
  (20, '{"priority": {"gt": null}}'),
  (21, '{"priority": {"in": [1, null]}}'),
  (22, '{"done": {"is": "yes"}}'),
  (23, '{"priority": {"not": 3}}'),
  (24, '{"or": "x"}'),
  (25, '{"and": [1, 2]}'),
  (26, '{"not": [[{"priority": 1}]]}'),
  (27, '{"priority": {"eq": [1, 2]}}'),
  (28, '{"priority": {"like": "1%"}}')
) v(n, w) ORDER BY n;
SELECT tasks('{"where": [{"priority": 1}]}');
SELECT tasks('{"where": 5}');
SELECT tasks('{"where": null}');

-- nesting: 32 levels are fine, deeper is an error (54000), also very deep
CREATE FUNCTION nest(n int, op text DEFAULT 'and') RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE w jsonb := '{"priority": 1}';
BEGIN
  FOR i IN 2..n LOOP w := jsonb_build_object(op, jsonb_build_array(w)); END LOOP;
  RETURN w;
END $$;
SELECT tasks(jsonb_build_object('where', nest(32))) AS depth_32,
       tasks(jsonb_build_object('where', nest(33))) AS depth_33;
SELECT tasks(jsonb_build_object('where', nest(31, 'not'))) AS not_31,
       tasks(jsonb_build_object('where', nest(32, 'or'))) AS or_32;
SELECT tasks(jsonb_build_object('where', nest(2000))) AS depth_2000;
SELECT tasks(jsonb_build_object('where', nest(33, 'or'))) AS or_33;

-- the v1 string where: one SQL boolean expression over the target's columns
SELECT tasks('{"where": "priority > 3"}');
SELECT tasks('{"where": "title = ''alpha'' OR priority = 5"}');
SELECT tasks('{"where": "priority > 3; DROP TABLE y"}');
SELECT tasks('{"where": "priority > 3) OR (true"}');
SELECT tasks('{"where": "true) --", "order": [["priority", "DESC"]], "limit": 1}');
SELECT tasks('{"where": "nope > 3"}');
SELECT to_regclass('t_where.y') IS NOT NULL AS y_still_there;

-- getter options: attributes, order, limit, offset
SELECT r FROM association.get('Owner', 1, 'Tasks', '{"attributes": ["title", "dueOn"], "where": {"priority": {"lte": 2}}, "order": [["priority", "DESC"]]}') r;
SELECT r FROM association.get('Owner', 1, 'Tasks', '{"attributes": {"exclude": ["note", "cost", "dueOn", "done", "OwnerId"]}, "order": ["id"], "limit": 2}') r;
SELECT n, o, in_order('Tasks', o::jsonb) FROM (VALUES
  (1,  '{"order": [["priority", "DESC"]]}'),
  (2,  '{"order": [["title", "asc"]], "where": {"title": {"notLike": "G%"}}}'),
  (3,  '{"order": ["title"], "where": {"title": {"notLike": "G%"}}}'),
  (4,  '{"order": [["done", "DESC NULLS LAST"], ["priority", "ASC"]]}'),
  (5,  '{"order": [["done", "NULLS FIRST"], ["priority", "DESC"]]}'),
  (6,  '{"order": [["dueOn", "DESC"]]}'),
  (7,  '{"order": [["priority"]], "limit": 2}'),
  (8,  '{"order": [["priority"]], "limit": 2, "offset": 2}'),
  (9,  '{"order": [["priority"]], "offset": 4}'),
  (10, '{"order": [["priority"]], "offset": 10}'),
  (11, '{"order": [["priority"]], "limit": 0}'),
  (12, '{"order": [["priority"]], "limit": null, "offset": null}'),
  (13, '{"order": []}'),
  (14, '{"order": [["priority", "DESC"]], "where": {"done": {"not": null}}, "limit": 1, "offset": 1}'),
  (15, '{"raw": true, "order": ["priority"], "limit": 1}')
) v(n, o) ORDER BY n;
SELECT r FROM association.get('Owner', 1, 'Labels', '{"attributes": [], "joinTableAttributes": ["rank"], "order": [["OwnerLabel", "rank", "ASC"]], "limit": 2}') r;
-- option errors
SELECT n, o, in_order('Tasks', o::jsonb) FROM (VALUES
  (1,  '{"order": "title"}'),
  (2,  '{"order": [["title", "SIDEWAYS"]]}'),
  (3,  '{"order": [["title", 1]]}'),
  (4,  '{"order": [["nope"]]}'),
  (5,  '{"order": [["due_on"]]}'),
  (6,  '{"order": [[1]]}'),
  (7,  '{"order": [["title", "ASC", "x"]]}'),
  (8,  '{"order": [[]]}'),
  (9,  '{"order": [["title", "DESC; DROP TABLE y"]]}'),
  (10, '{"limit": -1}'),
  (11, '{"limit": "5"}'),
  (12, '{"limit": 1.5}'),
  (13, '{"offset": -3}'),
  (14, '{"offset": true}'),
  (15, '{"limit": 1e30}'),
  (16, '{"wher": {"priority": 1}}'),
  (17, '{"attributes": ["nope"]}'),
  (18, '{"attributes": "title"}'),
  (19, '{"attributes": {"include": ["title"]}}'),
  (20, '{"attributes": {"exclude": "title"}}'),
  (21, '{"joinTableAttributes": ["rank"]}'),
  (22, '{"through": {"where": {"rank": 1}}}'),
  (23, '{"raw": "yes"}'),
  (24, '{"order": [["OwnerLabel", "rank", "ASC"]]}')
) v(n, o) ORDER BY n;
SELECT err($$SELECT association.get('Owner', 1, 'Tasks', '[]')$$);
SELECT err($$SELECT association.get('Owner', 1, 'Tasks', '{"wher": {}}')$$);
-- count takes where; order, limit and offset do not change a count
SELECT association.count('Owner', 1, 'Tasks', '{"where": {"priority": {"gt": 2}}}') AS gt2,
       association.count('Owner', 1, 'Tasks', '{"where": {"or": [{"note": null}, {"done": null}]}}') AS nulls,
       association.count('Owner', 1, 'Tasks', '{"where": {"priority": {"gt": 2}}, "order": [["title", "DESC"]], "limit": 1, "offset": 1}') AS ignored;
SELECT err($$SELECT association.count('Owner', 1, 'Tasks', '{"where": {"nope": 1}}')$$);

-- the same language on a belongsToMany: the target's where and the junction's through.where
-- (owner 1: red green blue Black; junction rank 1..4, kind main main NULL extra)
SELECT n, o, labels(o::jsonb) FROM (VALUES
  (1,  '{"where": {"weight": {"gte": 2}}}'),
  (2,  '{"where": {"weight": null}}'),
  (3,  '{"where": {"weight": {"ne": 2}}}'),
  (4,  '{"where": {"name": {"iLike": "b%"}}}'),
  (5,  '{"where": {"name": {"like": "b%"}}}'),
  (6,  '{"where": {"name": {"notILike": "%e%"}}}'),
  (7,  '{"where": {"weight": {"between": [2, 3]}}}'),
  (8,  '{"where": {"weight": {"notBetween": [2, 3]}}}'),
  (9,  '{"where": {"name": ["red", "blue", "white"]}}'),
  (10, '{"where": {"name": {"notIn": ["red"]}}}'),
  (11, '{"where": {"weight": {"is": null}}}'),
  (12, '{"where": {"$or": [{"weight": 1}, {"weight": {"$gt": 2}}]}}'),
  (13, '{"through": {"where": {"kind": "main"}}}'),
  (14, '{"through": {"where": {"kind": null}}}'),
  (15, '{"through": {"where": {"kind": {"not": null}}}}'),
  (16, '{"through": {"where": {"rank": {"in": [2, 4]}}}}'),
  (17, '{"through": {"where": {"rank": {"gt": 1}, "kind": {"notLike": "m%"}}}}'),
  (18, '{"through": {"where": {"or": [{"rank": 1}, {"kind": "extra"}]}}}'),
  (19, '{"where": {"weight": {"lt": 3}}, "through": {"where": {"rank": {"gte": 2}}}}'),
  (20, '{"through": {"where": {"not": [{"kind": "main"}]}}}'),
  (21, '{"through": {"where": {"OwnerId": 1, "LabelId": {"lte": 2}}}}'),
  (22, '{"through": {"where": {"rank": "x''); DROP TABLE y; --"}}}'),
  (23, '{"through": {"where": {"kind": "x''); DROP TABLE y; --"}}}'),
  (24, '{"through": {"where": {"nope": 1}}}'),
  (25, '{"through": {"where": {"weight": 1}}}'),
  (26, '{"where": {"rank": 1}}'),
  (27, '{"through": {"where": {"rank": {"bogus": 1}}}}'),
  (28, '{"through": {"where": null}}'),
  (29, '{"through": {"wher": {}}}'),
  (30, '{"through": "x"}'),
  (31, '{"through": {"attributes": ["rank"]}, "where": {"name": "red"}}'),
  (32, '{"joinTableAttributes": ["nope"]}'),
  (33, '{"joinTableAttributes": "rank"}')
) v(n, o) ORDER BY n;
SELECT n, o, in_order('Labels', o::jsonb) FROM (VALUES
  (1,  '{"order": [["OwnerLabel", "rank", "DESC"]]}'),
  (2,  '{"order": [["OwnerLabel", "kind", "ASC NULLS FIRST"], ["name", "DESC"]]}'),
  (3,  '{"order": [["weight", "DESC NULLS LAST"]], "limit": 2}'),
  (4,  '{"order": [["OwnerLabel", "rank", "ASC"]], "limit": 2, "offset": 1}'),
  (5,  '{"order": [["OwnerLabel", "nope", "ASC"]]}'),
  (6,  '{"order": [["Label", "name", "ASC"]]}'),
  (7,  '{"order": [["OwnerLabel", "rank", "UP"]]}')
) v(n, o) ORDER BY n;
SELECT r FROM association.get('Owner', 1, 'Labels', '{"attributes": ["name"], "joinTableAttributes": ["rank", "kind"], "where": {"weight": {"not": null}}, "through": {"where": {"rank": {"lt": 3}}}, "order": [["OwnerLabel", "rank", "DESC"]]}') r;
SELECT association.count('Owner', 1, 'Labels', '{"where": {"weight": {"gt": 1}}, "through": {"where": {"kind": "main"}}}') AS main_heavy;
SELECT to_regclass('t_where.y') IS NOT NULL AS y_still_there;

DROP SCHEMA t_where CASCADE;
DROP EXTENSION association CASCADE;
