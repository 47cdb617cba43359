-- What Citus cannot do, refused before it runs, with the reason and a way
-- out; then the tables go away with drop_model and drop_all.
SET client_min_messages = warning;
SET search_path = league, public;
\i ../regress_helpers.sql

-- a row cannot move to another shard: the key that is the distribution column stays
SELECT errd($$SELECT association.add('Team', 1, 'Players', 3)$$);
SELECT errd($$SELECT association.remove('Team', 1, 'Players', 1)$$);
SELECT errd($$SELECT association.set('Team', 1, 'Players', ARRAY[1])$$);
SELECT errd($$SELECT association.set('Team', 1, 'Coach', NULL)$$);
SELECT errd($$SELECT association.set('Player', 1, 'Team', 2)$$);
SELECT count(*) FROM "Players" WHERE "TeamId" = 1;

-- an include of a distributed table's rows into a reference table's rows
SELECT errd($$SELECT * FROM association.find_all('Country', '{"include": "Teams"}')$$);
SELECT x ->> 'name' FROM association.get('Country', 1, 'Teams', '{"order": ["name"]}') x;
SELECT x FROM association.find_all('Country', '{"attributes": ["name"], "order": ["name"]}') x;

-- hasMany from a reference table: add, set and remove change the team's
-- CountryId, which is not its distribution column
SELECT association.remove('Country', 2, 'Teams', 3);
SELECT association.add('Country', 2, 'Teams', ARRAY[3, 2]);
SELECT association.set('Country', 1, 'Teams', ARRAY[1]);
SELECT id, "CountryId" FROM "Teams" ORDER BY id;

-- declarations Citus could not sync
SELECT association.define_model('Fan', '{"name": "text"}', '{"distribution": {"column": "id"}, "timestamps": false}');
SELECT errd($$SELECT association.belongs_to_many('Team', 'Fan', '{"through": "TeamFans"}')$$);
SELECT errd($$SELECT association.has_many('Fan', 'Player')$$);

-- drop_association, drop_model with its table, drop_all
SELECT association.drop_association('Team', 'Tags');
SELECT * FROM association.sync_sql();
SELECT association.drop_model('Fan', '{"table": true}');
SELECT association.drop_all();
-- the junction of the dropped association is no model's table any more: it stays
SELECT logicalrelid FROM pg_dist_partition WHERE logicalrelid::text LIKE '%"%';
DROP SCHEMA league CASCADE;
DROP EXTENSION association CASCADE;
