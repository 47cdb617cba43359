-- belongs_to_many: junction tables, keys, PK/unique, ON DELETE per key, self, pairs, scopes.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_belongs_to_many;
SET search_path = t_belongs_to_many, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql

-- Sequelize v6 guide Movie/Actor through 'ActorMovies': createdAt, updatedAt, MovieId, ActorId,
-- PRIMARY KEY ("MovieId","ActorId"), both REFERENCES ... ON DELETE CASCADE ON UPDATE CASCADE
SELECT association.define_model('Movie', '{"name": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING"}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies"}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');
SELECT name, table_name FROM association.models ORDER BY ordinal;
SELECT * FROM association.sync();
SELECT * FROM cols('"ActorMovies"');
SELECT * FROM cons('"ActorMovies"');
SELECT * FROM idx('"ActorMovies"');
SELECT * FROM association.sync();

-- Sequelize v6 guide through model ActorMovies declaring references: v6 gives CASCADE (not the
-- v5 guide's RESTRICT); NOT NULL because the keys become the primary key
SELECT reset();
SELECT association.define_model('Movie', '{"name": "STRING"}');
SELECT association.define_model('Actor', '{"name": "STRING"}');
SELECT association.define_model('ActorMovies', '{
  "MovieId": {"type": "INTEGER", "references": {"model": "Movie", "key": "id"}},
  "ActorId": {"type": "INTEGER", "references": {"model": "Actors", "key": "id"}}}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies"}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies"}');
SELECT * FROM association.sync();
SELECT * FROM cols('"ActorMovies"');
SELECT * FROM cons('"ActorMovies"');

-- through model with its own primary key: kept, the two keys get a unique key instead
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true}, "status": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects"}');
SELECT * FROM association.sync();
SELECT * FROM cols('"UserProjects"');
SELECT * FROM cons('"UserProjects"');
-- uniqueKey (Sequelize v5 guide: Project.belongsToMany(User, {through: UserProjects, uniqueKey: 'my_custom_unique'}))
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects", "uniqueKey": "my_custom_unique"}');
SELECT * FROM association.sync();
SELECT * FROM cons('"UserProjects"');
-- through: {model, unique: false}: no unique key
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('Project', 'User', '{"through": {"model": "UserProjects", "unique": false}}');
SELECT * FROM association.sync();
SELECT * FROM cons('"UserProjects"');
SELECT * FROM idx('"UserProjects"');

-- timestamps: false on the association: no createdAt/updatedAt on the junction
SELECT reset();
SELECT association.define_model('Movie', '{}');
SELECT association.define_model('Actor', '{}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "MovieActors", "timestamps": false}');
SELECT * FROM association.sync();
SELECT * FROM cols('"MovieActors"');

-- Sequelize v5 guide self n:m: Person.belongsToMany(Person, {as: 'Children', through: 'PersonChildren'}) => PersonId + ChildId
SELECT reset();
SELECT association.define_model('Person', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('Person', 'Person', '{"as": "Children", "through": "PersonChildren"}');
SELECT * FROM association.sync();
SELECT * FROM cols('"PersonChildren"');
SELECT * FROM cons('"PersonChildren"');
-- errors: self n:m without as, missing through (checked first, belongs-to-many.js:61-63 before :78-80),
-- through true/null
SELECT err($$SELECT association.belongs_to_many('Person', 'Person', '{"through": "Friends"}')$$);
SELECT err($$SELECT association.belongs_to_many('Person', 'Person', '{"as": "Friends"}')$$);
SELECT err($$SELECT association.belongs_to_many('Person', 'Person')$$);
SELECT err($$SELECT association.belongs_to_many('Person', 'Person', '{"as": "Friends", "through": true}')$$);
SELECT err($$SELECT association.belongs_to_many('Person', 'Person', '{"as": "Friends", "through": null}')$$);
SELECT err($$SELECT association.belongs_to_many('Person', 'Person', '{"as": "Friends", "through": "F", "onDelete": "NOPE"}')$$);
SELECT count(*) FROM association.associations;

-- Sequelize v5 guide aliases with paired keys: worker_tasks holds userId and projectId only
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"as": "Tasks", "through": "worker_tasks", "foreignKey": "userId"}');
SELECT association.belongs_to_many('Project', 'User', '{"as": "Workers", "through": "worker_tasks", "foreignKey": "projectId"}');
SELECT * FROM association.sync();
SELECT * FROM cols('worker_tasks');
SELECT * FROM cons('worker_tasks');
-- otherKey names the target's key on the junction
SELECT association.belongs_to_many('User', 'Project', '{"as": "Jobs", "through": "job_assignments", "foreignKey": "userId", "otherKey": "jobId"}');
SELECT * FROM association.sync();
SELECT * FROM cols('job_assignments');
SELECT * FROM cons('job_assignments');

