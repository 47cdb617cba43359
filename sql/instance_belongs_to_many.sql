-- instance functions on belongsToMany: get, count, has, set, add, remove, create_associated
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_instance_btm;
SET search_path = t_instance_btm, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- strip(j): a row without its timestamps, also inside the nested junction object
CREATE FUNCTION strip(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(jsonb_object_agg(k, CASE WHEN jsonb_typeof(v) = 'object'
                                           THEN v - 'createdAt' - 'updatedAt' ELSE v END), '{}')
    FROM jsonb_each(j - 'createdAt' - 'updatedAt') AS e(k, v) $$;
CREATE FUNCTION strip(j json) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$ SELECT strip(j::jsonb) $$;
-- ts_ok(j): the junction object carries both timestamps, filled in
CREATE FUNCTION ts_ok(j jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT (j->>'createdAt') IS NOT NULL AND (j->>'updatedAt') IS NOT NULL $$;
CREATE FUNCTION ts_ok(j json) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT ts_ok(j::jsonb) $$;

----------------------------------------------------------------------------------------------
-- Sequelize v5 guide "Associating objects", custom join table: UserProjects with a status
SELECT association.define_model('User', '{"username": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Project', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"status": "STRING", "role": {"type": "STRING", "defaultValue": "member"}}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects"}');
-- not synced yet
SELECT err($$SELECT association.count('User', 1, 'Projects')$$);
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Users" (username) VALUES ('u1'), ('u2'), ('u3');
INSERT INTO "Projects" (name) VALUES ('p1'), ('p2'), ('p3'), ('p4');

-- u.addProject(project, {through: {status: 'active'}})
SELECT association.add('User', 1, 'Projects', 1, '{"through": {"status": "active"}}');
-- project.UserProjects = {status: 'active'}; u.addProject(project)
SELECT association.add('User', 1, 'Project', '[{"id": 2, "UserProjects": {"status": "active"}}]'::jsonb);
SELECT strip(r) FROM association.get('User', 1, 'Projects') r ORDER BY (r->>'id')::int;
SELECT bool_and(ts_ok(r->'UserProjects')) AS junction_timestamps FROM association.get('User', 1, 'Projects') r;
-- project1.UserProjects = {status: 'inactive'}; u.setProjects([project1, project2], {through: {status: 'active'}})
-- records inactive for project one, active for project two
SELECT association.set('User', 2, 'Projects', '[{"id": 1, "UserProjects": {"status": "inactive"}}, 2]'::jsonb,
                       '{"through": {"status": "active"}}');
SELECT strip(r) FROM association.get('User', 2, 'Projects') r ORDER BY (r->>'id')::int;
-- user.getProjects({attributes: ['name'], joinTableAttributes: ['status']})
SELECT r FROM association.get('User', 2, 'Projects', '{"attributes": ["name"], "joinTableAttributes": ["status"]}') r
 ORDER BY r->>'name';
-- joinTableAttributes [] asks for no junction data: the key is left out (Sequelize sets no include
-- whose attribute list is empty)
SELECT r FROM association.get('User', 2, 'Projects', '{"joinTableAttributes": []}') r ORDER BY (r->>'id')::int;
SELECT r FROM association.get('User', 2, 'Projects', '{"through": {"attributes": ["status"]}}') r ORDER BY (r->>'id')::int;
SELECT "UserId", "ProjectId", status FROM "UserProjects" ORDER BY 1, 2;

-- the paired association sees the same rows from the other side
SELECT strip(r) FROM association.get('Project', 1, 'Users') r ORDER BY (r->>'id')::int;
SELECT association.count('Project', 1, 'Users'), association.count('Project', 2, 'User');
SELECT association.add('Project', 3, 'User', 1, '{"through": {"status": "new"}}');
SELECT strip(r) FROM association.get('User', 1, 'Projects') r ORDER BY (r->>'id')::int;
SELECT association.remove('Project', 3, 'Users', 1);
SELECT association.has('User', 1, 'Projects', 3);

-- add of an already associated target changes nothing (same row version), with or without data
CREATE TEMP TABLE before AS SELECT "UserId", "ProjectId", xmin::text AS x, "createdAt", "updatedAt" FROM "UserProjects";
SELECT association.add('User', 1, 'Projects', 1);
SELECT association.add('User', 1, 'Projects', '[1, 2]'::jsonb, '{"through": {"status": "active"}}');
SELECT association.add('User', 1, 'Projects', '[{"id": 2, "UserProjects": {"status": "active"}}]'::jsonb);
SELECT association.add('User', 1, 'Projects', ARRAY[1, 1, 2]);
SELECT u."UserId", u."ProjectId", u.status, u.xmin::text = b.x AS untouched
  FROM "UserProjects" u JOIN before b USING ("UserId", "ProjectId") ORDER BY 1, 2;
-- ... unless the given junction data differs: then only that data changes
SELECT association.add('User', 1, 'Projects', ARRAY[1, 2], '{"through": {"status": "paused"}}');
SELECT u."UserId", u."ProjectId", u.status, u.xmin::text = b.x AS untouched,
       u."createdAt" = b."createdAt" AS same_created, u."updatedAt" > b."updatedAt" AS updated_later
  FROM "UserProjects" u JOIN before b USING ("UserId", "ProjectId") ORDER BY 1, 2;
-- per-target data wins over the defaults
SELECT association.add('User', 1, 'Projects', '[{"id": 1, "UserProjects": {"status": "mine"}}, 2, 3]'::jsonb,
                       '{"through": {"status": "default"}}');
SELECT "UserId", "ProjectId", status, role FROM "UserProjects" WHERE "UserId" = 1 ORDER BY 2;
-- data given for some targets only: the others keep theirs (existing) or get the defaults (new)
SELECT association.add('User', 1, 'Projects', '[{"id": 1, "UserProjects": {"role": "owner"}}, 2, 4]'::jsonb);
SELECT "UserId", "ProjectId", status, role FROM "UserProjects" WHERE "UserId" = 1 ORDER BY 2;
SELECT association.remove('User', 1, 'Projects', 4);
SELECT count(*) AS rows_of_user_1 FROM "UserProjects" WHERE "UserId" = 1;

-- has: one key, a list, [] (true), NULL (false), objects, a partly associated list (false)
SELECT association.has('User', 1, 'Projects', 1) AS one,
       association.has('User', 1, 'Projects', ARRAY[1, 2, 3]) AS all3,
       association.has('User', 1, 'Projects', ARRAY[1, 4]) AS partly,
       association.has('User', 1, 'Projects', 4) AS not_one,
       association.has('User', 1, 'Projects', '[]'::jsonb) AS empty_jsonb,
       association.has('User', 1, 'Projects', ARRAY[]::int[]) AS empty_array,
       association.has('User', 1, 'Projects', NULL::int) AS null_target,
       association.has('User', 1, 'Project', '[{"id": 1}, 2, {"id": 2}]'::jsonb) AS objects,
       association.has('User', 1, 'Projects', ARRAY[1, 1, 1]) AS dupes,
       association.has('User', 3, 'Projects', 1) AS other_user,
       association.has('User', 1, 'Projects', 99) AS no_such_project,
       association.has('User', 1, 'Projects', '[1, {"id": 99}]'::jsonb) AS one_missing;

-- count, and count honouring through.where
SELECT association.count('User', 1, 'Projects') AS all_,
       association.count('User', 1, 'Projects', '{"through": {"where": {"status": "mine"}}}') AS mine,
       association.count('User', 1, 'Projects', '{"through": {"where": {"status": {"ne": "mine"}}}}') AS not_mine,
       association.count('User', 1, 'Projects', '{"where": {"name": {"in": ["p1", "p3"]}}}') AS p1_p3,
       association.count('User', 3, 'Projects') AS none;

-- get options: where, through.where, order (also on the junction), limit, offset
SELECT r->>'name' AS name, r->'UserProjects'->>'status' AS status
  FROM association.get('User', 1, 'Projects', '{"order": [["UserProjects", "status", "DESC"], ["id", "DESC"]]}') r;
SELECT r->>'name' AS name, r->'UserProjects'->>'status' AS status
  FROM association.get('User', 1, 'Projects', '{"order": [["UserProjects", "status", "ASC"], "id"], "limit": 2, "offset": 1}') r;
SELECT err($$SELECT association.get('User', 1, 'Projects', '{"order": [["UserProjects", "status"]]}')$$);
SELECT err($$SELECT association.get('User', 1, 'Projects', '{"order": [["UserProjects", "nope", "ASC"]]}')$$);
SELECT r->>'name' AS name
  FROM association.get('User', 1, 'Projects', '{"where": {"id": {"gte": 3}}, "through": {"where": {"status": "default"}}}') r;
SELECT r->>'name' AS name
  FROM association.get('User', 1, 'Projects', '{"through": {"where": {"status": "default"}}, "order": ["name"]}') r;
SELECT r FROM association.get('User', 1, 'Projects', '{"attributes": {"exclude": ["name"]}, "joinTableAttributes": ["status"], "order": [["name", "DESC"]]}') r;

-- remove: one, a list, not associated (no error), duplicates, NULL (no-op)
SELECT association.remove('User', 1, 'Projects', 3);
SELECT association.remove('User', 1, 'Projects', ARRAY[4, 4]);
SELECT association.remove('User', 1, 'Projects', NULL::int);
SELECT association.remove('User', 1, 'Projects', '[]'::jsonb);
SELECT "UserId", "ProjectId", status FROM "UserProjects" ORDER BY 1, 2;
SELECT association.remove('User', 1, 'Projects', '[{"id": 2}, 2, 1]'::jsonb);
SELECT "UserId", "ProjectId", status FROM "UserProjects" ORDER BY 1, 2;

-- set: replaces; kept rows keep their data unless new data is given; duplicates harmless
SELECT association.set('User', 1, 'Projects', ARRAY[1, 2, 2, 3], '{"through": {"status": "s1"}}');
SELECT "UserId", "ProjectId", status FROM "UserProjects" WHERE "UserId" = 1 ORDER BY 2;
TRUNCATE before;
INSERT INTO before SELECT "UserId", "ProjectId", xmin::text, "createdAt", "updatedAt" FROM "UserProjects";
SELECT association.set('User', 1, 'Projects', '[{"id": 2, "UserProjects": {"status": "s2"}}, 3, 4]'::jsonb);
SELECT u."UserId", u."ProjectId", u.status, u.role, u.xmin::text IS NOT DISTINCT FROM b.x AS untouched
  FROM "UserProjects" u LEFT JOIN before b USING ("UserId", "ProjectId") WHERE u."UserId" = 1 ORDER BY 2;
-- set to NULL and to [] un-associates (only this user's rows)
SELECT association.set('User', 1, 'Projects', NULL::int);
SELECT association.count('User', 1, 'Projects'), association.count('User', 2, 'Projects');
SELECT association.set('User', 2, 'Projects', '[]'::jsonb);
SELECT association.set('User', 1, 'Projects', 4);
SELECT "UserId", "ProjectId", status FROM "UserProjects" ORDER BY 1, 2;

-- create_associated(values, {through}): the target and a junction row
SELECT strip(association.create_associated('User', 3, 'Project', '{"name": "p5"}', '{"through": {"status": "created"}}'));
SELECT strip(r) FROM association.get('User', 3, 'Projects') r ORDER BY (r->>'id')::int;
SELECT strip(association.create_associated('User', 3, 'Projects', '{"name": "p6"}')) - 'id' AS created;
SELECT "UserId", p.name, status FROM "UserProjects" JOIN "Projects" p ON p.id = "ProjectId" ORDER BY 1, 2;

-- a missing instance or target: 23503
SELECT err($$SELECT association.add('User', 99, 'Projects', 1)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', ARRAY[1, 99])$$);
-- add checks and writes in one statement: the error undoes the pair of the
-- target that exists; a key given twice is added once
SELECT err($$SELECT association.add('User', 1, 'Projects', ARRAY[2, 99])$$);
SELECT association.has('User', 1, 'Projects', 2) AS project_2_added;
SELECT association.add('User', 1, 'Projects', ARRAY[2, 2]);
SELECT "ProjectId", count(*) FROM "UserProjects" WHERE "UserId" = 1 GROUP BY 1 ORDER BY 1;
SELECT association.remove('User', 1, 'Projects', 2);
SELECT err($$SELECT association.set('User', 99, 'Projects', ARRAY[1])$$);
SELECT err($$SELECT association.set('User', 1, 'Projects', '[{"id": 98}]'::jsonb)$$);
SELECT err($$SELECT association.create_associated('User', 99, 'Projects', '{"name": "px"}')$$);
SELECT count(*) AS no_px FROM "Projects" WHERE name = 'px';
-- junction data and options that are wrong
SELECT err($$SELECT association.add('User', 1, 'Projects', 1, '{"through": {"nope": 1}}')$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '[{"id": 1, "UserProjects": {"nope": 1}}]'::jsonb)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '[{"id": 1, "UserProjects": 5}]'::jsonb)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', 1, '{"through": "active"}')$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', 1, '{"trough": {}}')$$);
SELECT err($$SELECT association.set('User', 1, 'Projects', 1, '{"bogus": true}')$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '[{"name": "p1"}]'::jsonb)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '[[1]]'::jsonb)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '[null]'::jsonb)$$);
SELECT err($$SELECT association.add('User', 1, 'Projects', '["x"]'::jsonb)$$);
SELECT err($$SELECT association.add('User', NULL::int, 'Projects', 1)$$);
SELECT err($$SELECT association.get('User', 1, 'Nope')$$);
SELECT err($$SELECT association.get('Nobody', 1, 'Projects')$$);
-- an instance that does not exist: reading finds nothing; remove, a mutator, says so (23503)
SELECT count(*) AS got FROM association.get('User', 99, 'Projects');
SELECT association.count('User', 99, 'Projects'), association.has('User', 99, 'Projects', 1);
SELECT err($$SELECT association.remove('User', 99, 'Projects', 1)$$);
SELECT "UserId", "ProjectId", status FROM "UserProjects" ORDER BY 1, 2;

