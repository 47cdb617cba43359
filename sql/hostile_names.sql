-- Hostile names and values: quotes, spaces, semicolons, Unicode, reserved words, names over 63 bytes, values that look like SQL.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_hostile;
SET search_path = t_hostile, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- names that need quoting everywhere
SELECT association.define_model('Order', '{"select": "TEXT", "from \"x\"; DROP TABLE y; --": "TEXT", "ünïcødé ñame": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('user "quoted"', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Ærø Ship', '{"naïve": "TEXT"}', '{"timestamps": false, "underscored": true}');
SELECT association.has_many('Order', 'user "quoted"', '{"as": "Line; Items", "foreignKey": "order \"id\""}');
SELECT association.belongs_to_many('Order', 'Ærø Ship', '{"through": "Order Ships; --", "as": "Ships", "timestamps": false}');
SELECT * FROM association.sync();
SELECT * FROM association.sync();
SELECT relname FROM pg_class WHERE relnamespace = 't_hostile'::regnamespace AND relkind IN ('r', 'v') ORDER BY 1;
SELECT attname FROM pg_attribute WHERE attrelid = '"Orders"'::regclass AND attnum > 0 ORDER BY attnum;
SELECT association.create('Order', $${"select": "x'); DROP TABLE \"Orders\"; --", "ünïcødé ñame": 7}$$);
SELECT association.create('user "quoted"', '{"name": "u"}');
SELECT association.add('Order', 1, 'Line; Items', 1);
SELECT * FROM association.get('Order', 1, 'Line; Items');
SELECT * FROM association.get('Order', 1, 'Line; Items', $${"where": {"name": "u' OR '1'='1"}}$$);
SELECT association.create_associated('Order', 1, 'Ships', '{"naïve": "yes"}')::jsonb - 'Order Ships; --';
SELECT * FROM association.find_all('Order', '{"include": ["Line; Items", "Ships"]}');
SELECT count(*) FROM "Orders";

-- names over 63 bytes: a collision after truncation is reported, not merged
SELECT err($$SELECT association.define_model('Long', '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_one": "TEXT", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_two": "TEXT"}', '{"timestamps": false}')$$);
SELECT count(*) AS models_named_long FROM association.models WHERE name = 'Long';
-- one long name alone is stored truncated, and works
SELECT association.define_model('Wide', '{"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_only": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc', '{}', '{"timestamps": false}');
SELECT * FROM association.sync();
SELECT * FROM association.sync();
SELECT association.create('Wide', '{"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb_only": "v"}');
-- two accessor views that truncate to one name
SELECT association.define_model('Dock', '{}', '{"timestamps": false}');
SELECT association.has_many('Dock', 'Wide', '{"as": "ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd1", "foreignKey": "d1"}');
SELECT err($$SELECT association.has_many('Dock', 'Wide', '{"as": "ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd2", "foreignKey": "d2"}')$$);

DROP SCHEMA t_hostile CASCADE;
DROP EXTENSION association CASCADE;
