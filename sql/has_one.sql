-- hasOne: foreign-key names (alias and model name), options, ON DELETE/UPDATE, sourceKey.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_has_one;
SET search_path = t_has_one, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/describe_helpers.sql
CREATE FUNCTION assocs(model text) RETURNS TABLE (name text, kind text, target text, foreign_key text,
                                                  source_key text, target_key text, constraints text)
LANGUAGE sql AS $$
  SELECT a->>'name', a->>'kind', a->>'target', a->>'foreignKey', a->>'sourceKey', a->>'targetKey',
         a->>'constraints'
    FROM jsonb_array_elements(association.describe(model)->'associations') a ORDER BY 1 $$;

-- foobar() gives the Sequelize v6 guide's models foo and bar a fresh start (drops them, their
-- tables and associations, and defines them again)
CREATE FUNCTION foobar(foo_attrs json DEFAULT '{"name": "TEXT"}') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT FROM association.models WHERE name = 'bar') THEN
    PERFORM association.drop_model('bar', '{"table": true, "cascade": true}');
    PERFORM association.drop_model('foo', '{"table": true, "cascade": true}');
  END IF;
  PERFORM association.define_model('foo', foo_attrs, '{"timestamps": false}');
  PERFORM association.define_model('bar', '{"name": "TEXT"}', '{"timestamps": false}');
END $$;

-----------------------------------------------------------------------------
-- 1. Sequelize v6 guide One-To-One "Implementation": foo.hasOne(bar) + bar.belongsTo(foo)
--    share one fooId, ON DELETE SET NULL ON UPDATE CASCADE (the guide's SQL).
SELECT foobar();
SELECT association.has_one('foo', 'bar');
SELECT association.belongs_to('bar', 'foo');
SELECT * FROM assocs('foo');
SELECT * FROM assocs('bar');
SELECT * FROM fk_attrs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
SELECT * FROM idx('bars');

-- onDelete/onUpdate RESTRICT on the hasOne: the belongsTo of the pair shares
-- the column and the settings already there win (mergeDefaults)
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"onDelete": "RESTRICT", "onUpdate": "RESTRICT"}');
SELECT association.belongs_to('bar', 'foo');
SELECT * FROM fk_attrs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');

-----------------------------------------------------------------------------
-- 2. Sequelize v6 guide "Customizing the foreign key", options 1-4, each from scratch.
--    In v6 the two calls of a pair do not coordinate (one column only
--    when the inferred names coincide; cf. Sequelize v5 guide Invoice/Subscription): the
--    side without foreignKey still infers fooId, so bar gets myFooId AND fooId.
-- Option 1: hasOne foreignKey string
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"foreignKey": "myFooId"}');
SELECT association.belongs_to('bar', 'foo');
SELECT * FROM assocs('foo');
SELECT * FROM assocs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
-- Option 2: hasOne foreignKey {name}
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"foreignKey": {"name": "myFooId"}}');
SELECT association.belongs_to('bar', 'foo');
SELECT * FROM assocs('foo');
SELECT * FROM assocs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
-- Option 3: belongsTo foreignKey string
SELECT foobar();
SELECT association.has_one('foo', 'bar');
SELECT association.belongs_to('bar', 'foo', '{"foreignKey": "myFooId"}');
SELECT * FROM assocs('foo');
SELECT * FROM assocs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
-- Option 4: belongsTo foreignKey {name}
SELECT foobar();
SELECT association.has_one('foo', 'bar');
SELECT association.belongs_to('bar', 'foo', '{"foreignKey": {"name": "myFooId"}}');
SELECT * FROM assocs('foo');
SELECT * FROM assocs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
-- both sides naming the key: one column
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"foreignKey": "myFooId"}');
SELECT association.belongs_to('bar', 'foo', '{"foreignKey": "myFooId"}');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');

-----------------------------------------------------------------------------
-- 3. foreignKey {type: UUID} (Sequelize v6 guide): the key is uuid; with foo's uuid
--    primary key it works, with the default integer id sync fails (42804)
--    and leaves nothing behind.
SELECT foobar('{"id": {"type": "UUID", "primaryKey": true, "defaultValue": "UUIDV4"}}');
SELECT association.has_one('foo', 'bar', '{"foreignKey": {"type": "UUID"}}');
SELECT association.belongs_to('bar', 'foo');
SELECT * FROM fk_attrs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"foreignKey": {"type": "UUID"}}');
SELECT * FROM fk_attrs('bar');
SELECT err($$SELECT * FROM association.sync()$$);
SELECT to_regclass('bars') IS NULL AS nothing_left_behind;

