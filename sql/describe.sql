-- describe(model): the model as sync sees it, with its attributes and associations.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_describe;
SET search_path = t_describe, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('Team', '{"name": {"type": "STRING", "allowNull": false}}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER"}', '{"underscored": true}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.belongs_to_many('Player', 'Team', '{"through": "Fans", "as": "FavouriteTeams", "timestamps": false}');

-- before sync: tables do not exist yet
SELECT jsonb_pretty(association.describe('Team'));
SELECT jsonb_pretty(association.describe('Player'));
-- the implicit junction model is described too
SELECT jsonb_pretty(association.describe('Fans'));
SELECT count(*) FROM association.sync();
SELECT association.describe('Team')->'tableExists' AS team_table_exists;

DROP SCHEMA t_describe CASCADE;
DROP EXTENSION association CASCADE;
