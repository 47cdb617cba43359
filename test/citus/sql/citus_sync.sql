-- sync on Citus: reference tables, a distributed table, tables co-located
-- with it (hasMany, hasOne, the junction of a belongsToMany to a reference
-- table), in dependency order, foreign keys after distribution, no trigger
-- on a distributed table; then nothing left to do.
SET client_min_messages = warning;
CREATE EXTENSION association;
CREATE SCHEMA league;
SET search_path = league, public;
SELECT association.define_model('Country', '{"name": "text"}', '{"distribution": "reference", "timestamps": false}');
SELECT association.define_model('Tag', '{"label": "text"}', '{"distribution": "reference", "timestamps": false}');
SELECT association.define_model('Team', '{"name": "text"}', '{"distribution": {"column": "id"}}');
SELECT association.define_model('Player', '{"name": "text"}', '{"distribution": {"column": "TeamId", "colocateWith": "Team"}}');
SELECT association.define_model('Coach', '{"name": "text"}', '{"distribution": {"column": "TeamId", "colocateWith": "Team"}, "timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.has_one('Team', 'Coach');
SELECT association.belongs_to('Team', 'Country');
SELECT association.has_many('Country', 'Team');
SELECT association.belongs_to_many('Team', 'Tag', '{"through": "TeamTags"}');

SELECT * FROM association.sync_sql();
SELECT count(*) FROM association.sync();
SHOW citus.multi_shard_modify_mode;

-- what Citus made of them: two reference tables, four tables in one co-location group
SELECT logicalrelid, partmethod, column_to_column_name(logicalrelid, partkey) AS column,
       colocationid = (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'league."Teams"'::regclass) AS with_teams
  FROM pg_dist_partition WHERE logicalrelid::text LIKE '%"%' ORDER BY partmethod DESC, logicalrelid::text;
SELECT conrelid::regclass, pg_get_constraintdef(oid) FROM pg_constraint
 WHERE conrelid IN (SELECT logicalrelid FROM pg_dist_partition) ORDER BY 1::text, 2;
SELECT count(*) AS triggers_on_tables FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 WHERE c.relnamespace = 'league'::regnamespace AND c.relkind = 'r' AND NOT t.tgisinternal;

-- the model's own key stays its own: Citus's extra key column is not part of it
SELECT a->>'name', a->>'primaryKey' FROM jsonb_array_elements(association.describe('Player')->'attributes') a;
SELECT association.describe('Player') -> 'distribution', association.describe('Player') -> 'distributed',
       association.describe('Tag') -> 'distribution', association.describe('Tag') -> 'distributed';

-- in step
SELECT * FROM association.sync_sql();
SELECT * FROM association.verify();
