-- belongsTo: foreign-key names, options, ON DELETE/UPDATE defaults, shared keys.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_belongs_to;
SET search_path = t_belongs_to, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/describe_helpers.sql
CREATE FUNCTION assocs(model text) RETURNS TABLE (name text, kind text, target text, foreign_key text,
                                                  source_key text, target_key text, constraints text)
LANGUAGE sql AS $$
  SELECT a->>'name', a->>'kind', a->>'target', a->>'foreignKey', a->>'sourceKey', a->>'targetKey',
         a->>'constraints'
    FROM jsonb_array_elements(association.describe(model)->'associations') a ORDER BY 1 $$;

-----------------------------------------------------------------------------
-- 1. Default key names: camelize keeps the first letter (
--    belongs-to.js:41-48): Captain -> CaptainId, captain -> captainId;
--    an alias replaces the model name (Sequelize v6 guide "Defining an Alias").
SELECT association.define_model('Captain', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('Ship', 'Captain');
SELECT association.belongs_to('Ship', 'Captain', '{"as": "leader"}');
-- Sequelize v6 guide models are lower case; captain names are unique (targetKey below)
SELECT association.define_model('captain', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('ship', 'captain');
-- "Providing the foreign key name directly": bossId, association name stays captain
SELECT association.define_model('boat', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('boat', 'captain', '{"foreignKey": "bossId"}');
-- "Doing both things": alias leader, key bossId
SELECT association.define_model('yacht', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('yacht', 'captain', '{"as": "leader", "foreignKey": "bossId"}');
-- "targetKey": captainName references captain.name (a unique non-PK column)
SELECT association.define_model('galley', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('galley', 'captain', '{"targetKey": "name", "foreignKey": "captainName"}');
SELECT * FROM assocs('Ship');
SELECT * FROM assocs('ship');
SELECT * FROM assocs('boat');
SELECT * FROM assocs('yacht');
SELECT * FROM assocs('galley');
SELECT * FROM fk_attrs('Ship');
SELECT * FROM fk_attrs('galley');
-- Ship and ship both want the view ship_captain: an error naming both
SELECT err($$SELECT * FROM association.sync()$$);
SELECT to_regclass('ships') IS NULL AS nothing_left_behind;
SELECT association.drop_association('Ship', 'Captain');
SELECT association.belongs_to('Ship', 'Captain', '{"accessorView": "big_ship_captain"}');
SELECT * FROM association.sync();
-- a second sync has nothing to do
SELECT * FROM association.sync();
SELECT * FROM cols('"Ships"');
SELECT * FROM fks('"Ships"');
SELECT * FROM idx('"Ships"');
SELECT * FROM cols('ships');
SELECT * FROM fks('ships');
SELECT * FROM cols('boats');
SELECT * FROM fks('boats');
SELECT * FROM cols('yachts');
SELECT * FROM fks('yachts');
SELECT * FROM cols('galleys');
SELECT * FROM fks('galleys');
SELECT * FROM idx('galleys');
SELECT table_name FROM information_schema.views WHERE table_schema = 't_belongs_to' ORDER BY 1;
-- the targetKey really is used: ship -> captain by name (Sequelize v6 guide)
INSERT INTO captains (name) VALUES ('Jack Sparrow');
INSERT INTO galleys (name, "captainName") VALUES ('Black Pearl', 'Jack Sparrow');
SELECT source_key, name FROM galley_captain ORDER BY 1;
SELECT err($$INSERT INTO galleys (name, "captainName") VALUES ('Flying Dutchman', 'Davy Jones')$$);

-----------------------------------------------------------------------------
-- 2. targetKey errors: unknown attribute; not unique -> 42830
SELECT association.define_model('dinghy', '{}', '{"timestamps": false}');
SELECT err($$SELECT association.belongs_to('dinghy', 'captain', '{"targetKey": "rank"}')$$);
SELECT err($$SELECT association.belongs_to('dinghy', 'Captain', '{"targetKey": "name"}')$$);
-- duplicate association name on one source (42710); unknown option key (22023);
-- naming collision between an attribute and the association
SELECT err($$SELECT association.belongs_to('ship', 'captain')$$);
SELECT err($$SELECT association.belongs_to('dinghy', 'captain', '{"foreignkey": "x"}')$$);
SELECT association.define_model('raft', '{"owner": "TEXT"}', '{"timestamps": false}');
SELECT err($$SELECT association.belongs_to('raft', 'captain', '{"as": "owner"}')$$);
SELECT err($$SELECT association.belongs_to('dinghy', 'nobody')$$);
SELECT association.drop_model('dinghy');
SELECT association.drop_model('raft');

-----------------------------------------------------------------------------
-- 3. foreignKey object (Sequelize v6 guide "Customizing the foreign key"):
--    name, field, type, allowNull, defaultValue are merged into the column.
SELECT association.define_model('Sloop', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Sloop', 'Captain', '{"foreignKey": {"name": "skipperId", "field": "skipper_id",
   "type": "BIGINT", "allowNull": false, "defaultValue": 42}}');
-- field only: the attribute keeps its default name CaptainId
SELECT association.define_model('Ketch', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Ketch', 'Captain', '{"foreignKey": {"field": "captain_ref"}}');
-- name only, as in Sequelize v6 guide option 4
SELECT association.define_model('Yawl', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Yawl', 'Captain', '{"foreignKey": {"name": "myCaptainId"}}');
SELECT * FROM fk_attrs('Sloop');
SELECT * FROM fk_attrs('Ketch');
SELECT * FROM fk_attrs('Yawl');
SELECT * FROM association.sync();
SELECT * FROM cols('"Sloops"');
SELECT * FROM fks('"Sloops"');
SELECT * FROM cols('"Ketches"');
SELECT * FROM fks('"Ketches"');
SELECT * FROM idx('"Ketches"');
SELECT * FROM cols('"Yawls"');
SELECT * FROM fks('"Yawls"');

-----------------------------------------------------------------------------
-- 4. Sequelize v5 guide "Foreign keys": target PK uuid -> companyUuid, underscored
--    source -> column company_uuid; as: 'role' -> roleId (not userRoleId);
--    foreignKey 'fk_company' verbatim; targetKey name -> fk_companyname.
SELECT association.define_model('company', '{"uuid": {"type": "UUID", "primaryKey": true},
                                              "name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('userRole', '{}', '{"timestamps": false}');
SELECT association.define_model('user', '{}', '{"underscored": true, "timestamps": false}');
SELECT association.belongs_to('user', 'company');
-- underscored: an alias and a given camelCase key get snake_case columns
SELECT association.belongs_to('user', 'userRole', '{"as": "role"}');
SELECT association.belongs_to('user', 'company', '{"as": "employer", "foreignKey": "employerRef"}');
SELECT association.define_model('member', '{}', '{"timestamps": false}');
SELECT association.belongs_to('member', 'userRole', '{"as": "role"}');
SELECT association.belongs_to('member', 'company', '{"foreignKey": "fk_company"}');
SELECT association.belongs_to('member', 'company', '{"as": "employer", "foreignKey": "fk_companyname", "targetKey": "name"}');
SELECT * FROM assocs('user');
SELECT * FROM fk_attrs('user');
SELECT * FROM assocs('member');
SELECT * FROM fk_attrs('member');
SELECT * FROM association.sync();
SELECT * FROM cols('users');
SELECT * FROM fks('users');
SELECT * FROM idx('users');
SELECT * FROM cols('members');
SELECT * FROM fks('members');

-----------------------------------------------------------------------------
-- 5. ON DELETE / ON UPDATE (belongs-to.js:90-94): SET NULL/CASCADE
--    when the key is nullable, NO ACTION/CASCADE when allowNull false;
--    explicit values in any case; a bad value is 22023.
SELECT association.define_model('Dock', '{}', '{"timestamps": false}');
SELECT association.define_model('Berth', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Berth', 'Dock', '{"as": "optional"}');
SELECT association.belongs_to('Berth', 'Dock', '{"as": "mandatory", "foreignKey": {"allowNull": false}}');
SELECT association.belongs_to('Berth', 'Dock', '{"as": "cascading", "onDelete": "cascade", "onUpdate": "restrict"}');
SELECT association.belongs_to('Berth', 'Dock', '{"as": "defaulting", "onDelete": "set default", "onUpdate": "no action"}');
SELECT association.belongs_to('Berth', 'Dock', '{"as": "strict", "foreignKey": {"allowNull": false}, "onDelete": "RESTRICT"}');
SELECT err($$SELECT association.belongs_to('Berth', 'Dock', '{"as": "bad", "onDelete": "DELETE"}')$$);
SELECT association.define_model('Mooring', '{}', '{"timestamps": false}');
-- constraints: false -> no REFERENCES (test "should be possible to disable them")
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "loose", "constraints": false}');
-- quirk: constraints false plus an explicit onDelete still creates the reference,
-- with no ON UPDATE default (helpers.js:155-174)
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "quirk", "constraints": false, "onDelete": "CASCADE"}');
-- v1 foreignKeyConstraint: true (with constraints default: the v6 defaults;
-- with constraints false: a plain REFERENCES, NO ACTION both ways)
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "v1", "foreignKeyConstraint": true}');
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "v1plain", "foreignKeyConstraint": true, "constraints": false}');
-- keyType overrides the referenced key's type; index: false skips the index
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "wide", "keyType": "BIGINT"}');
SELECT association.belongs_to('Mooring', 'Dock', '{"as": "unindexed", "index": false}');
SELECT * FROM assocs('Berth');
SELECT * FROM fk_attrs('Berth');
SELECT * FROM assocs('Mooring');
SELECT * FROM fk_attrs('Mooring');
SELECT * FROM association.sync();
SELECT * FROM cols('"Berths"');
SELECT * FROM fks('"Berths"');
SELECT * FROM idx('"Berths"');
SELECT * FROM cols('"Moorings"');
SELECT * FROM fks('"Moorings"');
SELECT * FROM idx('"Moorings"');
-- behaviour: SET NULL, NO ACTION, and constraints false leaves the key alone
INSERT INTO "Docks" (id) VALUES (1), (2);
INSERT INTO "Berths" (id, "optionalId", "mandatoryId", "strictId") VALUES (1, 1, 2, 2);
INSERT INTO "Moorings" (id, "looseId", "quirkId") VALUES (1, 1, 2), (2, 2, 1);
DELETE FROM "Docks" WHERE id = 1;
SELECT id, "optionalId", "mandatoryId", "strictId" FROM "Berths" ORDER BY id;
SELECT id, "looseId", "quirkId" FROM "Moorings" ORDER BY id;
SELECT err($$DELETE FROM "Docks" WHERE id = 2$$);

-----------------------------------------------------------------------------
-- 5b. A declared attribute of the key's name is merged, its settings win
--     (mergeDefaults, "allowNull is read from an existing attribute"):
--     NOT NULL + default 42 survive, ON DELETE is NO ACTION.
SELECT association.define_model('Crew', '{"DockId": {"type": "INTEGER", "allowNull": false, "defaultValue": 42}}',
                                '{"timestamps": false}');
SELECT association.belongs_to('Crew', 'Dock');
SELECT * FROM fk_attrs('Crew');
-- an existing table is adopted and only gets the column, constraint and index
CREATE TABLE harbor_logs (id serial PRIMARY KEY, note text);
SELECT association.define_model('HarborLog', '{}', '{"tableName": "harbor_logs", "timestamps": false}');
SELECT association.belongs_to('HarborLog', 'Dock');
SELECT * FROM association.sync();
SELECT * FROM cols('"Crews"');
SELECT * FROM fks('"Crews"');
SELECT * FROM cols('harbor_logs');
SELECT * FROM fks('harbor_logs');
SELECT * FROM idx('harbor_logs');

-----------------------------------------------------------------------------
-- 6. One shared column (mergeDefaults): Player.belongsTo(Team) and
--    Team.hasMany(Player) both infer TeamId -> exactly one column, one FK.
SELECT association.define_model('Team', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to('Player', 'Team');
SELECT association.has_many('Team', 'Player');
SELECT * FROM assocs('Player');
SELECT * FROM assocs('Team');
SELECT * FROM fk_attrs('Player');
SELECT * FROM association.sync();
SELECT * FROM cols('"Players"');
SELECT * FROM fks('"Players"');
SELECT * FROM idx('"Players"');

-----------------------------------------------------------------------------
-- 7. Sequelize v5 guide "Naming strategy": with as 'TheSubscription' the belongsTo and
--    the hasMany do not agree: SubscriptionId and TheSubscriptionId
--    (v6 keeps the capital T).
SELECT association.define_model('Subscription', '{}', '{"timestamps": false}');
SELECT association.define_model('Invoice', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Invoice', 'Subscription', '{"as": "TheSubscription"}');
SELECT association.has_many('Subscription', 'Invoice');
SELECT * FROM fk_attrs('Invoice');
SELECT * FROM association.sync();
SELECT * FROM cols('"Invoices"');
SELECT * FROM fks('"Invoices"');
-- the same again with foreignKey 'subscription_id' on both: only one key
SELECT association.drop_model('Invoice', '{"table": true, "cascade": true}');
SELECT association.drop_model('Subscription', '{"table": true, "cascade": true}');
SELECT name FROM association.models WHERE name IN ('Invoice', 'Subscription');
SELECT source, name FROM association.associations WHERE 'Invoice' IN (source, target) ORDER BY 1, 2;
SELECT to_regclass('"Invoices"') IS NULL AS invoices_gone, to_regclass('"Subscriptions"') IS NULL AS subscriptions_gone;
SELECT association.define_model('Subscription', '{}', '{"timestamps": false}');
SELECT association.define_model('Invoice', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Invoice', 'Subscription', '{"as": "TheSubscription", "foreignKey": "subscription_id"}');
SELECT association.has_many('Subscription', 'Invoice', '{"foreignKey": "subscription_id"}');
SELECT * FROM fk_attrs('Invoice');
SELECT * FROM association.sync();
SELECT * FROM cols('"Invoices"');
SELECT * FROM fks('"Invoices"');
SELECT * FROM idx('"Invoices"');

DROP SCHEMA t_belongs_to CASCADE;
DROP EXTENSION association CASCADE;
