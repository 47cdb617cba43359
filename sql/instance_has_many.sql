-- instance functions on hasMany: get, count, has, set, add, remove, create_associated
-- (Sequelize's mixins hasMany, scope).
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_instance_has_many;
SET search_path = t_instance_has_many, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- names(model, key, assoc, options): the names of the associated rows, in order
CREATE FUNCTION names(m text, k anyelement, a text, o jsonb DEFAULT '{"order": [["name", "ASC"]]}')
RETURNS text LANGUAGE sql AS $$
  SELECT coalesce(string_agg(r->>'name', ',' ORDER BY n), '')
    FROM association.get(m, k, a, o) WITH ORDINALITY AS g(r, n) $$;

-- ===================================================================
-- Team.hasMany(Player) + Player.belongsTo(Team), integer keys, timestamps
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING", "rank": "INTEGER", "nick": "TEXT"}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Teams" (id, name) VALUES (1, 'Reds'), (2, 'Blues'), (3, 'Greens');
INSERT INTO "Players" (id, name, rank, nick) VALUES
  (1, 'Ann', 5, 'a'), (2, 'Bob', 3, NULL), (3, 'Cid', 8, 'c'), (4, 'Dee', 1, 'dee'),
  (5, 'Eve', 9, NULL), (6, 'Fay', 2, 'Fay'), (11, 'Kim', 12, 'k'), (12, 'Lou', 15, 'lou');
SELECT setval(pg_get_serial_sequence('"Players"', 'id'), 100);
-- snap(): remember every player's updatedAt (the database moves it on every UPDATE)
CREATE TABLE snap (id int PRIMARY KEY, "updatedAt" timestamptz);
CREATE FUNCTION snap() RETURNS void LANGUAGE sql AS $$
  DELETE FROM snap; INSERT INTO snap SELECT id, "updatedAt" FROM "Players" $$;

-- nothing associated yet: get is empty, count 0, has false
SELECT * FROM association.get('Team', 1, 'Players');
SELECT association.count('Team', 1, 'Players');
SELECT association.has('Team', 1, 'Players', 1);

-- add one key, an array of keys, a jsonb array of keys and objects
SELECT association.add('Team', 1, 'Players', 1);
SELECT association.add('Team', 1, 'Players', ARRAY[2, 3]);
SELECT association.add('Team', 1, 'Player', '[4, {"id": 5}]'::jsonb);   -- the singular name works too
SELECT names('Team', 1, 'Players');
SELECT association.count('Team', 1, 'Players');
-- rows are jsonb keyed by attribute names; timestamps are there
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS player, r::jsonb ? 'createdAt' AS has_created, r::jsonb ? 'updatedAt' AS has_updated
  FROM association.get('Team', 1, 'Players', '{"order": [["id", "ASC"]], "limit": 1}') r;
-- the key as an unknown literal, as text, as bigint, as numeric jsonb, as a string in jsonb
SELECT association.count('Team', '1', 'Players');
SELECT association.count('Team', 1::bigint, 'Players');
SELECT association.count('Team', '1'::text, 'Players');
SELECT association.has('Team', 1, 'Players', '1');
SELECT association.has('Team', 1, 'Players', '["1", 2]'::jsonb);
SELECT association.has('Team', 1, 'Players', ARRAY[1, 2]::bigint[]);
SELECT association.has('Team', 1, 'Players', ARRAY['3', '4']);

-- has: true only when all given targets are associated; [] is true; NULL is false
SELECT association.has('Team', 1, 'Players', ARRAY[1, 6]);
SELECT association.has('Team', 1, 'Players', 6);
SELECT association.has('Team', 1, 'Players', ARRAY[]::int[]);
SELECT association.has('Team', 1, 'Players', '[]'::jsonb);
SELECT association.has('Team', 1, 'Players', NULL::int);
SELECT association.has('Team', 1, 'Players', NULL::int[]);
SELECT association.has('Team', 1, 'Players', NULL);
SELECT association.has('Team', 1, 'Players', '[1, 1, 2]'::jsonb);   -- duplicates are fine
SELECT association.has('Team', 1, 'Players', 999);                   -- a missing target is just not associated
SELECT association.has('Team', 2, 'Players', 1);                     -- associated with another team

-- a missing instance: get/count/has find nothing
SELECT * FROM association.get('Team', 999, 'Players');
SELECT association.count('Team', 999, 'Players');
SELECT association.has('Team', 999, 'Players', 1);
SELECT association.has('Team', 999, 'Players', ARRAY[]::int[]);

-- getter options: where with every operator
SELECT names('Team', 1, 'Players', '{"where": {"rank": 5}}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"eq": 5}}}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"ne": 5}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"gt": 5}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"gte": 5}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"lt": 5}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"lte": 5}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"$gte": 5, "$lt": 9}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"id": {"in": [1, 3, 6]}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"id": {"notIn": [1, 3]}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"name": {"like": "%e%"}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"name": {"notLike": "%e%"}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"name": {"iLike": "a%"}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"name": {"notILike": "a%"}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"between": [3, 8]}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"notBetween": [3, 8]}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"nick": null}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"nick": {"is": null}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"nick": {"not": null}}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"or": [{"rank": 1}, {"rank": 9}]}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"and": [{"rank": {"gt": 1}}, {"rank": {"lt": 8}}]}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"not": [{"rank": {"gt": 3}}]}, "order": [["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"where": {"$or": [{"name": "Ann"}, {"nick": "dee"}]}, "order": [["name", "ASC"]]}');
-- empty lists: in [] matches nothing, notIn [] everything
SELECT names('Team', 1, 'Players', '{"where": {"id": {"in": []}}}');
SELECT names('Team', 1, 'Players', '{"where": {"id": {"notIn": []}}, "order": [["name", "ASC"]]}');
-- the source filter always applies: Kim and Lou are not Reds
SELECT names('Team', 1, 'Players', '{"where": {"rank": {"gt": 10}}}');
-- a where value is a parameter of the column's type, never SQL text
SELECT names('Team', 1, 'Players', $${"where": {"name": "x' OR 'a'='a"}}$$);
-- v1 string where: one SQL boolean expression over the target's columns
SELECT names('Team', 1, 'Players', '{"where": "rank > 4", "order": [["name", "ASC"]]}');
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": "true; DROP TABLE \"Teams\""}')$$);
-- nor may it break out of its parentheses and drop the source filter
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": "true) OR (true"}')$$);
SELECT err($$SELECT association.count('Team', 1, 'Players', '{"where": "false) OR (true"}')$$);
-- a semicolon inside a string literal is part of one expression
SELECT names('Team', 1, 'Players', $${"where": "name <> 'a;b' AND rank < 4", "order": [["name", "ASC"]]}$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": "nosuchcol > 1"}')$$);
SELECT to_regclass('"Teams"') IS NOT NULL AS teams_still_there;
-- count honours where
SELECT association.count('Team', 1, 'Players', '{"where": {"rank": {"gte": 5}}}');
SELECT association.count('Team', 1, 'Players', '{"where": "rank < 5"}');
-- attributes: a list (only those keys) and {"exclude": [...]}
SELECT r FROM association.get('Team', 1, 'Players', '{"attributes": ["name"], "order": [["name", "ASC"]]}') r;
SELECT r FROM association.get('Team', 1, 'Players', '{"attributes": {"exclude": ["createdAt", "updatedAt", "TeamId", "nick"]}, "order": [["id", "ASC"]]}') r;
-- order, limit, offset
SELECT names('Team', 1, 'Players', '{"order": [["name", "DESC"]]}');
SELECT names('Team', 1, 'Players', '{"order": [["rank", "DESC"]], "limit": 2}');
SELECT names('Team', 1, 'Players', '{"order": [["rank", "DESC"]], "limit": 2, "offset": 1}');
SELECT names('Team', 1, 'Players', '{"order": [["nick", "ASC NULLS FIRST"], ["name", "ASC"]]}');
SELECT names('Team', 1, 'Players', '{"order": [["name", "ASC"]], "limit": 0}');
SELECT names('Team', 1, 'Players', '{"order": [["name", "ASC"]], "offset": 4}');
-- getter option errors
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"wher": {}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": {"nosuch": 1}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": {"rank": {"foo": 1}}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": {"rank": {"in": 3}}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": {"rank": {"between": [1]}}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"where": {"rank": "abc"}}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"attributes": ["nosuch"]}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"order": [["name", "SIDEWAYS"]]}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"order": [["nosuch", "ASC"]]}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"limit": "ten"}')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Players', '{"limit": -1}')$$);
SELECT err($$SELECT association.count('Team', 1, 'Players', '{"where": {"nosuch": 1}}')$$);

