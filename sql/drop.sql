-- drop_association, drop_model and drop_all: what goes at once and what the next sync removes.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_drop;
SET search_path = t_drop, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Coach', '{}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team', '{"foreignKey": "clubId", "as": "club"}');
SELECT association.has_one('Team', 'Coach');
SELECT count(*) FROM association.sync();
SELECT conname FROM pg_constraint WHERE conrelid = '"Players"'::regclass AND contype = 'f' ORDER BY 1;
SELECT relname FROM pg_class WHERE relkind = 'v' AND relnamespace = 't_drop'::regnamespace ORDER BY 1;

-- drop_association: the declaration goes now; its view and constraint at the next sync; the column stays
SELECT association.drop_association('Player', 'club');
SELECT association.describe('Player')->'associations' AS player_associations;
SELECT * FROM association.sync();
SELECT conname FROM pg_constraint WHERE conrelid = '"Players"'::regclass AND contype = 'f' ORDER BY 1;
SELECT attname FROM pg_attribute WHERE attrelid = '"Players"'::regclass AND attnum > 0 ORDER BY attnum;
SELECT relname FROM pg_class WHERE relkind = 'v' AND relnamespace = 't_drop'::regnamespace ORDER BY 1;
-- the plural association also answers to its singular name
SELECT association.drop_association('Team', 'Player');
SELECT source, name FROM association.associations ORDER BY 1, 2;

-- drop_model refuses while another model's association points at it
SELECT err($$SELECT association.drop_model('Coach')$$);
SELECT association.drop_model('Coach', '{"cascade": true, "table": true}');
SELECT name FROM association.models ORDER BY 1;
SELECT source, name FROM association.associations ORDER BY 1, 2;
SELECT to_regclass('"Coaches"') AS coaches_table;
-- a model's own associations go with it; its table stays unless asked
SELECT association.has_many('Team', 'Player');
SELECT association.drop_model('Team');
SELECT source, name FROM association.associations ORDER BY 1, 2;
SELECT to_regclass('"Teams"') IS NOT NULL AS teams_table_kept;

-- drop_all drops every model's table
SELECT association.define_model('Team', '{}', '{"timestamps": false}');
SELECT association.drop_all();
SELECT to_regclass('"Teams"') AS teams, to_regclass('"Players"') AS players;
SELECT count(*) FROM association.sync_objects;
-- and sync makes them again
SELECT * FROM association.sync();

DROP SCHEMA t_drop CASCADE;
DROP EXTENSION association CASCADE;
