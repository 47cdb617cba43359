-- Every error a caller can cause while declaring and syncing: SQLSTATE,
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_errors;
SET search_path = t_errors, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql

SELECT association.define_model('User', '{"username": "STRING", "name": {"type": "TEXT", "unique": true}, "nick": "TEXT"}');
SELECT association.define_model('Project', '{"title": "STRING"}');

-- models
SELECT err($$SELECT association.define_model(NULL)$$);
SELECT err($$SELECT association.define_model('')$$);
SELECT err($$SELECT association.define_model('User')$$);
SELECT err($$SELECT association.define_model('Other', '{}', '{"tableName": "Users"}')$$);
SELECT err($$SELECT association.define_model('X', '[]')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"tablename": "x"}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"underscored": "yes"}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"name": {"one": "x"}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": 1}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": "STRANGE"}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"allowNull": false}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "TEXT", "nullable": true}}')$$);
SELECT err($$SELECT association.define_model('X', '{"id": "INTEGER"}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "INTEGER", "defaultValue": "abc"}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "TEXT", "autoIncrement": true}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "INTEGER", "references": {"table": "x"}}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "INTEGER", "validate": {"isEmail": true}}}')$$);
SELECT err($$SELECT association.define_model('X', '{"a": {"type": "INTEGER", "onDelete": "explode"}}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"createdAt": 5}')$$);
SELECT err($$SELECT association.define_model('X', '{}', '{"schema": "no_such_schema"}')$$);

-- associations
SELECT err($$SELECT association.has_many('Nope', 'User')$$);
SELECT err($$SELECT association.has_many('User', 'Nope')$$);
SELECT err($$SELECT association.has_many('User', NULL)$$);
SELECT err($$SELECT association.has_many('User', 'Project', '{"foreignkey": "x"}')$$);
SELECT err($$SELECT association.belongs_to('User', 'Project', '{"sourceKey": "id"}')$$);
SELECT err($$SELECT association.has_many('User', 'Project', '{"onDelete": "explode"}')$$);
SELECT err($$SELECT association.has_one('User', 'Project', '{"onUpdate": "SET SOMETHING"}')$$);
SELECT err($$SELECT association.has_many('User', 'Project', '{"through": "UserProjects"}')$$);
SELECT err($$SELECT association.belongs_to_many('User', 'Project')$$);
SELECT err($$SELECT association.belongs_to_many('User', 'Project', '{"through": 5}')$$);
SELECT err($$SELECT association.belongs_to_many('User', 'User', '{"through": "Friends"}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"targetKey": "login"}')$$);
SELECT err($$SELECT association.has_one('User', 'Project', '{"sourceKey": "login"}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"targetKey": "nick"}')$$);
SELECT err($$SELECT association.has_many('User', 'Project', '{"sourceKey": "nick"}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"as": 5}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"as": {"singular": "owner"}}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"foreignKey": 7}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"foreignKey": {"nom": "x"}}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"keyType": "NOPE"}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"scope": [1]}')$$);
SELECT err($$SELECT association.belongs_to('Project', 'User', '{"accessorView": 3}')$$);
SELECT err($$SELECT association.belongs_to_many('User', 'Project', '{"through": {"model": "UP", "uniq": false}}')$$);
-- a declaration that fails records nothing
SELECT count(*) FROM association.associations;

-- duplicate alias on one source, naming collision with an attribute
SELECT association.belongs_to('Project', 'User');
SELECT err($$SELECT association.belongs_to('Project', 'User')$$);
SELECT err($$SELECT association.has_one('Project', 'User')$$);
SELECT association.has_many('User', 'Project', '{"as": "Projects"}');
SELECT err($$SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}')$$);
SELECT err($$SELECT association.belongs_to('User', 'Project', '{"as": "username"}')$$);

-- drop errors
SELECT err($$SELECT association.drop_association('User', 'Nope')$$);
SELECT err($$SELECT association.drop_association('Nope', 'Projects')$$);
SELECT err($$SELECT association.drop_model('Nope')$$);
SELECT err($$SELECT association.drop_model('User')$$);
SELECT err($$SELECT association.drop_model('User', '{"tables": true}')$$);

-- sync errors
SELECT err($$SELECT * FROM association.sync('{"forse": true}')$$);
SELECT err($$SELECT * FROM association.sync('{"cycles": "sometimes"}')$$);
SELECT err($$SELECT * FROM association.sync('[]')$$);

-- create errors
SELECT err($$SELECT association.create('User', '{"username": "x"}')$$);
SELECT count(*) FROM association.sync();
SELECT err($$SELECT association.create('User', '{"login": "x"}')$$);
SELECT err($$SELECT association.create('User', '[1]')$$);
SELECT err($$SELECT association.create('User', '{}', '{"returning": true}')$$);
SELECT err($$SELECT association.create('User', '{"username": "x", "Projects": [{}]}')$$);
SELECT err($$SELECT association.create('Nope', '{}')$$);

-- describe errors
SELECT err($$SELECT association.describe('Nope')$$);
SELECT err($$SELECT association.describe(NULL)$$);

DROP SCHEMA t_errors CASCADE;
DROP EXTENSION association CASCADE;
