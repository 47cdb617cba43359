-- Real schemas and habits: junction tables named like default views, adopted
-- junction tables without a key, parameters as drivers send them, sync_sql()
-- run by hand as a migration, composite primary keys, Sequelize's own rules
-- and messages, ordering by an included attribute.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_real;
SET search_path = t_real, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql
-- notices: shown from here on, they are part of what is tested
SET client_min_messages = notice;

-----------------------------------------------------------------------------
-- 1. A default view name never breaks sync: junction tables named
-- <source>_<targets> hold the default view name; sync skips those views with
-- a notice, describe() shows no view, an explicit accessorView still errs.
SELECT association.define_model('Student', '{"name": "STRING"}', '{"underscored": true}');
SELECT association.define_model('Course', '{"title": "STRING"}', '{"underscored": true}');
SELECT association.belongs_to_many('Student', 'Course', '{"through": "student_courses"}');
SELECT association.belongs_to_many('Course', 'Student', '{"through": "student_courses"}');
SELECT association.define_model('Article', '{}', '{"timestamps": false}');
SELECT association.define_model('Tag', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('Article', 'Tag', '{"through": "article_tags", "timestamps": false}');
SELECT association.define_model('A', '{}', '{"timestamps": false}');
SELECT association.define_model('B', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('A', 'B', '{"through": "a_bs", "timestamps": false}');
-- an existing table holds another default name
CREATE TABLE t_real.group_members (note text);
SELECT association.define_model('Group', '{}', '{"timestamps": false}');
SELECT association.define_model('Member', '{}', '{"timestamps": false}');
SELECT association.has_many('Group', 'Member');
SELECT count(*) AS statements FROM association.sync();
SELECT relname, relkind FROM pg_class WHERE relnamespace = 't_real'::regnamespace
   AND relname IN ('student_courses', 'course_students', 'article_tags', 'a_bs', 'group_members') ORDER BY 1;
SELECT a->>'name' AS association, a->>'view' AS view
  FROM jsonb_array_elements(association.describe('Student')->'associations') a;
SELECT a->>'name' AS association, a->>'view' AS view
  FROM jsonb_array_elements(association.describe('Group')->'associations') a;
SELECT count(*) AS pending FROM association.sync_sql();
-- a name given with accessorView that is taken is an error
SELECT association.belongs_to('Member', 'Group', '{"accessorView": "article_tags"}');
SELECT errd($$SELECT association.sync()$$);
SELECT association.drop_association('Member', 'Group');
-- the junction works as a table of its own name
SELECT association.create('Student', '{"name": "Ann"}')->>'name' AS student;
SELECT association.create('Course', '{"title": "Maths"}')->>'title' AS course;
SELECT association.add('Student', 1, 'Courses', 1);
SELECT student_id, course_id FROM student_courses;
SET client_min_messages = warning;

-----------------------------------------------------------------------------
-- 3. An adopted junction table without a primary or unique key over its two
-- keys: the mutators work and never make duplicate pairs (per-pair locks;
-- specs/keyless_junction.spec races them).
CREATE TABLE t_real.users (id serial PRIMARY KEY, name text);
CREATE TABLE t_real.roles (id serial PRIMARY KEY, name text);
CREATE TABLE t_real.user_roles (user_id int REFERENCES t_real.users, role_id int REFERENCES t_real.roles, note text);
INSERT INTO users (name) VALUES ('u1'), ('u2');
INSERT INTO roles (name) VALUES ('r1'), ('r2'), ('r3');
SELECT association.define_model('User', '{}', '{"tableName": "users", "timestamps": false}');
SELECT association.define_model('Role', '{}', '{"tableName": "roles", "timestamps": false}');
SELECT association.belongs_to_many('User', 'Role', '{"through": "user_roles", "foreignKey": "user_id", "otherKey": "role_id", "timestamps": false}');
SELECT association.belongs_to_many('Role', 'User', '{"through": "user_roles", "foreignKey": "role_id", "otherKey": "user_id", "timestamps": false}');
SELECT count(*) AS statements FROM association.sync();
SELECT association.add('User', 1, 'Roles', ARRAY[1, 2]);
SELECT association.add('User', 1, 'Roles', ARRAY[2, 3]);
SELECT association.add('Role', 3, 'Users', ARRAY[1, 2]);
SELECT association.set('User', 2, 'Roles', ARRAY[3, 1], '{"through": {"note": "set"}}');
SELECT user_id, role_id, note FROM user_roles ORDER BY 1, 2;
SELECT association.remove('User', 1, 'Roles', 3);
SELECT association.has('User', 1, 'Roles', ARRAY[1, 2]) AS has_both, association.count('Role', 3, 'Users') AS users_of_r3;

-----------------------------------------------------------------------------
-- 4. Parameters as drivers send them: a list is an untyped array literal
-- ('{"1","4"}'), an empty list '{}'; a prepared statement with untyped
-- parameters stands for node-postgres and psycopg.
PREPARE set_roles(unknown, unknown) AS SELECT association.set('User', $1, 'Roles', $2);
EXECUTE set_roles('1', '{"1","3"}');
SELECT association.get('User', 1, 'Roles')->>'name' AS role;
EXECUTE set_roles('1', '{}');
SELECT association.count('User', 1, 'Roles') AS after_empty_set;
PREPARE add_roles(unknown, unknown) AS SELECT association.add('User', $1, 'Roles', $2);
EXECUTE add_roles('1', '{2,3}');
PREPARE has_roles(unknown, unknown) AS SELECT association.has('User', $1, 'Roles', $2);
EXECUTE has_roles('1', '{"2","3"}');
EXECUTE has_roles('1', '{}');
PREPARE remove_roles(unknown, unknown) AS SELECT association.remove('User', $1, 'Roles', $2);
EXECUTE remove_roles('1', '{"3"}');
-- JSON keeps working: an array, objects with junction data, one key
EXECUTE add_roles('1', '[3, {"id": 1, "user_roles": {"note": "json"}}]');
EXECUTE has_roles('1', '3');
SELECT role_id, note FROM user_roles WHERE user_id = 1 ORDER BY 1;
-- node-postgres sends a list of objects as an array literal of their JSON texts
EXECUTE add_roles('2', '{"{\"id\":2,\"user_roles\":{\"note\":\"from node\"}}","3"}');
SELECT role_id, note FROM user_roles WHERE user_id = 2 ORDER BY 1;
-- a malformed literal is the array's own error
SELECT err($$SELECT association.add('User', 1, 'Roles', '{"1"')$$);
SELECT err($$SELECT association.add('User', 1, 'Roles', '{"x"}')$$);

-----------------------------------------------------------------------------
-- 5. sync_sql() is a migration script as it stands: run by hand (\gexec), the
-- next sync() takes the objects over and has nothing to do; verify() reports
-- problems as rows.
SELECT association.define_model('Shelf', '{"name": "STRING"}');
SELECT association.define_model('Book', '{"title": "STRING"}');
SELECT association.has_many('Shelf', 'Book');
SELECT association.belongs_to('Book', 'Shelf');
SELECT s FROM association.sync_sql() s WHERE s ~ 'Shel|book';
SELECT s FROM association.sync_sql() s \gexec
SELECT count(*) AS statements FROM association.sync();
SELECT object_type, table_name, object_name FROM association.sync_objects
 WHERE table_name IN ('shelf_books', 'book_shelf', 'Books') ORDER BY 1, 2;
SELECT * FROM association.verify();
-- a view of that name made otherwise is not taken over: skipped (default name)
DROP VIEW shelf_books;
CREATE VIEW shelf_books AS SELECT 1 AS one;
SET client_min_messages = notice;
SELECT count(*) AS statements FROM association.sync() s WHERE s ~ 'shelf_books';
SET client_min_messages = warning;
SELECT * FROM association.verify();
DROP VIEW shelf_books;
SELECT count(*) AS statements FROM association.sync();
-- problems are rows, not errors
INSERT INTO association.associations (source, name, kind, target, options)
VALUES ('Book', 'Bad', 'hasMany', 'Book', '{"bogus": 1}');
SELECT * FROM association.verify();
SELECT association.drop_association('Book', 'Bad');
SELECT * FROM association.verify();

-----------------------------------------------------------------------------
-- 6. Composite primary keys: what needs only the other side's key works;
-- the rest is refused with 0A000, and said so when declared.
SELECT association.define_model('Hall', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Seat', '{"hallId": {"type": "INTEGER", "primaryKey": true}, "number": {"type": "INTEGER", "primaryKey": true}}', '{"timestamps": false}');
SET client_min_messages = notice;
SELECT association.has_many('Hall', 'Seat', '{"foreignKey": "hallId"}');
SELECT association.belongs_to('Seat', 'Hall', '{"foreignKey": "hallId"}');
SET client_min_messages = warning;
SELECT count(*) AS statements FROM association.sync();
INSERT INTO "Halls" (name) VALUES ('Main');
INSERT INTO "Seats" ("hallId", number) VALUES (1, 1), (1, 2);
SELECT association.get('Hall', 1, 'Seats')->>'number' AS seat;
SELECT association.count('Hall', 1, 'Seats') AS seats;
SELECT association.create_associated('Hall', 1, 'Seats', '{"number": 3}')->>'number' AS created;
SELECT errd($$SELECT association.add('Hall', 1, 'Seats', 1)$$);
SELECT errd($$SELECT association.get('Seat', 1, 'Hall')$$);
SELECT f->'Hall'->>'name' AS hall FROM association.find_all('Seat', '{"include": "Hall", "order": [["number", "ASC"]]}') f;
SELECT (f->'Seats')::jsonb @> '[{"number": 3}]' AS with_seats FROM association.find_all('Hall', '{"include": "Seats"}') f;
SELECT relname FROM pg_class WHERE relnamespace = 't_real'::regnamespace AND relname IN ('hall_seats', 'seat_hall');
-- a key that would have to reference the composite key: refused when declared
SELECT err($$SELECT association.belongs_to('Book', 'Seat')$$);
SELECT err($$SELECT association.has_many('Seat', 'Book')$$);

-----------------------------------------------------------------------------
-- 7. Sequelize's own rules and messages.
SELECT association.define_model('car', '{}', '{"timestamps": false}');
SELECT association.define_model('person', '{}', '{"timestamps": false}');
SELECT err($$SELECT association.belongs_to('car', 'person', '{"foreignKey": "person"}')$$);
SELECT association.define_model('Task', '{}', '{"timestamps": false}');
SELECT association.define_model('Worker', '{}', '{"timestamps": false}');
SELECT association.has_many('Worker', 'Task');
SELECT association.has_many('Worker', 'Task', '{"as": "ToDo"}');
SELECT count(*) AS statements FROM association.sync();
-- the missing through is reported before the duplicate alias
SELECT err($$SELECT association.belongs_to_many('Worker', 'Task', '{}')$$);
-- including by a name that is not an alias: Sequelize's words, the aliases listed
SELECT errd($$SELECT association.find_all('Worker', '{"include": ["Task"]}')$$);
-- near misses: "did you mean"
SELECT err($$SELECT association.count('Workers', 1, 'Tasks')$$);
SELECT err($$SELECT association.count('worker', 1, 'Tasks')$$);
SELECT err($$SELECT association.count('Worker', 1, 'tasks')$$);
SELECT err($$SELECT association.count('Worker', 1, 'Taks')$$);
SELECT err($$SELECT association.count('Worker', 1, 'Nothing')$$);

-----------------------------------------------------------------------------
-- 8. Ordering the parents by an attribute of an included singular
-- association, by name or {"model", "as"}, at any depth.
SELECT association.define_model('Company', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Author', '{"username": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Post', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to('Post', 'Author', '{"as": "author"}');
SELECT association.belongs_to('Author', 'Company');
SELECT association.has_many('Post', 'Author', '{"as": "Readers", "foreignKey": "readPostId"}');
SELECT count(*) AS statements FROM association.sync();
INSERT INTO "Companies" (name) VALUES ('zeta'), ('alpha');
INSERT INTO "Authors" (username, "CompanyId") VALUES ('bob', 1), ('amy', 2), ('cat', NULL);
INSERT INTO "Posts" (title, "authorId") VALUES ('p1', 1), ('p2', 2), ('p3', 3), ('p4', NULL);
SELECT f->>'title' AS title, f->'author'->>'username' AS author
  FROM association.find_all('Post', '{"include": ["author"], "order": [["author", "username", "ASC"]]}') f;
SELECT f->>'title' AS title
  FROM association.find_all('Post', '{"include": [{"model": "Author", "as": "author", "include": ["Company"]}],
        "order": [[{"model": "Author", "as": "author"}, "Company", "name", "DESC NULLS LAST"], ["id", "DESC"]]}') f;
SELECT association.find_one('Post', '{"include": ["author"], "order": [["author", "username", "DESC"]]}')->>'title' AS first;
SELECT err($$SELECT association.find_all('Post', '{"include": ["Readers"], "order": [["Readers", "username", "ASC"]]}')$$);
SELECT err($$SELECT association.find_all('Post', '{"order": [["author", "username", "ASC"]]}')$$);
SELECT err($$SELECT association.find_all('Post', '{"include": ["author"], "order": [["author", "nope", "ASC"]]}')$$);

DROP SCHEMA t_real CASCADE;
DROP EXTENSION association CASCADE;