-- add of an already associated target changes nothing: updatedAt does not move
SELECT snap();
SELECT association.add('Team', 1, 'Players', ARRAY[1, 2]);
SELECT association.add('Team', 1, 'Players', '[1, {"id": 2}]'::jsonb);
SELECT p.id, p."TeamId", p."updatedAt" = s."updatedAt" AS unchanged FROM "Players" p JOIN snap s USING (id) ORDER BY id;
-- while a new target does move
SELECT association.add('Team', 1, 'Players', ARRAY[1, 12]);
SELECT p.id, p."TeamId", p."updatedAt" = s."updatedAt" AS unchanged FROM "Players" p JOIN snap s USING (id) WHERE id IN (1, 12) ORDER BY id;
SELECT association.remove('Team', 1, 'Players', 12);
SELECT association.count('Team', 1, 'Players');
-- add(NULL) and remove(NULL) do nothing
SELECT association.add('Team', 1, 'Players', NULL::int);
SELECT association.add('Team', 1, 'Players', NULL);
SELECT association.remove('Team', 1, 'Players', NULL::int[]);
SELECT association.remove('Team', 1, 'Players', NULL);
SELECT association.count('Team', 1, 'Players');
-- add([]) and remove([]) do nothing either
SELECT association.add('Team', 1, 'Players', ARRAY[]::int[]);
SELECT association.remove('Team', 1, 'Players', '[]'::jsonb);
SELECT association.count('Team', 1, 'Players');

