-- instance functions on hasOne and belongsTo: get, set, create_associated
-- (Sequelize's mixins hasOne/belongsTo, scope; Sequelize v6 guide).
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_instance_singular;
SET search_path = t_instance_singular, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- reset(): drop every model table and forget every declaration
CREATE FUNCTION reset() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM association.drop_all();
  DELETE FROM association.associations;
  DELETE FROM association.models;
  DELETE FROM association.sync_objects;
END $$;

-- ===================================================================
-- Sequelize v6 guide "Foo.hasOne(Bar)" walk-through, step by step
SELECT association.define_model('Foo', '{"name": "STRING"}');
SELECT association.define_model('Bar', '{"name": "STRING"}');
SELECT association.has_one('Foo', 'Bar');
SELECT count(*) > 0 AS synced FROM association.sync();
-- const foo = await Foo.create({ name: 'the-foo' }); bar1, bar2
INSERT INTO "Foos" (id, name) VALUES (1, 'the-foo'), (2, 'other-foo');
INSERT INTO "Bars" (id, name) VALUES (1, 'some-bar'), (2, 'another-bar');
SELECT setval(pg_get_serial_sequence('"Bars"', 'id'), 100);
-- console.log(await foo.getBar()); // null
SELECT * FROM association.get('Foo', 1, 'Bar');
-- await foo.setBar(bar1);
SELECT association.set('Foo', 1, 'Bar', 1);
-- console.log((await foo.getBar()).name); // 'some-bar'
SELECT r->>'name' AS name FROM association.get('Foo', 1, 'Bar') r;
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS bar FROM association.get('Foo', 1, 'Bar') r;
-- await foo.createBar({ name: 'yet-another-bar' });
SELECT r::jsonb - 'createdAt' - 'updatedAt' - 'id' AS created FROM association.create_associated('Foo', 1, 'Bar', '{"name": "yet-another-bar"}') r;
-- const newlyAssociatedBar = await foo.getBar(); newlyAssociatedBar.name // 'yet-another-bar'
SELECT r->>'name' AS name FROM association.get('Foo', 1, 'Bar') r;
-- (project choice: createBar un-associates the previous bar, so getBar is well defined)
SELECT name, "FooId" FROM "Bars" ORDER BY name;
-- await foo.setBar(null); // Un-associate
SELECT association.set('Foo', 1, 'Bar', NULL::int);
-- console.log(await foo.getBar()); // null
SELECT * FROM association.get('Foo', 1, 'Bar');
SELECT name, "FooId" FROM "Bars" ORDER BY name;

-- set moves the one target: the previous one is nulled
SELECT association.set('Foo', 1, 'Bar', 1);
SELECT association.set('Foo', 1, 'Bar', '2');
SELECT name, "FooId" FROM "Bars" ORDER BY name;
-- setting a target of another instance steals it from there
SELECT association.set('Foo', 2, 'Bar', 2);
SELECT name, "FooId" FROM "Bars" ORDER BY name;
SELECT * FROM association.get('Foo', 1, 'Bar');
-- setting the same target twice is a no-op: updatedAt does not move
CREATE TABLE snap AS SELECT id, "updatedAt" FROM "Bars";
SELECT association.set('Foo', 2, 'Bar', '{"id": 2}'::jsonb);
SELECT association.set('Foo', 2, 'Bar', ARRAY[2]);
SELECT b.name, b."FooId", b."updatedAt" = s."updatedAt" AS unchanged FROM "Bars" b JOIN snap s USING (id) ORDER BY name;
-- set(NULL) in all its spellings, and set([]), un-associate
SELECT association.set('Foo', 2, 'Bar', NULL);
SELECT association.set('Foo', 1, 'Bar', 1);
SELECT association.set('Foo', 1, 'Bar', ARRAY[]::int[]);
SELECT association.set('Foo', 2, 'Bar', 2);
SELECT association.set('Foo', 2, 'Bar', '[]'::jsonb);
SELECT association.set('Foo', 1, 'Bar', 1);
SELECT association.set('Foo', 1, 'Bar', 'null'::jsonb);
SELECT count(*) AS associated FROM "Bars" WHERE "FooId" IS NOT NULL;
-- get of a missing instance finds nothing
SELECT * FROM association.get('Foo', 999, 'Bar');
-- getter options apply to singular get too
SELECT association.set('Foo', 1, 'Bar', 1);
SELECT r FROM association.get('Foo', 1, 'Bar', '{"attributes": ["name"]}') r;
SELECT r FROM association.get('Foo', 1, 'Bar', '{"where": {"name": {"like": "some%"}}, "attributes": {"exclude": ["createdAt", "updatedAt"]}}') r;
SELECT r FROM association.get('Foo', 1, 'Bar', '{"where": {"name": "nope"}}') r;
SELECT r->>'name' AS name FROM association.get('Foo', 1, 'Bar', '{"where": "name <> ''x''"}') r;

-- errors: count/has/add/remove are not hasOne methods (42809)
SELECT err($$SELECT association.count('Foo', 1, 'Bar')$$);
SELECT err($$SELECT association.has('Foo', 1, 'Bar', 1)$$);
SELECT err($$SELECT association.add('Foo', 1, 'Bar', 1)$$);
SELECT err($$SELECT association.remove('Foo', 1, 'Bar', 1)$$);
-- set takes one target
SELECT err($$SELECT association.set('Foo', 1, 'Bar', ARRAY[1, 2])$$);
SELECT err($$SELECT association.set('Foo', 1, 'Bar', '[1, {"id": 2}]'::jsonb)$$);
-- a missing instance or target fails with 23503 and changes nothing
SELECT err($$SELECT association.set('Foo', 999, 'Bar', 2)$$);
SELECT err($$SELECT association.set('Foo', 999, 'Bar', NULL::int)$$);
SELECT err($$SELECT association.set('Foo', 1, 'Bar', 999)$$);
SELECT err($$SELECT association.create_associated('Foo', 999, 'Bar', '{"name": "orphan"}')$$);
SELECT name, "FooId" FROM "Bars" ORDER BY name;
SELECT err($$SELECT association.set('Foo', 1, 'Bar', 1, '{"through": {}}')$$);
SELECT err($$SELECT association.set('Foo', 1, 'Bars', 1)$$);

-- ===================================================================
-- belongsTo: Player.belongsTo(Team): the key is on the source
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to('Player', 'Team');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Teams" (id, name) VALUES (1, 'Reds'), (2, 'Blues');
INSERT INTO "Players" (id, name) VALUES (1, 'Ann'), (2, 'Bob');
SELECT setval(pg_get_serial_sequence('"Teams"', 'id'), 100);
SELECT * FROM association.get('Player', 1, 'Team');
SELECT association.set('Player', 1, 'Team', 1);
SELECT r FROM association.get('Player', 1, 'Team') r;
SELECT association.set('Player', 2, 'Team', '{"id": 1}'::jsonb);
SELECT association.set('Player', 1, 'Team', '2');
SELECT id, name, "TeamId" FROM "Players" ORDER BY id;
SELECT r->>'name' AS team FROM association.get('Player', 1, 'Team') r;
-- set(NULL) un-associates
SELECT association.set('Player', 1, 'Team', NULL::int);
SELECT * FROM association.get('Player', 1, 'Team');
-- create_associated: creates the target, then points the source at it
SELECT r::jsonb - 'id' AS created FROM association.create_associated('Player', 1, 'Team', '{"name": "Greens"}') r;
SELECT p.name, t.name AS team FROM "Players" p LEFT JOIN "Teams" t ON t.id = p."TeamId" ORDER BY p.id;
SELECT r::jsonb - 'id' AS team FROM association.get('Player', 1, 'Team') r;
-- errors
SELECT err($$SELECT association.count('Player', 1, 'Team')$$);
SELECT err($$SELECT association.has('Player', 1, 'Team', 1)$$);
SELECT err($$SELECT association.add('Player', 1, 'Team', 1)$$);
SELECT err($$SELECT association.remove('Player', 1, 'Team', 1)$$);
SELECT err($$SELECT association.set('Player', 1, 'Team', ARRAY[1, 2])$$);
SELECT err($$SELECT association.set('Player', 1, 'Team', 999)$$);
SELECT err($$SELECT association.set('Player', 999, 'Team', 1)$$);
SELECT err($$SELECT association.create_associated('Player', 999, 'Team', '{"name": "Ghosts"}')$$);
SELECT count(*) AS ghosts FROM "Teams" WHERE name = 'Ghosts';
SELECT * FROM association.get('Player', 999, 'Team');

-- ===================================================================
-- Sequelize v6 guide Ship/Captain: Ship.belongsTo(Captain, {targetKey: 'name', foreignKey: 'captainName'})
SELECT association.define_model('ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('captain', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to('ship', 'captain', '{"targetKey": "name", "foreignKey": "captainName"}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- await Captain.create({ name: "Jack Sparrow" });
INSERT INTO captains (id, name) VALUES (1, 'Jack Sparrow'), (2, 'Davy Jones');
SELECT setval(pg_get_serial_sequence('captains', 'id'), 100);
-- const ship = await Ship.create({ name: "Black Pearl", captainName: "Jack Sparrow" });
INSERT INTO ships (id, name, "captainName") VALUES (1, 'Black Pearl', 'Jack Sparrow'), (2, 'Flying Dutchman', NULL);
-- console.log((await ship.getCaptain()).name); // "Jack Sparrow"
SELECT r->>'name' AS name FROM association.get('ship', 1, 'captain') r;
SELECT r FROM association.get('ship', 1, 'captain') r;
-- a raw value names the captain by its targetKey (name), not by id
SELECT association.set('ship', 2, 'captain', 'Davy Jones');
SELECT association.set('ship', 1, 'captain', '{"name": "Davy Jones"}'::jsonb);
SELECT id, name, "captainName" FROM ships ORDER BY id;
SELECT err($$SELECT association.set('ship', 1, 'captain', '1')$$);
SELECT err($$SELECT association.set('ship', 1, 'captain', '{"id": 1}'::jsonb)$$);
SELECT association.set('ship', 1, 'captain', NULL::text);
SELECT * FROM association.get('ship', 1, 'captain');
SELECT r FROM association.create_associated('ship', 1, 'captain', '{"id": 3, "name": "Hector Barbossa"}') r;
SELECT id, name, "captainName" FROM ships ORDER BY id;
SELECT r->>'name' AS name FROM association.get('ship', 1, 'captain') r;

-- ===================================================================
-- Sequelize v6 guide sourceKey: Foo.hasOne(Bar, {sourceKey: 'name', foreignKey: 'fooName'}),
-- and "await Bar.setFoo("Foo's Name Here")" on the belongsTo side with targetKey 'name'
SELECT reset();
SELECT association.define_model('foo', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.has_one('foo', 'bar', '{"sourceKey": "name", "foreignKey": "fooName"}');
SELECT association.belongs_to('bar', 'foo', '{"targetKey": "name", "foreignKey": "fooName"}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO foos (id, name) VALUES (1, 'Foo''s Name Here'), (2, 'Another Foo');
INSERT INTO bars (id, title) VALUES (1, 'Bar''s Title Here'), (2, 'Second Bar');
SELECT setval(pg_get_serial_sequence('bars', 'id'), 100);
-- bar.setFoo("Foo's Name Here")
SELECT association.set('bar', 1, 'foo', 'Foo''s Name Here');
SELECT id, title, "fooName" FROM bars ORDER BY id;
SELECT r FROM association.get('bar', 1, 'foo') r;
-- the hasOne side names its instance by the sourceKey value
SELECT r FROM association.get('foo', 'Foo''s Name Here', 'bar') r;
SELECT * FROM association.get('foo', 'Another Foo', 'bar');
SELECT association.set('foo', 'Another Foo', 'bar', 1);
SELECT association.set('foo', 'Foo''s Name Here'::text, 'bar', 2);
SELECT id, title, "fooName" FROM bars ORDER BY id;
SELECT r::jsonb - 'id' AS created FROM association.create_associated('foo', 'Another Foo', 'bar', '{"title": "Third Bar"}') r;
SELECT id, title, "fooName" FROM bars ORDER BY id;
SELECT err($$SELECT association.set('foo', '1', 'bar', 1)$$);
SELECT err($$SELECT association.set('bar', 1, 'foo', 'No Such Foo')$$);

-- ===================================================================
-- hasOne with an association scope and keys of other types (uuid source, text target),
-- underscored: rows keyed by attribute names
SELECT association.define_model('Account', '{"id": {"type": "UUID", "primaryKey": true}}', '{"timestamps": false}');
SELECT association.define_model('Picture', '{"code": {"type": "TEXT", "primaryKey": true}, "isMain": "BOOLEAN"}',
                                '{"timestamps": false, "underscored": true}');
SELECT association.has_one('Account', 'Picture', '{"as": "mainPicture", "foreignKey": "accountId", "scope": {"isMain": true}}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Accounts" VALUES ('00000000-0000-0000-0000-000000000001'), ('00000000-0000-0000-0000-000000000002');
INSERT INTO pictures (code, is_main, account_id) VALUES
  ('p1', false, '00000000-0000-0000-0000-000000000001'), ('p2', NULL, NULL);
-- the scope filters get: p1 is the account's picture but not a main one
SELECT * FROM association.get('Account', '00000000-0000-0000-0000-000000000001', 'mainPicture');
-- set writes the scope and the key
SELECT association.set('Account', '00000000-0000-0000-0000-000000000001', 'mainPicture', 'p2');
SELECT code, is_main, account_id FROM pictures ORDER BY code;
SELECT r FROM association.get('Account', '00000000-0000-0000-0000-000000000001'::uuid, 'mainPicture') r;
-- create writes the scope; the previous main picture is un-associated (p1, not in scope, stays)
SELECT r FROM association.create_associated('Account', '00000000-0000-0000-0000-000000000001', 'mainPicture', '{"code": "p3", "isMain": false}') r;
SELECT code, is_main, account_id FROM pictures ORDER BY code;
SELECT association.set('Account', '00000000-0000-0000-0000-000000000002', 'mainPicture', 'p3');
SELECT association.set('Account', '00000000-0000-0000-0000-000000000001', 'mainPicture', NULL);
SELECT code, is_main, account_id FROM pictures ORDER BY code;
SELECT err($$SELECT association.set('Account', 'nope', 'mainPicture', 'p1')$$);
SELECT err($$SELECT association.set('Account', '00000000-0000-0000-0000-000000000009', 'mainPicture', 'p1')$$);
SELECT err($$SELECT association.has('Account', '00000000-0000-0000-0000-000000000001', 'mainPicture', 'p1')$$);

DROP SCHEMA t_instance_singular CASCADE;
DROP EXTENSION association CASCADE;
