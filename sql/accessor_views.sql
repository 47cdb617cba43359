-- accessor_views: the scoped view of every association kind, its columns and rows.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_accessor_views;
SET search_path = t_accessor_views, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql

-- hasMany: project_workers = project.getWorkers()
SELECT association.define_model('Project', '{"title": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('User', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('Project', 'User', '{"as": "Workers"}');
-- belongsTo with alias: ship_leader = ship.getLeader() (Sequelize v6 guide "Defining an Alias")
SELECT association.define_model('ship', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('captain', '{"name": {"type": "TEXT", "unique": true}}', '{"timestamps": false}');
SELECT association.belongs_to('ship', 'captain', '{"as": "leader"}');
-- belongsTo with targetKey (Sequelize v6 guide: captainName references captains.name)
SELECT association.belongs_to('ship', 'captain', '{"as": "skipper", "targetKey": "name", "foreignKey": "captainName"}');
-- hasOne: captain_ship
SELECT association.has_one('captain', 'ship');
-- belongsToMany: movie_actors with the junction row as the composite column "ActorMovies"
SELECT association.define_model('Movie', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Actor', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.belongs_to_many('Movie', 'Actor', '{"through": "ActorMovies", "timestamps": false}');
SELECT association.belongs_to_many('Actor', 'Movie', '{"through": "ActorMovies", "timestamps": false}');
SELECT * FROM association.sync();
SELECT relname FROM pg_class WHERE relnamespace = 't_accessor_views'::regnamespace AND relkind = 'v' ORDER BY relname;

-- columns: source_key first, then the target's columns (and the junction row for n:m)
SELECT * FROM cols('project_workers');
SELECT * FROM cols('ship_leader');
SELECT * FROM cols('ship_skipper');
SELECT * FROM cols('captain_ship');
SELECT * FROM cols('movie_actors');
SELECT * FROM cols('actor_movies');
\d+ movie_actors

-- rows after plain SQL inserts
INSERT INTO "Projects" (id, title) VALUES (1, 'apollo'), (2, 'gemini'), (3, 'empty');
INSERT INTO "Users" (id, name, "ProjectId") VALUES (1, 'ann', 1), (2, 'bob', 1), (3, 'cid', 2), (4, 'dan', NULL);
SELECT * FROM project_workers ORDER BY source_key, id;
SELECT * FROM project_workers WHERE source_key = 1 ORDER BY id;
SELECT count(*) FROM project_workers WHERE source_key = 3;

INSERT INTO captains (id, name) VALUES (1, 'Jack Sparrow'), (2, 'Barbossa');
INSERT INTO ships (id, name, "leaderId", "captainName", "captainId") VALUES
  (1, 'Black Pearl', 1, 'Barbossa', 2), (2, 'Dutchman', NULL, NULL, NULL);
SELECT * FROM ship_leader ORDER BY source_key;
SELECT * FROM ship_skipper ORDER BY source_key;
SELECT * FROM captain_ship ORDER BY source_key;

INSERT INTO "Movies" (id, name) VALUES (1, 'Alien'), (2, 'Heat');
INSERT INTO "Actors" (id, name) VALUES (1, 'Weaver'), (2, 'Pacino'), (3, 'De Niro');
INSERT INTO "ActorMovies" ("MovieId", "ActorId") VALUES (1, 1), (2, 2), (2, 3);
SELECT * FROM movie_actors ORDER BY source_key, id;
SELECT source_key, id, name, ("ActorMovies")."MovieId", ("ActorMovies")."ActorId" FROM actor_movies ORDER BY source_key, id;
-- composable: joins and aggregates like any relation
SELECT m.name, string_agg(a.name, ', ' ORDER BY a.name) AS actors
  FROM "Movies" m JOIN movie_actors a ON a.source_key = m.id GROUP BY m.name ORDER BY m.name;

-- the association scope is applied: hasMany scope, n:m target scope and through scope (Sequelize v5 guide Scopes)
SELECT association.define_model('image', '{"title": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('comment', '{"title": "TEXT", "commentable": "TEXT", "commentableId": "INTEGER"}', '{"timestamps": false}');
SELECT association.has_many('image', 'comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "image"}}');
SELECT association.define_model('tag', '{"name": "TEXT", "status": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('item_tag', '{"tagId": "INTEGER", "taggable": "TEXT", "taggableId": "INTEGER"}', '{"timestamps": false}');
SELECT association.belongs_to_many('image', 'tag', '{"through": {"model": "item_tag", "scope": {"taggable": "image"}}, "scope": {"status": {"in": ["pending", "new"]}}, "as": "pendingTags", "foreignKey": "taggableId", "otherKey": "tagId", "constraints": false}');
SELECT * FROM association.sync();
INSERT INTO images (id, title) VALUES (1, 'i1');
INSERT INTO comments (id, title, commentable, "commentableId") VALUES (1, 'on image', 'image', 1), (2, 'on post', 'post', 1);
SELECT * FROM image_comments ORDER BY id;
INSERT INTO tags (id, name, status) VALUES (1, 'red', 'pending'), (2, 'blue', 'done'), (3, 'green', 'new');
INSERT INTO item_tags ("tagId", taggable, "taggableId") VALUES (1, 'image', 1), (2, 'image', 1), (3, 'post', 1);
SELECT source_key, id, name, status, (item_tag).taggable FROM image_pending_tags ORDER BY id;

-- sourceKey: source_key is the value of the source key, typed like it (Sequelize v5 guide Country/City)
SELECT association.define_model('country', '{"isoCode": {"type": "STRING(2)", "unique": true}}', '{"timestamps": false}');
SELECT association.define_model('city', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.has_many('country', 'city', '{"foreignKey": "countryCode", "sourceKey": "isoCode"}');
SELECT * FROM association.sync();
SELECT * FROM cols('country_cities');
INSERT INTO countries (id, "isoCode") VALUES (1, 'FR'), (2, 'DE');
INSERT INTO cities (id, name, "countryCode") VALUES (1, 'Paris', 'FR'), (2, 'Lyon', 'FR'), (3, 'Berlin', 'DE');
SELECT * FROM country_cities WHERE source_key = 'FR' ORDER BY id;

-- underscored models: the view shows columns (fields), source_key from the underscored key
SELECT association.define_model('BlogPost', '{"postTitle": "TEXT"}', '{"underscored": true, "timestamps": false}');
SELECT association.define_model('BlogAuthor', '{}', '{"underscored": true, "timestamps": false}');
SELECT association.has_many('BlogAuthor', 'BlogPost', '{"as": "Posts"}');
SELECT * FROM association.sync();
SELECT * FROM cols('blog_author_posts');

-- a new attribute on the target (a later association's key) recreates the view with it
SELECT association.belongs_to('User', 'captain', '{"as": "Mentor"}');
SELECT * FROM association.sync();
SELECT * FROM cols('project_workers');
SELECT * FROM association.sync();

DROP SCHEMA t_accessor_views CASCADE;
DROP EXTENSION association CASCADE;