-- add steals a target from another source (has-many.js:404-424)
SELECT association.add('Team', 2, 'Players', ARRAY[6, 5]);
SELECT names('Team', 1, 'Players'), names('Team', 2, 'Players');
-- remove leaves targets associated with other sources alone, and ignores not-associated ones
SELECT association.remove('Team', 1, 'Players', ARRAY[5, 6, 11, 4]);
SELECT id, "TeamId" FROM "Players" ORDER BY id;
SELECT association.remove('Team', 1, 'Player', '{"id": 3}'::jsonb);
SELECT names('Team', 1, 'Players');

-- set: un-associates what is not listed, associates the rest, leaves unchanged rows untouched
SELECT snap();
SELECT association.set('Team', 1, 'Players', ARRAY[2, 3, 11]);
SELECT p.id, p."TeamId", p."updatedAt" = s."updatedAt" AS unchanged FROM "Players" p JOIN snap s USING (id) ORDER BY id;
-- setting the same targets again touches nothing
SELECT snap();
SELECT association.set('Team', 1, 'Players', ARRAY[11, 3, 2]);
SELECT count(*) AS moved FROM "Players" p JOIN snap s USING (id) WHERE p."updatedAt" <> s."updatedAt";
-- duplicates in the list are harmless
SELECT association.set('Team', 1, 'Players', ARRAY[2, 2, 3, 11, 3]);
SELECT names('Team', 1, 'Players');
-- set steals from another team too
SELECT association.set('Team', 1, 'Players', '[2, 3, {"id": 11}, 5]'::jsonb);
SELECT names('Team', 1, 'Players'), names('Team', 2, 'Players');
-- set(NULL) and set([]) un-associate everything of this source only
SELECT association.set('Team', 1, 'Players', NULL::int);
SELECT names('Team', 1, 'Players'), names('Team', 2, 'Players');
SELECT association.set('Team', 2, 'Players', ARRAY[1]);
SELECT association.set('Team', 2, 'Players', ARRAY[]::int[]);
SELECT names('Team', 2, 'Players'), association.count('Team', 2, 'Players');
SELECT association.set('Team', 2, 'Players', 4);
SELECT association.set('Team', 2, 'Players', '[]'::jsonb);
SELECT association.set('Team', 3, 'Players', ARRAY[1, 2]);
SELECT association.set('Team', 3, 'Players', NULL);
SELECT count(*) AS associated FROM "Players" WHERE "TeamId" IS NOT NULL;

