-- Writable accessor views (INSERT adds, DELETE removes) and schema changes (a renamed or dropped table).
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_writable;
SET search_path = t_writable, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
SELECT association.define_model('Project', '{"title": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('User', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Captain', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"role": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('Project', 'User', '{"as": "Workers"}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.belongs_to('Ship', 'Captain', '{"as": "leader"}');
SELECT count(*) FROM association.sync();
INSERT INTO "Projects" (title) VALUES ('apollo'), ('gemini');
INSERT INTO "Users" (name) VALUES ('ann'), ('bob'), ('cid');
INSERT INTO "Captains" (name) VALUES ('jack');
INSERT INTO "Ships" (name) VALUES ('pearl');

-- hasMany: INSERT is add, DELETE is remove
INSERT INTO project_workers (source_key, id) VALUES (1, 1), (1, 2);
SELECT source_key, id, name FROM project_workers ORDER BY id;
DELETE FROM project_workers WHERE source_key = 1 AND id = 2;
SELECT id, "ProjectId" FROM "Users" ORDER BY id;
-- a missing target is an error, as with add
SELECT err($$INSERT INTO project_workers (source_key, id) VALUES (1, 99)$$);
-- UPDATE of a one-to-many view updates the target's table
UPDATE project_workers SET name = 'ann b.' WHERE id = 1;
SELECT name FROM "Users" WHERE id = 1;

-- belongsToMany: the junction column carries junction data
INSERT INTO user_projects (source_key, id, "UserProjects")
  VALUES (1, 1, ROW('lead', NULL, NULL)::"UserProjects"), (1, 2, NULL);
SELECT source_key, id, title, ("UserProjects").role FROM user_projects ORDER BY id;
DELETE FROM user_projects WHERE source_key = 1 AND id = 1;
SELECT "UserId", "ProjectId", role FROM "UserProjects" ORDER BY 1, 2;

-- belongsTo: INSERT sets, DELETE un-sets
INSERT INTO ship_leader (source_key, id) VALUES (1, 1);
SELECT id, "leaderId" FROM "Ships";
DELETE FROM ship_leader WHERE source_key = 1;
SELECT id, "leaderId" FROM "Ships";
SELECT err($$INSERT INTO ship_leader (source_key, id) VALUES (NULL, 1)$$);

-- renaming a table: the model follows it, functions keep working
ALTER TABLE "Users" RENAME TO staff;
SELECT association.describe('User')->>'table' AS user_table;
SELECT association.add('Project', 2, 'Workers', 3);
SELECT * FROM association.get('Project', 2, 'Workers');
SELECT * FROM association.sync();
SELECT count(*) AS statements_after FROM association.sync();

-- renaming columns (a key, a declared attribute): the model follows them
ALTER TABLE staff RENAME COLUMN "ProjectId" TO project_ref;
ALTER TABLE staff RENAME COLUMN name TO full_name;
SELECT a->>'name' AS attribute, a->>'field' AS column FROM jsonb_array_elements(association.describe('User')->'attributes') a;
SELECT * FROM association.get('Project', 2, 'Workers');
SELECT association.add('Project', 2, 'Workers', 1);
SELECT association.create('User', '{"name": "dee", "ProjectId": 2}');
SELECT * FROM association.find_all('Project', '{"where": {"id": 2}, "include": {"association": "Workers", "attributes": ["name"]}}');
SELECT * FROM association.sync();
SELECT count(*) AS statements_after FROM association.sync();
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'staff'::regclass AND contype = 'f';

-- dropping a table: the catalog forgets it, functions say so, sync makes it again
DROP TABLE "Ships" CASCADE;   -- its accessor view goes with it
SELECT relid IS NULL AS forgotten FROM association.models WHERE name = 'Ship';
SELECT * FROM association.verify();
SELECT err($$SELECT * FROM association.get('Ship', 1, 'leader')$$);
SELECT * FROM association.sync();
SELECT association.create('Ship', '{"name": "dutchman", "leaderId": 1}');
SELECT * FROM association.get('Ship', 1, 'leader');
SELECT * FROM association.verify();

DROP SCHEMA t_writable CASCADE;
DROP EXTENSION association CASCADE;