-----------------------------------------------------------------------------
-- 4. Mandatory: foreignKey {allowNull: false} -> NOT NULL, and v6 gives
--    ON DELETE CASCADE ON UPDATE CASCADE (has-one.js:89-93, 
--    the v5 guide's "RESTRICT ... RESTRICT" is not what v6 does).
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"foreignKey": {"allowNull": false}}');
SELECT * FROM fk_attrs('bar');
SELECT * FROM association.sync();
SELECT * FROM cols('bars');
SELECT * FROM fks('bars');
INSERT INTO foos (id, name) VALUES (1, 'the-foo');
INSERT INTO bars (name, "fooId") VALUES ('some-bar', 1);
DELETE FROM foos WHERE id = 1;
SELECT count(*) AS bars_left FROM bars;
-- explicit values in any case; constraints false: no REFERENCES
SELECT foobar();
SELECT association.has_one('foo', 'bar', '{"onDelete": "cascade", "onUpdate": "set null"}');
SELECT association.define_model('qux', '{}', '{"timestamps": false}');
SELECT association.has_one('foo', 'qux', '{"constraints": false}');
SELECT * FROM fk_attrs('bar');
SELECT * FROM fk_attrs('qux');
SELECT * FROM association.sync();
SELECT * FROM fks('bars');
SELECT * FROM cols('quxes');
SELECT * FROM fks('quxes');
SELECT * FROM idx('quxes');
-- drop_model refuses while foo's association points at qux
SELECT err($$SELECT association.drop_model('qux', '{"table": true}')$$);
SELECT association.drop_model('qux', '{"table": true, "cascade": true}');
SELECT * FROM assocs('foo');

-----------------------------------------------------------------------------
-- 5. Key name from the hasOne alias (singularized) and the source MODEL name
--    (has-one.js:42-49); Sequelize v5 guide "HasOne".
SELECT association.define_model('Person', '{}', '{"timestamps": false}');
-- Person.hasOne(Person, {as: 'Father'}) -> FatherId
SELECT association.has_one('Person', 'Person', '{"as": "Father"}');
-- Company.hasOne(Person, {as: 'CEO'}) -> CEOId
SELECT association.define_model('Company', '{"name": {"type": "TEXT", "unique": true}, "motto": "TEXT"}',
                                '{"timestamps": false}');
SELECT association.has_one('Company', 'Person', '{"as": "CEO"}');
-- a plural alias is singularized for the key: Parents -> ParentId
SELECT association.has_one('Company', 'Person', '{"as": "Parents"}');
-- the model name, not its name option: Boss named chief -> BossId
SELECT association.define_model('Boss', '{}', '{"timestamps": false, "name": {"singular": "chief", "plural": "chiefs"}}');
SELECT association.has_one('Boss', 'Person');
SELECT * FROM assocs('Person');
SELECT * FROM assocs('Company');
SELECT * FROM assocs('Boss');
SELECT * FROM fk_attrs('Person');
SELECT * FROM association.sync();
SELECT * FROM cols('"People"');
SELECT * FROM fks('"People"');
-- {as: 'Father', foreignKey: 'DadId'} -> DadId; the old declaration's view and
-- constraint go at the next sync, its column stays (drop_association)
SELECT association.drop_association('Person', 'Father');
SELECT association.has_one('Person', 'Person', '{"as": "Father", "foreignKey": "DadId"}');
SELECT * FROM assocs('Person');
SELECT * FROM association.sync();
SELECT * FROM cols('"People"');
SELECT * FROM fks('"People"');
SELECT * FROM idx('"People"');

