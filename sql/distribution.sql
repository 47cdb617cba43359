-- The model option "distribution" (Citus) where Citus is not installed:
-- declarations are checked all the same (the column exists, co-location,
-- the foreign keys Citus would refuse, the actions it allows), describe
-- shows it, and sync says that it needs Citus.  test/citus runs the rest
-- on a coordinator and two workers.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_distribution;
SET search_path = t_distribution, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

-- the option's forms
SELECT err($$SELECT association.define_model('X', '{}', '{"distribution": "hash"}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"distribution": 1}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"distribution": {}}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"distribution": {"column": "id", "colocate": "Y"}}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"distribution": {"column": 1}}')$$);

-- a distributed model, co-located ones, reference tables
SELECT association.define_model('Country', '{"name": "text"}', '{"distribution": "reference", "timestamps": false}');
SELECT association.define_model('Team', '{"name": "text"}', '{"distribution": {"column": "id"}}');
SELECT association.define_model('Player', '{"name": "text"}', '{"distribution": {"column": "TeamId", "colocateWith": "Team"}}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Team', 'Country');
SELECT association.describe('Team') - 'attributes' - 'associations';
SELECT association.describe('Player') -> 'distribution', association.describe('Country') -> 'distribution';

-- the foreign key on the distribution column: ON DELETE CASCADE, ON UPDATE NO ACTION
SELECT m, a->>'name', a->'references'->>'onDelete', a->'references'->>'onUpdate'
  FROM unnest(ARRAY['Player', 'Team']) m, jsonb_array_elements(association.describe(m)->'attributes') a
 WHERE a->'references' <> 'null' ORDER BY 1, 2;
SELECT errd($$SELECT association.belongs_to('Player', 'Team', '{"onDelete": "SET NULL"}')$$);
SELECT errd($$SELECT association.belongs_to('Player', 'Team', '{"onUpdate": "CASCADE"}')$$);
SELECT association.belongs_to('Player', 'Team', '{"onDelete": "RESTRICT"}');

-- a column that is no attribute; co-location with a model not distributed, or by
-- another type.  The column may be a foreign key an association adds later, so
-- these are found once every declaration is read: the model does not resolve.
SELECT association.define_model('Goal', '{}', '{"distribution": {"column": "MatchId"}}');
SELECT errd($$SELECT association.describe('Goal')$$);
SELECT association.drop_model('Goal');
SELECT association.define_model('Goal', '{}', '{"distribution": {"column": "id", "colocateWith": "Country"}}');
SELECT errd($$SELECT association.describe('Goal')$$);
SELECT association.drop_model('Goal');
SELECT association.define_model('Goal', '{"code": {"type": "text", "primaryKey": true}}', '{"distribution": {"column": "code", "colocateWith": "Team"}}');
SELECT errd($$SELECT association.describe('Goal')$$);
SELECT association.drop_model('Goal');

-- foreign keys Citus would refuse
SELECT association.define_model('Fan', '{"name": "text"}', '{"distribution": {"column": "id"}, "timestamps": false}');
SELECT association.define_model('Coach', '{"name": "text"}', '{"timestamps": false}');
SELECT errd($$SELECT association.has_many('Team', 'Fan')$$);
SELECT errd($$SELECT association.has_one('Coach', 'Team')$$);
SELECT errd($$SELECT association.belongs_to_many('Team', 'Fan', '{"through": "TeamFans"}')$$);
SELECT errd($$SELECT association.belongs_to('Fan', 'Player')$$);

-- to a reference table anything goes; the implicit junction follows the distributed side
SELECT association.define_model('Tag', '{"label": "text"}', '{"distribution": "reference", "timestamps": false}');
SELECT association.belongs_to_many('Team', 'Tag', '{"through": "TeamTags"}');
SELECT association.describe('TeamTags') -> 'distribution';
SELECT association.has_many('Country', 'Fan', '{"constraints": false}');

-- no foreign key, no check: constraints false
SELECT association.has_many('Fan', 'Player', '{"constraints": false, "as": "Idols"}');

-- sync needs Citus
SELECT err($$SELECT * FROM association.sync_sql()$$);
SELECT err($$SELECT association.sync()$$);

-- models without the option sync as before
SELECT association.drop_model(name, '{"cascade": true}') FROM association.models
 WHERE name <> 'Coach' ORDER BY name;
SELECT * FROM association.sync_sql();

DROP SCHEMA t_distribution CASCADE;
DROP EXTENSION association CASCADE;