-- create_associated: inserts with the key set, returns the new row
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS created
  FROM association.create_associated('Team', 3, 'Players', '{"name": "Max", "rank": 7}') r;
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS created
  FROM association.create_associated('Team', '3', 'Player', '{"name": "Ned"}') r;
SELECT names('Team', 3, 'Players');
-- the instance's key wins over a key given in the values
SELECT r->>'TeamId' AS team FROM association.create_associated('Team', 3, 'Players', '{"name": "Oz", "TeamId": 1}') r;
SELECT names('Team', 3, 'Players'), association.count('Team', 1, 'Players');

-- a missing instance or target makes a mutator fail with 23503, and changes nothing
SELECT err($$SELECT association.add('Team', 999, 'Players', 1)$$);
SELECT err($$SELECT association.set('Team', 999, 'Players', ARRAY[1])$$);
SELECT err($$SELECT association.set('Team', 999, 'Players', NULL::int)$$);
SELECT err($$SELECT association.remove('Team', 999, 'Players', 1)$$);
SELECT err($$SELECT association.create_associated('Team', 999, 'Players', '{"name": "Zed"}')$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', ARRAY[1, 998])$$);
SELECT err($$SELECT association.set('Team', 1, 'Players', '[1, {"id": 997}]'::jsonb)$$);
SELECT err($$SELECT association.remove('Team', 1, 'Players', 996)$$);
SELECT count(*) AS associated_with_1 FROM "Players" WHERE "TeamId" = 1;
SELECT count(*) AS zed FROM "Players" WHERE name = 'Zed';
-- bad arguments
SELECT err($$SELECT association.add('Team', 1, 'Players', 'abc')$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', '[[1]]'::jsonb)$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', '[null]'::jsonb)$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', '[{"name": "Ann"}]'::jsonb)$$);
SELECT err($$SELECT association.add('Team', 'abc', 'Players', 1)$$);
SELECT err($$SELECT association.add('Team', NULL::int, 'Players', 1)$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', 1, '{"through": {"a": 1}}')$$);
SELECT err($$SELECT association.add('Team', 1, 'Players', 1, '{"bogus": 1}')$$);
SELECT err($$SELECT association.create_associated('Team', 1, 'Players', '[1]')$$);
SELECT err($$SELECT association.create_associated('Team', 1, 'Players', '{"nosuch": 1}')$$);
SELECT err($$SELECT * FROM association.get('Nope', 1, 'Players')$$);
SELECT err($$SELECT * FROM association.get('Team', 1, 'Nopes')$$);
SELECT err($$SELECT association.count('Player', 1, 'Team')$$);

-- ===================================================================
-- uuid keys: Org.hasMany(Member), both uuid primary keys
SELECT association.define_model('Org', '{"id": {"type": "UUID", "primaryKey": true}, "name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Member', '{"id": {"type": "UUID", "primaryKey": true, "defaultValue": "UUIDV4"}, "name": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('Org', 'Member');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Orgs" VALUES ('00000000-0000-0000-0000-00000000000a', 'Acme'), ('00000000-0000-0000-0000-00000000000b', 'Bolt');
INSERT INTO "Members" (id, name) VALUES ('10000000-0000-0000-0000-000000000001', 'm1'),
  ('10000000-0000-0000-0000-000000000002', 'm2'), ('10000000-0000-0000-0000-000000000003', 'm3');
SELECT association.add('Org', '00000000-0000-0000-0000-00000000000a', 'Members', '10000000-0000-0000-0000-000000000001');
SELECT association.add('Org', '00000000-0000-0000-0000-00000000000a'::uuid, 'Members',
                       ARRAY['10000000-0000-0000-0000-000000000002'::uuid]);
SELECT association.add('Org', '00000000-0000-0000-0000-00000000000b'::text, 'Members',
                       '["10000000-0000-0000-0000-000000000003"]'::jsonb);
SELECT r FROM association.get('Org', '00000000-0000-0000-0000-00000000000a', 'Members', '{"order": [["name", "ASC"]]}') r;
SELECT association.count('Org', '00000000-0000-0000-0000-00000000000b'::uuid, 'Members');
SELECT association.has('Org', '00000000-0000-0000-0000-00000000000a', 'Members',
                       ARRAY['10000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000002']);
SELECT association.has('Org', '00000000-0000-0000-0000-00000000000a', 'Members',
                       ARRAY['10000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000003']);
SELECT association.remove('Org', '00000000-0000-0000-0000-00000000000a', 'Members', '10000000-0000-0000-0000-000000000001'::uuid);
SELECT association.set('Org', '00000000-0000-0000-0000-00000000000b', 'Members',
                       '["10000000-0000-0000-0000-000000000001", {"id": "10000000-0000-0000-0000-000000000003"}]'::jsonb);
SELECT name, "OrgId" FROM "Members" ORDER BY name;
SELECT r->>'OrgId' AS org, (r->>'id')::uuid IS NOT NULL AS generated_id
  FROM association.create_associated('Org', '00000000-0000-0000-0000-00000000000b', 'Members', '{"name": "m4"}') r;
SELECT association.count('Org', '00000000-0000-0000-0000-00000000000b', 'Members');
SELECT err($$SELECT association.count('Org', 'not-a-uuid', 'Members')$$);
SELECT err($$SELECT association.add('Org', '00000000-0000-0000-0000-00000000000a', 'Members', 'not-a-uuid')$$);
SELECT err($$SELECT association.add('Org', '00000000-0000-0000-0000-0000000000ff', 'Members', '10000000-0000-0000-0000-000000000001')$$);
SELECT err($$SELECT association.add('Org', '00000000-0000-0000-0000-00000000000a', 'Members', '10000000-0000-0000-0000-0000000000ff')$$);

-- ===================================================================
-- text keys: Country (text PK "code").hasMany(City) (text PK "name"); a bigint-PK target
SELECT association.define_model('Country', '{"code": {"type": "TEXT", "primaryKey": true}}', '{"timestamps": false}');
SELECT association.define_model('City', '{"name": {"type": "TEXT", "primaryKey": true}, "pop": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('Port', '{"id": {"type": "BIGINT", "primaryKey": true}, "name": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('Country', 'City');
SELECT association.has_many('Country', 'Port');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Countries" VALUES ('FR'), ('DE'), ('it');
INSERT INTO "Cities" (name, pop) VALUES ('Paris', 2100), ('Lyon', 500), ('Berlin', 3600), ('O''Hare', 1);
INSERT INTO "Ports" (id, name) VALUES (5000000000, 'Marseille'), (5000000001, 'Hamburg');
SELECT association.set('Country', 'FR', 'Cities', ARRAY['Paris', 'Lyon']);
SELECT association.add('Country', 'DE'::text, 'City', 'Berlin');
SELECT association.add('Country', 'it', 'Cities', '["O''Hare"]'::jsonb);
SELECT names('Country', 'FR'::text, 'Cities');
SELECT r FROM association.get('Country', 'FR', 'Cities', '{"where": {"pop": {"gt": 1000}}}') r;
SELECT association.has('Country', 'FR', 'Cities', 'Paris'), association.has('Country', 'fr', 'Cities', 'Paris');
SELECT association.has('Country', 'FR', 'Cities', ARRAY['Paris', 'Berlin']);
SELECT association.remove('Country', 'FR', 'Cities', 'Lyon');
SELECT name, "CountryCode" FROM "Cities" ORDER BY name;
SELECT r FROM association.create_associated('Country', 'DE', 'Cities', '{"name": "Bonn", "pop": 300}') r;
SELECT err($$SELECT association.add('Country', 'XX', 'Cities', 'Paris')$$);
SELECT err($$SELECT association.add('Country', 'FR', 'Cities', 'Atlantis')$$);
-- bigint target keys: given as bigint, numeric, text and in jsonb
SELECT association.add('Country', 'FR', 'Ports', 5000000000);
SELECT association.add('Country', 'DE', 'Ports', '5000000001');
SELECT association.has('Country', 'FR', 'Ports', '[5000000000]'::jsonb), association.has('Country', 'DE', 'Ports', 5000000001::bigint);
SELECT r FROM association.get('Country', 'DE', 'Ports') r;
SELECT err($$SELECT association.add('Country', 'FR', 'Ports', 1.5)$$);

-- ===================================================================
-- underscored models: rows come back keyed by attribute names (camelCase), not columns
SELECT association.define_model('Shelf', '{"label": "TEXT"}', '{"underscored": true}');
SELECT association.define_model('BookItem', '{"title": "TEXT", "pageCount": "INTEGER"}', '{"underscored": true}');
SELECT association.has_many('Shelf', 'BookItem');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO shelves (id, label) VALUES (1, 'top');
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS created
  FROM association.create_associated('Shelf', 1, 'BookItems', '{"title": "Dune", "pageCount": 412}') r;
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS got, r::jsonb ? 'createdAt' AS camel_created, r::jsonb ? 'created_at' AS snake_created
  FROM association.get('Shelf', 1, 'BookItems') r;
SELECT r FROM association.get('Shelf', 1, 'BookItems', '{"attributes": ["title", "pageCount"], "where": {"pageCount": {"gt": 100}}, "order": [["pageCount", "DESC"]]}') r;
SELECT title, shelf_id FROM book_items;

-- ===================================================================
-- non-primary sourceKey (Sequelize v6 guide): Bar.hasMany(Baz, {sourceKey: 'title', foreignKey: 'barTitle'})
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('baz', '{"summary": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('bar', 'baz', '{"sourceKey": "title", "foreignKey": "barTitle"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO bars (id, title) VALUES (1, 'Bar''s Title Here'), (2, 'Other');
INSERT INTO bazs (id, summary) VALUES (1, 's1'), (2, 's2'), (3, 's3');
-- the instance is named by its sourceKey value; targets by their primary key
SELECT association.add('bar', 'Bar''s Title Here', 'bazs', ARRAY[1, 2]);
SELECT association.add('bar', 'Other', 'baz', 3);
SELECT id, summary, "barTitle" FROM bazs ORDER BY id;
SELECT r FROM association.get('bar', 'Bar''s Title Here', 'bazs', '{"order": [["id", "DESC"]]}') r;
SELECT association.has('bar', 'Bar''s Title Here', 'bazs', ARRAY[1, 2]), association.has('bar', 'Other', 'bazs', ARRAY[1, 3]);
SELECT association.set('bar', 'Bar''s Title Here', 'bazs', 3);
SELECT r FROM association.create_associated('bar', 'Other', 'bazs', '{"id": 4, "summary": "s4"}') r;
SELECT id, "barTitle" FROM bazs ORDER BY id;
SELECT err($$SELECT association.add('bar', '1', 'bazs', 1)$$);
SELECT err($$SELECT association.add('bar', 'No Such Title', 'bazs', 1)$$);

-- ===================================================================
-- association scope, Sequelize v5 guide Post/Image/Comment, end to end
SELECT association.define_model('post', '{"title": "STRING", "text": "STRING"}');
SELECT association.define_model('image', '{"title": "STRING", "link": "STRING"}');
SELECT association.define_model('comment', '{"title": "STRING", "commentable": "STRING", "commentableId": "INTEGER"}');
SELECT association.has_many('post', 'comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "post"}}');
SELECT association.belongs_to('comment', 'post', '{"foreignKey": "commentableId", "constraints": false, "as": "post"}');
SELECT association.has_many('image', 'comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "image"}}');
SELECT association.belongs_to('comment', 'image', '{"foreignKey": "commentableId", "constraints": false, "as": "image"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO posts (id, title) VALUES (1, 'a post');
INSERT INTO images (id, title) VALUES (1, 'an image'), (2, 'another image');
INSERT INTO comments (id, title, commentable, "commentableId") VALUES
  (1, 'on post 1', 'post', 1), (2, 'on image 1', 'image', 1), (3, 'loose', NULL, NULL);
SELECT setval(pg_get_serial_sequence('comments', 'id'), 100);
-- image.getComments(): WHERE commentable = 'image' AND commentableId = 1
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS comment FROM association.get('image', 1, 'comments') r;
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS comment FROM association.get('post', 1, 'comments') r;
SELECT association.count('image', 1, 'comments'), association.count('post', 1, 'comments');
SELECT association.has('image', 1, 'comments', 1) AS image_has_post_comment, association.has('image', 1, 'comments', 2) AS image_has_2;
-- image.createComment({title: 'Awesome!'}): writes commentable = 'image'
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS created
  FROM association.create_associated('image', 1, 'comments', '{"title": "Awesome!"}') r;
SELECT title, commentable, "commentableId" FROM comments WHERE title = 'Awesome!';
-- the scope wins over a scope attribute given in the values
SELECT r->>'commentable' AS commentable FROM association.create_associated('image', 2, 'comments', '{"title": "sneaky", "commentable": "post"}') r;
-- image.addComment(comment): sets commentableId and commentable
SELECT association.add('image', 1, 'comments', 3);
SELECT id, title, commentable, "commentableId" FROM comments ORDER BY id;
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS comment FROM association.get('image', 1, 'comments', '{"order": [["id", "ASC"]]}') r;
DELETE FROM comments WHERE id > 100;
-- the post's comment 1 moves to the image when added there (add steals, and writes the scope)
SELECT association.add('image', 2, 'comment', 1);
SELECT id, commentable, "commentableId" FROM comments WHERE id = 1;
SELECT association.count('post', 1, 'comments');
-- remove through the post does not touch the image's comments (scope and key both filter)
SELECT association.remove('post', 1, 'comments', ARRAY[1, 2, 3]);
SELECT id, commentable, "commentableId" FROM comments ORDER BY id;
-- set applies the scope: only this image's comments are un-associated
SELECT association.set('image', 1, 'comments', ARRAY[2]);
SELECT id, commentable, "commentableId" FROM comments ORDER BY id;
SELECT association.set('post', 1, 'comments', ARRAY[3]);
SELECT association.set('image', 1, 'comments', NULL);
SELECT id, commentable, "commentableId" FROM comments ORDER BY id;
-- constraints: false does not excuse a missing instance or target
SELECT err($$SELECT association.add('image', 99, 'comments', 2)$$);
SELECT err($$SELECT association.add('image', 1, 'comments', 99)$$);
SELECT err($$SELECT association.create_associated('post', 99, 'comments', '{"title": "orphan"}')$$);
SELECT count(*) AS orphans FROM comments WHERE title = 'orphan';
-- the belongsTo side reads the image back
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS image FROM association.get('comment', 1, 'image') r;

-- ===================================================================
-- not synced yet: a clear error
SELECT association.define_model('Later', '{}');
SELECT association.define_model('LaterItem', '{}');
SELECT association.has_many('Later', 'LaterItem');
SELECT err($$SELECT * FROM association.get('Later', 1, 'LaterItems')$$);
SELECT err($$SELECT association.add('Later', 1, 'LaterItems', 1)$$);

DROP SCHEMA t_instance_has_many CASCADE;
DROP EXTENSION association CASCADE;