-----------------------------------------------------------------------------
-- 6. Sequelize v6/v5 guide "Multiple associations involving the same models":
--    Team.hasOne(Game, {as: 'HomeTeam', foreignKey: 'homeTeamId'}), AwayTeam,
--    Game.belongsTo(Team) -> Game has homeTeamId, awayTeamId and TeamId.
SELECT association.define_model('Team', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Game', '{}', '{"timestamps": false}');
SELECT association.has_one('Team', 'Game', '{"as": "HomeTeam", "foreignKey": "homeTeamId"}');
SELECT association.has_one('Team', 'Game', '{"as": "AwayTeam", "foreignKey": "awayTeamId"}');
SELECT association.belongs_to('Game', 'Team');
SELECT * FROM assocs('Team');
SELECT * FROM assocs('Game');
SELECT * FROM association.sync();
SELECT * FROM cols('"Games"');
SELECT * FROM fks('"Games"');
SELECT * FROM idx('"Games"');
-- the hasOne accessor view: one team's home game
INSERT INTO "Teams" (id, name) VALUES (1, 'Reds'), (2, 'Blues');
INSERT INTO "Games" (id, "homeTeamId", "awayTeamId") VALUES (10, 1, 2);
SELECT source_key, id FROM team_home_team ORDER BY 1;
SELECT source_key, id FROM team_away_team ORDER BY 1;

-----------------------------------------------------------------------------
-- 7. sourceKey (Sequelize v5 guide "Source keys"): Company.hasOne(User, {foreignKey:
--    'companyName', sourceKey: 'name'}) -> companyName text -> Companies(name).
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.has_one('Company', 'User', '{"foreignKey": "companyName", "sourceKey": "name"}');
SELECT * FROM assocs('Company');
SELECT * FROM fk_attrs('User');
-- unknown sourceKey; a sourceKey that is not unique (42830)
SELECT err($$SELECT association.has_one('Company', 'User', '{"as": "x", "sourceKey": "title"}')$$);
SELECT err($$SELECT association.has_one('Company', 'User', '{"as": "x", "sourceKey": "motto"}')$$);
SELECT * FROM association.sync();
SELECT * FROM cols('"Users"');
SELECT * FROM fks('"Users"');
INSERT INTO "Companies" (id, name) VALUES (1, 'ACME');
INSERT INTO "Users" (id, "companyName") VALUES (5, 'ACME');
SELECT source_key, id, "companyName" FROM company_user ORDER BY 1;

-----------------------------------------------------------------------------
-- 8. Sequelize v5 guide Project/User: hasOne adds projectId to user (projectId, or
--    project_id when user is underscored); foreignKey 'initiator_id';
--    as 'Initiator' -> InitiatorId.
SELECT association.define_model('project', '{}', '{"timestamps": false}');
SELECT association.define_model('user', '{}', '{"timestamps": false}');
SELECT association.define_model('account', '{}', '{"timestamps": false, "underscored": true}');
SELECT association.has_one('project', 'user');
SELECT association.has_one('project', 'user', '{"as": "Initiator"}');
SELECT association.has_one('project', 'account');
SELECT * FROM assocs('project');
SELECT * FROM fk_attrs('user');
SELECT * FROM fk_attrs('account');
SELECT * FROM association.sync();
SELECT * FROM cols('users');
SELECT * FROM fks('users');
SELECT * FROM cols('accounts');
SELECT * FROM fks('accounts');
-- project.hasOne(user, {foreignKey: 'initiator_id'}) instead of the default
SELECT association.drop_association('project', 'user');
SELECT association.has_one('project', 'user', '{"foreignKey": "initiator_id"}');
SELECT * FROM assocs('project');
SELECT * FROM association.sync();
SELECT * FROM cols('users');
SELECT * FROM fks('users');

-----------------------------------------------------------------------------
-- 9. Sequelize v5 guide "Difference between HasOne and BelongsTo": player.belongsTo(team)
--    puts teamId on players; coach.hasOne(team) puts coachId on teams.
SELECT association.define_model('player', '{}', '{"timestamps": false}');
SELECT association.define_model('coach', '{}', '{"timestamps": false}');
SELECT association.define_model('team', '{}', '{"timestamps": false}');
SELECT association.belongs_to('player', 'team');
SELECT association.has_one('coach', 'team');
SELECT * FROM assocs('player');
SELECT * FROM assocs('coach');
SELECT * FROM association.sync();
SELECT * FROM cols('players');
SELECT * FROM fks('players');
SELECT * FROM cols('teams');
SELECT * FROM fks('teams');
SELECT * FROM association.sync();

DROP SCHEMA t_has_one CASCADE;
DROP EXTENSION association CASCADE;