----------------------------------------------------------------------------------------------
-- Sequelize v5 guide "Scopes", n:m: ItemTag with a through scope (taggable: 'post') and pendingTags
-- (a target scope status: 'pending' as well)
SELECT association.define_model('post', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('item_tag', '{
  "id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true},
  "tagId": {"type": "INTEGER", "unique": "item_tag_taggable"},
  "taggable": {"type": "STRING", "unique": "item_tag_taggable"},
  "taggableId": {"type": "INTEGER", "unique": "item_tag_taggable", "references": null}}');
SELECT association.define_model('tag', '{"name": "STRING", "status": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('post', 'tag', '{"through": {"model": "item_tag", "unique": false, "scope": {"taggable": "post"}}, "foreignKey": "taggableId", "constraints": false}');
SELECT association.belongs_to_many('tag', 'post', '{"through": {"model": "item_tag", "unique": false}, "foreignKey": "tagId", "constraints": false}');
SELECT association.belongs_to_many('post', 'tag', '{"through": {"model": "item_tag", "unique": false, "scope": {"taggable": "post"}}, "scope": {"status": "pending"}, "as": "pendingTags", "foreignKey": "taggableId", "constraints": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO posts (title) VALUES ('post1'), ('post2');
INSERT INTO tags (name, status) VALUES ('t1', 'pending'), ('t2', 'active'), ('t3', 'pending'), ('t4', 'pending');
-- an image (another taggable) tagged with t3 and t4, with the same numeric id as post1
INSERT INTO item_tags ("tagId", taggable, "taggableId") VALUES (3, 'image', 1), (4, 'image', 1);

-- add writes the through scope; it wins over the defaults and over per-target data
SELECT association.add('post', 1, 'tags', ARRAY[1, 2]);
SELECT association.add('post', 1, 'tag', '[{"id": 3, "item_tag": {"taggable": "video"}}]'::jsonb, '{"through": {"taggable": "image"}}');
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
-- add twice (no unique index on the two keys: unique: false) does not duplicate
SELECT association.add('post', 1, 'tags', ARRAY[1, 2, 3]);
SELECT count(*) AS post_rows FROM item_tags WHERE taggable = 'post';
-- post.getTags(): only rows inside the through scope (not the image's t4)
SELECT strip(r) FROM association.get('post', 1, 'tags') r ORDER BY (r->>'id')::int;
SELECT association.count('post', 1, 'tags') AS tags,
       association.has('post', 1, 'tags', 4) AS has_t4,
       association.has('post', 1, 'tags', ARRAY[1, 2, 3]) AS has_123;
-- post.getPendingTags(): both scopes
SELECT r->>'name' AS name, r->>'status' AS status, r->'item_tag'->>'taggable' AS taggable
  FROM association.get('post', 1, 'pendingTags') r ORDER BY (r->>'id')::int;
SELECT association.count('post', 1, 'pendingTags') AS pending,
       association.has('post', 1, 'pendingTags', 2) AS has_active_t2,
       association.has('post', 1, 'pendingTag', ARRAY[1, 3]) AS has_13;
-- the other direction has no through scope: it sees every taggable with that id
SELECT r->>'title' AS title, r->'item_tag'->>'taggable' AS taggable
  FROM association.get('tag', 3, 'posts') r ORDER BY 2;
-- remove applies the through scope: the image's row for t3 stays
SELECT association.remove('post', 1, 'tags', ARRAY[3, 4]);
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
-- set through pendingTags touches only rows inside both scopes: t2 (active) stays
SELECT association.set('post', 1, 'pendingTags', ARRAY[3]);
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
SELECT association.set('post', 1, 'pendingTags', NULL::int);
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
-- set through tags replaces inside the through scope only (image rows stay)
SELECT association.set('post', 1, 'tags', ARRAY[1, 4], '{"through": {"taggable": "x"}}');
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
-- createPendingTag: the target gets the target scope (it wins over given values), the junction row the through scope
SELECT strip(association.create_associated('post', 2, 'pendingTags', '{"name": "t5", "status": "active"}',
                                           '{"through": {"taggable": "image"}}')) AS created;
SELECT strip(association.create_associated('post', 2, 'tags', '{"name": "t6", "status": "active"}')) AS created;
SELECT id, name, status FROM tags ORDER BY id;
SELECT "taggableId", "tagId", taggable FROM item_tags ORDER BY 3, 1, 2;
SELECT r->>'name' AS name FROM association.get('post', 2, 'pendingTags') r ORDER BY 1;
-- constraints: false does not make a missing instance or target acceptable
SELECT err($$SELECT association.add('post', 99, 'tags', 1)$$);
SELECT err($$SELECT association.add('post', 1, 'tags', 99)$$);
SELECT err($$SELECT association.set('post', 1, 'pendingTags', ARRAY[99])$$);
SELECT err($$SELECT association.create_associated('post', 99, 'pendingTags', '{"name": "t7"}')$$);
SELECT count(*) AS no_t7 FROM tags WHERE name = 't7';

----------------------------------------------------------------------------------------------
-- a through model with its own primary key and through.unique: false (no unique index at all)
SELECT association.define_model('Club', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Member', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Membership', '{"id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true}, "role": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('Member', 'Club', '{"through": {"model": "Membership", "unique": false}}');
SELECT count(*) > 0 AS synced FROM association.sync();
SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = '"Memberships"'::regclass AND indisunique;
INSERT INTO "Clubs" (name) VALUES ('c1'), ('c2');
INSERT INTO "Members" (name) VALUES ('m1');
SELECT association.add('Member', 1, 'Clubs', 1, '{"through": {"role": "chair"}}');
SELECT association.add('Member', 1, 'Clubs', ARRAY[1, 1, 2]);
SELECT association.add('Member', 1, 'Club', '[1, {"id": 2, "Membership": {"role": "guest"}}]'::jsonb);
SELECT "MemberId", "ClubId", role FROM "Memberships" ORDER BY 1, 2;
SELECT association.set('Member', 1, 'Clubs', ARRAY[2, 2, 1], '{"through": {"role": "guest"}}');
SELECT "MemberId", "ClubId", role FROM "Memberships" ORDER BY 1, 2;
SELECT r::jsonb - 'id' FROM association.get('Member', 1, 'Clubs') r ORDER BY (r->>'id')::int;
SELECT association.remove('Member', 1, 'Clubs', 1);
SELECT "MemberId", "ClubId", role FROM "Memberships" ORDER BY 1, 2;

----------------------------------------------------------------------------------------------
-- keys of type uuid and text
SELECT association.define_model('Doc', '{"id": {"type": "UUID", "primaryKey": true}, "title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Label', '{"code": {"type": "STRING", "primaryKey": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('Doc', 'Label', '{"through": "DocLabels", "timestamps": false}');
SELECT association.belongs_to_many('Label', 'Doc', '{"through": "DocLabels", "timestamps": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "Docs" VALUES ('00000000-0000-0000-0000-000000000001', 'd1'), ('00000000-0000-0000-0000-000000000002', 'd2');
INSERT INTO "Labels" VALUES ('red'), ('green'), ('blue');
SELECT association.add('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', 'red'::text);
SELECT association.add('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', ARRAY['green', 'green']);
SELECT association.add('Doc', '00000000-0000-0000-0000-000000000002'::uuid, 'Label', '["blue", {"code": "red"}]'::jsonb);
SELECT * FROM "DocLabels" ORDER BY 1, 2;
SELECT r FROM association.get('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', '{"order": ["code"]}') r;
SELECT r FROM association.get('Label', 'red'::text, 'Docs', '{"order": [["title", "DESC"]]}') r;
SELECT association.has('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', ARRAY['red', 'green']) AS both_,
       association.has('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', 'blue'::text) AS blue,
       association.count('Label', 'red'::text, 'Docs') AS red_docs;
SELECT association.set('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', ARRAY['blue']);
SELECT association.remove('Label', 'red'::text, 'Docs', '00000000-0000-0000-0000-000000000002'::uuid);
SELECT * FROM "DocLabels" ORDER BY 1, 2;
SELECT err($$SELECT association.add('Doc', '00000000-0000-0000-0000-000000000009'::uuid, 'Labels', 'red'::text)$$);
SELECT err($$SELECT association.add('Doc', '00000000-0000-0000-0000-000000000001'::uuid, 'Labels', 'pink'::text)$$);
SELECT err($$SELECT association.add('Doc', 'not-a-uuid'::text, 'Labels', 'red'::text)$$);
SELECT association.create_associated('Doc', '00000000-0000-0000-0000-000000000002'::uuid, 'Labels', '{"code": "gold"}');
SELECT * FROM "DocLabels" ORDER BY 1, 2;

----------------------------------------------------------------------------------------------
-- underscored: rows are keyed by attribute names, not columns
SELECT association.define_model('Student', '{"fullName": "STRING"}', '{"underscored": true, "timestamps": false}');
SELECT association.define_model('Course', '{"courseName": "STRING"}', '{"underscored": true, "timestamps": false}');
SELECT association.define_model('Enrollment', '{"finalGrade": "INTEGER"}', '{"underscored": true}');
SELECT association.belongs_to_many('Student', 'Course', '{"through": "Enrollment"}');
SELECT association.belongs_to_many('Course', 'Student', '{"through": "Enrollment"}');
SELECT count(*) > 0 AS synced FROM association.sync();
SELECT attname FROM pg_attribute WHERE attrelid = 'enrollments'::regclass AND attnum > 0 ORDER BY attnum;
INSERT INTO students (full_name) VALUES ('s1'), ('s2');
INSERT INTO courses (course_name) VALUES ('c1'), ('c2'), ('c3');
SELECT association.add('Student', 1, 'Courses', '[{"id": 1, "Enrollment": {"finalGrade": 5}}, {"id": 2, "Enrollment": {"finalGrade": 2}}, 3]'::jsonb,
                       '{"through": {"finalGrade": 4}}');
SELECT strip(r) FROM association.get('Student', 1, 'Courses') r ORDER BY (r->>'id')::int;
SELECT bool_and(ts_ok(r->'Enrollment')) AS junction_timestamps FROM association.get('Student', 1, 'Courses') r;
SELECT r FROM association.get('Student', 1, 'Courses', '{"attributes": ["courseName"], "joinTableAttributes": ["finalGrade"], "order": [["Enrollment", "finalGrade", "DESC"]]}') r;
SELECT r->>'courseName' AS course FROM association.get('Student', 1, 'Courses', '{"where": {"courseName": {"like": "c%"}}, "through": {"where": {"finalGrade": {"gte": 4}}}, "order": [["courseName", "DESC"]]}') r;
SELECT association.count('Student', 1, 'Courses', '{"through": {"where": {"finalGrade": {"lt": 3}}}}') AS low;
SELECT association.set('Student', 1, 'Courses', '[{"id": 2, "Enrollment": {"finalGrade": 3}}]'::jsonb);
SELECT association.add('Course', 1, 'Students', 2, '{"through": {"finalGrade": 1}}');
SELECT student_id, course_id, final_grade FROM enrollments ORDER BY 1, 2;
SELECT strip(r) FROM association.get('Course', 2, 'Students') r ORDER BY (r->>'id')::int;
SELECT err($$SELECT association.add('Student', 1, 'Courses', 1, '{"through": {"final_grade": 1}}')$$);
SELECT strip(association.create_associated('Student', 2, 'Course', '{"courseName": "c4"}', '{"through": {"finalGrade": 6}}'));
SELECT student_id, course_id, final_grade FROM enrollments ORDER BY 1, 2;

----------------------------------------------------------------------------------------------
-- self-association: Person Children, and the reverse Parents over the same junction
SELECT association.define_model('Person', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('Person', 'Person', '{"as": "Children", "through": "PersonChildren", "timestamps": false}');
SELECT association.belongs_to_many('Person', 'Person', '{"as": "Parents", "through": "PersonChildren", "foreignKey": "ChildId", "otherKey": "PersonId", "timestamps": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
INSERT INTO "People" (name) VALUES ('grandma'), ('mum'), ('kid1'), ('kid2');
SELECT association.add('Person', 1, 'Child', 2);
SELECT association.set('Person', 2, 'Children', ARRAY[3, 4]);
SELECT association.add('Person', 4, 'Parents', 1);
SELECT * FROM "PersonChildren" ORDER BY 1, 2;
SELECT r FROM association.get('Person', 2, 'Children') r ORDER BY (r->>'id')::int;
SELECT r FROM association.get('Person', 4, 'Parents') r ORDER BY (r->>'id')::int;
SELECT association.has('Person', 3, 'Parents', 2) AS kid1_of_mum,
       association.has('Person', 1, 'Children', ARRAY[2, 4]) AS grandma_children,
       association.count('Person', 4, 'Parents') AS kid2_parents;
SELECT association.remove('Person', 4, 'Parents', ARRAY[1, 2]);
SELECT * FROM "PersonChildren" ORDER BY 1, 2;
SELECT (association.create_associated('Person', 3, 'Children', '{"name": "baby"}'))::jsonb - 'id' AS created;
SELECT p.name, c.name AS child FROM "PersonChildren" j JOIN "People" p ON p.id = j."PersonId"
  JOIN "People" c ON c.id = j."ChildId" ORDER BY 1, 2;

-- rights: the functions run with the caller's rights
DROP ROLE IF EXISTS t_instance_btm_reader;
CREATE ROLE t_instance_btm_reader;
GRANT USAGE ON SCHEMA t_instance_btm, association TO t_instance_btm_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA t_instance_btm TO t_instance_btm_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA association TO t_instance_btm_reader;
SET ROLE t_instance_btm_reader;
SELECT association.count('Person', 2, 'Children');
SELECT left(err($$SELECT association.add('Person', 1, 'Children', 3)$$), 5) AS read_only;
RESET ROLE;
-- with the rights plain SQL needs to link two people (write the junction, read the people) it works
GRANT INSERT, UPDATE, DELETE ON "PersonChildren" TO t_instance_btm_reader;
SET ROLE t_instance_btm_reader;
SELECT err($$SELECT association.add('Person', 1, 'Children', 3)$$);
SELECT err($$SELECT association.set('Person', 1, 'Children', ARRAY[2, 3])$$);
SELECT err($$SELECT association.remove('Person', 1, 'Children', 3)$$);
RESET ROLE;
SELECT * FROM "PersonChildren" ORDER BY 1, 2;
REVOKE ALL ON ALL TABLES IN SCHEMA t_instance_btm, association FROM t_instance_btm_reader;
REVOKE ALL ON SCHEMA t_instance_btm, association FROM t_instance_btm_reader;
DROP ROLE t_instance_btm_reader;

DROP SCHEMA t_instance_btm CASCADE;
DROP EXTENSION association CASCADE;