-- Sequelize v6 guide sourceKey/targetKey, the four cases (models foo/bar, through foo_bar)
SELECT reset();
SELECT association.define_model('foo', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('foo', 'bar', '{"through": "foo_bar", "timestamps": false}');
SELECT * FROM association.sync();
SELECT * FROM cols('foo_bar');
SELECT * FROM cons('foo_bar');
SELECT reset();
SELECT association.define_model('foo', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('foo', 'bar', '{"through": "foo_bar", "timestamps": false, "targetKey": "title"}');
SELECT * FROM association.sync();
SELECT * FROM cols('foo_bar');
SELECT * FROM cons('foo_bar');
SELECT reset();
SELECT association.define_model('foo', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('foo', 'bar', '{"through": "foo_bar", "timestamps": false, "sourceKey": "name"}');
SELECT * FROM association.sync();
SELECT * FROM cols('foo_bar');
SELECT * FROM cons('foo_bar');
SELECT reset();
SELECT association.define_model('foo', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('bar', '{"title": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to_many('foo', 'bar', '{"through": "foo_bar", "timestamps": false, "sourceKey": "name", "targetKey": "title"}');
SELECT * FROM association.sync();
SELECT * FROM cols('foo_bar');
SELECT * FROM cons('foo_bar');
-- an unknown sourceKey/targetKey on n:m is an error; a non-unique one is 42830
SELECT err($$SELECT association.belongs_to_many('bar', 'foo', '{"through": "bar_foo", "targetKey": "nope"}')$$);
SELECT association.define_model('baz', '{"label": "TEXT"}', '{"timestamps": false}');
SELECT err($$SELECT association.belongs_to_many('foo', 'baz', '{"through": "foo_baz", "targetKey": "label"}')$$);

-- underscored source: junction keys UserId/PlaceId stored as user_id/place_id (
-- test "should correctly generate underscored keys")
SELECT reset();
SELECT association.define_model('User', '{}', '{"tableName": "users", "underscored": true, "timestamps": false}');
SELECT association.define_model('Place', '{}', '{"tableName": "places", "underscored": true, "timestamps": false}');
-- (the User side's view would be user_places, the junction's name: accessorView renames it)
SELECT association.belongs_to_many('User', 'Place', '{"through": "user_places", "accessorView": "user_place_list"}');
SELECT association.belongs_to_many('Place', 'User', '{"through": "user_places"}');
SELECT * FROM association.sync();
SELECT * FROM cols('user_places');
SELECT a->>'name' AS attr, a->>'field' AS field FROM jsonb_array_elements(association.describe('user_places')->'attributes') a ORDER BY 1;
-- paired BTM with explicit keys: otherKey taken from the pair, no PlaceId (last bullets)
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Place', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Place', '{"through": "user_places", "foreignKey": "user_id", "accessorView": "user_place_list"}');
SELECT association.belongs_to_many('Place', 'User', '{"through": "user_places", "foreignKey": "place_id"}');
SELECT * FROM association.sync();
SELECT * FROM cols('user_places');
SELECT * FROM cons('user_places');

-- "can cascade and restrict deletes": the association's own key takes its onDelete, the other key
-- keeps the value set by the pair => userId RESTRICT, taskId CASCADE (belongs-to-many.js:317-333)
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Task', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Task', '{"through": "tasksusers", "foreignKey": "userId", "onDelete": "RESTRICT"}');
SELECT association.belongs_to_many('Task', 'User', '{"through": "tasksusers", "foreignKey": "taskId", "onDelete": "CASCADE"}');
SELECT * FROM association.sync();
SELECT * FROM cons('tasksusers');
-- the RESTRICT holds, the CASCADE cascades
INSERT INTO "Users" (id) VALUES (1); INSERT INTO "Tasks" (id) VALUES (1);
INSERT INTO tasksusers ("userId", "taskId") VALUES (1, 1);
SELECT err($$DELETE FROM "Users" WHERE id = 1$$);
DELETE FROM "Tasks" WHERE id = 1;
SELECT count(*) FROM tasksusers;

-- constraints: false: no REFERENCES on either key (test "should be possible to remove all constraints")
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Task', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Task', '{"through": "tasksusers", "constraints": false}');
SELECT association.belongs_to_many('Task', 'User', '{"through": "tasksusers", "constraints": false}');
SELECT * FROM association.sync();
SELECT * FROM cons('tasksusers');

-- Sequelize v5 guide n:m scope: ItemTag with its own id, the unique group item_tag_taggable, references: null,
-- through.scope taggable, constraints: false
SELECT reset();
SELECT association.define_model('post', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('item_tag', '{
  "id": {"type": "INTEGER", "primaryKey": true, "autoIncrement": true},
  "tagId": {"type": "INTEGER", "unique": "item_tag_taggable"},
  "taggable": {"type": "STRING", "unique": "item_tag_taggable"},
  "taggableId": {"type": "INTEGER", "unique": "item_tag_taggable", "references": null}}', '{"timestamps": false}');
SELECT association.define_model('tag', '{"name": "STRING", "status": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('post', 'tag', '{"through": {"model": "item_tag", "unique": false, "scope": {"taggable": "post"}}, "foreignKey": "taggableId", "constraints": false}');
SELECT association.belongs_to_many('tag', 'post', '{"through": {"model": "item_tag", "unique": false}, "foreignKey": "tagId", "constraints": false}');
SELECT association.belongs_to_many('post', 'tag', '{"through": {"model": "item_tag", "unique": false, "scope": {"taggable": "post"}}, "scope": {"status": "pending"}, "as": "pendingTags", "foreignKey": "taggableId", "constraints": false}');
SELECT * FROM association.sync();
SELECT * FROM cols('item_tags');
SELECT * FROM cons('item_tags');
SELECT * FROM idx('item_tags');
INSERT INTO posts (id, title) VALUES (1, 'p1');
INSERT INTO tags (id, name, status) VALUES (1, 'red', 'pending'), (2, 'blue', 'done'), (3, 'green', 'pending');
INSERT INTO item_tags ("tagId", taggable, "taggableId") VALUES (1, 'post', 1), (2, 'post', 1), (3, 'image', 1);
SELECT source_key, id, name, status, (item_tag).taggable FROM post_tags ORDER BY id;
SELECT source_key, id, name, status FROM post_pending_tags ORDER BY id;
SELECT source_key, id, title, (item_tag).taggable FROM tag_posts ORDER BY source_key;

-- as: {singular, plural} names the association; the keys still come from the models
SELECT reset();
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserTasks", "as": {"singular": "Task", "plural": "Tasks"}}');
SELECT name, kind FROM association.associations;
SELECT * FROM association.sync();
SELECT * FROM cols('"UserTasks"');

DROP SCHEMA t_belongs_to_many CASCADE;
DROP EXTENSION association CASCADE;
