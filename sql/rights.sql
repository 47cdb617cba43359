-- Rights: every function runs with the caller's rights; declarations are protected by their owner; row-level security applies to reads and writes.
-- message and hint, one per line.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_rights;
SET search_path = t_rights, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
RESET client_min_messages;
SET client_min_messages = warning;
DROP ROLE IF EXISTS t_rights_alice;
DROP ROLE IF EXISTS t_rights_bob;
CREATE ROLE t_rights_alice;
CREATE ROLE t_rights_bob;
GRANT USAGE, CREATE ON SCHEMA t_rights TO t_rights_alice, t_rights_bob;
GRANT EXECUTE ON FUNCTION err(text) TO PUBLIC;

-- alice declares, syncs and owns the tables
SET ROLE t_rights_alice;
SELECT association.define_model('Post', '{"title": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Comment', '{"body": "TEXT", "author": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('Post', 'Comment');
SELECT count(*) FROM association.sync();
INSERT INTO "Posts" (title) VALUES ('p1'), ('p2');
INSERT INTO "Comments" (body, author, "PostId") VALUES ('c1', 'alice', 1), ('c2', 'bob', 1), ('c3', 'bob', NULL);
SELECT name, owner FROM association.models ORDER BY name;
CREATE TABLE secrets (id int PRIMARY KEY);
RESET ROLE;

-- bob cannot declare on alice's tables, nor change or drop her declarations
SET ROLE t_rights_bob;
SELECT err($$SELECT association.define_model('Stolen', '{}', '{"tableName": "Posts", "timestamps": false}')$$);
SELECT err($$SELECT association.define_model('Secret', '{}', '{"tableName": "secrets", "timestamps": false}')$$);
SELECT err($$SELECT association.has_many('Post', 'Comment', '{"as": "Notes", "foreignKey": "noteOf"}')$$);
SELECT err($$SELECT association.drop_association('Post', 'Comments')$$);
SELECT err($$SELECT association.drop_model('Comment', '{"cascade": true}')$$);
UPDATE association.associations SET options = '{"foreignKey": "hijacked"}' WHERE source = 'Post';
DELETE FROM association.models WHERE name = 'Post';
SELECT err($$INSERT INTO association.models (name, table_schema, table_name, owner) VALUES ('Fake', 't_rights', 'fake', 't_rights_alice')$$);
-- but can read them, and declare models of his own
SELECT source, name, options FROM association.associations ORDER BY 1, 2;
SELECT association.define_model('Note', '{}', '{"timestamps": false}');

-- without SELECT on the tables bob reads nothing through the functions or the views
SELECT err($$SELECT * FROM association.get('Post', 1, 'Comments')$$);
SELECT err($$SELECT association.count('Post', 1, 'Comments')$$);
SELECT err($$SELECT * FROM association.find_all('Post', '{"include": "Comments"}')$$);
SELECT err($$SELECT * FROM post_comments$$);
RESET ROLE;

-- with SELECT he reads; row-level security decides which rows
SET ROLE t_rights_alice;
GRANT SELECT ON "Posts", "Comments", post_comments TO t_rights_bob;
ALTER TABLE "Comments" ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_comments ON "Comments" USING (author = current_user OR current_user = 't_rights_alice');
UPDATE "Comments" SET author = 't_rights_bob' WHERE author = 'bob';
RESET ROLE;
SET ROLE t_rights_bob;
SELECT * FROM association.get('Post', 1, 'Comments');
SELECT association.count('Post', 1, 'Comments');
SELECT association.has('Post', 1, 'Comments', 1) AS sees_alices_comment;
SELECT * FROM association.find_all('Post', '{"include": "Comments", "order": [["id", "ASC"]]}');
SELECT source_key, body FROM post_comments ORDER BY body;
-- writing needs UPDATE on the comments; the policy then limits which
SELECT err($$SELECT association.add('Post', 2, 'Comments', 3)$$);
RESET ROLE;
SET ROLE t_rights_alice;
GRANT UPDATE ON "Comments" TO t_rights_bob;
RESET ROLE;
SET ROLE t_rights_bob;
SELECT err($$SELECT association.add('Post', 2, 'Comments', 3)$$);
-- alice's comment is invisible to bob: for him it does not exist
SELECT err($$SELECT association.add('Post', 2, 'Comments', 1)$$);
RESET ROLE;
SELECT id, body, "PostId" FROM "Comments" ORDER BY id;

-- every function is SECURITY INVOKER
SELECT count(*) AS security_definer_functions FROM pg_proc
 WHERE pronamespace = 'association'::regnamespace AND prosecdef;

DROP SCHEMA t_rights CASCADE;
DROP EXTENSION association CASCADE;
DROP OWNED BY t_rights_alice, t_rights_bob;
DROP ROLE t_rights_alice;
DROP ROLE t_rights_bob;
