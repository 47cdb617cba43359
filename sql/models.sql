-- define_model: attributes, types, options, table names, adoption.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_models;
SET search_path = t_models, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

-- the guide's Movie: table name is the plural, default id and timestamps
SELECT association.define_model('Movie', '{"name": "STRING"}');
SELECT association.define_model('Person', '{}');
SELECT association.define_model('Status', '{}', '{"freezeTableName": true}');
SELECT association.define_model('UserProfile', '{}', '{"underscored": true}');
SELECT association.define_model('Task', '{"title": "TEXT"}', '{"tableName": "todo", "timestamps": false}');
CREATE SCHEMA app;
SELECT association.define_model('Job', '{}', '{"schema": "app"}');
SELECT name, table_schema, table_name FROM association.models ORDER BY ordinal;

-- every attribute option
SELECT association.define_model('Item', '{
  "code":   {"type": "STRING(20)", "allowNull": false, "unique": true},
  "price":  {"type": "DECIMAL(10,2)", "defaultValue": 9.99, "validate": {"min": 0, "max": 1000}},
  "sku":    {"type": "UUID", "defaultValue": "UUIDV4"},
  "seenAt": {"type": "DATE", "defaultValue": "NOW", "field": "seen_at"},
  "a":      {"type": "INTEGER", "unique": "a_b"},
  "b":      {"type": "text", "unique": "a_b"},
  "flag":   {"type": "BOOLEAN", "defaultValue": false, "comment": "a flag"},
  "day":    "DATEONLY",
  "doc":    "JSONB"
}', '{"timestamps": false}');
SELECT association.define_model('Code', '{"code": {"type": "STRING", "primaryKey": true}}', '{"timestamps": false}');
SELECT association.define_model('Counter', '{"n": {"type": "BIGINT", "primaryKey": true, "autoIncrement": true}}',
                                '{"timestamps": false, "createdAt": false}');
SELECT association.define_model('Stamp', '{}', '{"createdAt": "bornAt", "updatedAt": false, "underscored": true}');
SELECT * FROM association.sync();
SELECT * FROM association.sync();

\d "Movies"
\d "Items"
\d "Codes"
\d "Counters"
\d stamps

-- updatedAt is kept current by the database
INSERT INTO "Movies" (name, "createdAt", "updatedAt") VALUES ('Alien', '2001-01-01', '2001-01-01');
UPDATE "Movies" SET name = 'Aliens';
SELECT name, "createdAt" = '2001-01-01' AS created_kept, "updatedAt" > '2001-01-01' AS updated_moved FROM "Movies";
-- the CHECK from validate
SELECT err($$INSERT INTO "Items" (code, price) VALUES ('x', 2000)$$);

-- adopting an existing table: its columns and primary key are read
CREATE TABLE legacy_users (user_no bigint PRIMARY KEY, login text NOT NULL UNIQUE, age int);
SELECT association.define_model('LegacyUser', '{}', '{"tableName": "legacy_users", "timestamps": false}');
SELECT a->>'name' AS name, a->>'type' AS type, a->>'allowNull' AS allow_null,
       a->>'primaryKey' AS pk, a->>'unique' AS uniq, a->>'origin' AS origin
  FROM jsonb_array_elements(association.describe('LegacyUser')->'attributes') a;
SELECT * FROM association.sync_sql();

DROP SCHEMA t_models, app CASCADE;
DROP EXTENSION association CASCADE;
