-- has_many: 1:n foreign keys, names, ON DELETE defaults, sourceKey, v1 options, scopes.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_has_many;
SET search_path = t_has_many, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql

-- Sequelize v6 guide Team/Player: "TeamId" INTEGER REFERENCES "Teams" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- hasMany + belongsTo share the one TeamId column
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING"}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT * FROM association.sync();
SELECT * FROM cols('"Players"');
SELECT * FROM cons('"Players"');
SELECT * FROM idx('"Players"');
SELECT * FROM association.sync();

-- Sequelize v6 guide foreignKey: 'clubId'; the belongsTo without foreignKey still infers TeamId: two columns
SELECT reset();
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING"}');
SELECT association.has_many('Team', 'Player', '{"foreignKey": "clubId"}');
SELECT association.belongs_to('Player', 'Team');
SELECT * FROM association.sync();
SELECT * FROM cols('"Players"');
SELECT * FROM cons('"Players"');
SELECT * FROM idx('"Players"');

-- Project.hasMany(User, {as: 'Workers'}): the alias is the name, the key is ProjectId (has-many.js:65-72)
SELECT reset();
SELECT association.define_model('Project', '{}');
SELECT association.define_model('User', '{}');
SELECT association.has_many('Project', 'User', '{"as": "Workers"}');
SELECT name, kind, source, target FROM association.associations ORDER BY ordinal;
SELECT * FROM association.sync();
SELECT * FROM cols('"Users"');
SELECT * FROM cons('"Users"');

-- allowNull: false on the key: NOT NULL and ON DELETE CASCADE (has-many.js:126-130)
SELECT reset();
SELECT association.define_model('Team', '{}', '{"timestamps": false}');
SELECT association.define_model('Player', '{}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player', '{"foreignKey": {"name": "teamId", "allowNull": false}}');
SELECT * FROM association.sync();
SELECT * FROM cols('"Players"');
SELECT * FROM cons('"Players"');
-- explicit onDelete/onUpdate, lower case accepted
SELECT association.define_model('Coach', '{}', '{"timestamps": false}');
SELECT association.has_many('Coach', 'Player', '{"onDelete": "restrict", "onUpdate": "no action"}');
SELECT * FROM association.sync();
SELECT * FROM cons('"Players"');
-- a bad onDelete value
SELECT err($$SELECT association.has_many('Team', 'Player', '{"as": "Subs", "onDelete": "DESTROY"}')$$);

-- Sequelize v5 guide sourceKey: Country.hasMany(City, {foreignKey: 'countryCode', sourceKey: 'isoCode'});
-- a key referencing a non-unique column is an error 42830
SELECT reset();
SELECT association.define_model('city', '{"countryCode": "STRING"}');
SELECT association.define_model('country', '{"isoCode": "STRING"}');
SELECT err($$SELECT association.has_many('country', 'city', '{"foreignKey": "countryCode", "sourceKey": "isoCode"}')$$);
SELECT count(*) FROM association.associations;
-- with isoCode unique the key references it, typed like it
SELECT reset();
SELECT association.define_model('city', '{"countryCode": "STRING"}');
SELECT association.define_model('country', '{"isoCode": {"type": "STRING", "unique": true}}');
SELECT association.has_many('country', 'city', '{"foreignKey": "countryCode", "sourceKey": "isoCode"}');
SELECT association.belongs_to('city', 'country', '{"foreignKey": "countryCode", "targetKey": "isoCode"}');
SELECT * FROM association.sync();
SELECT * FROM cols('cities');
SELECT * FROM cons('cities');
SELECT * FROM idx('cities');
-- hasMany with an unknown sourceKey silently falls back to the primary key (has-many.js:82-90)
SELECT association.define_model('state', '{}');
SELECT association.has_many('country', 'state', '{"sourceKey": "nope"}');
SELECT * FROM association.sync();
SELECT * FROM cols('states');
SELECT * FROM cons('states');

-- hasMany with through is an error (has-many.js:27-29)
SELECT err($$SELECT association.has_many('country', 'city', '{"as": "Towns", "through": "country_towns"}')$$);
-- unknown option names the key
SELECT err($$SELECT association.has_many('country', 'city', '{"as": "Towns", "foreignKeys": "x"}')$$);
-- unknown model
SELECT err($$SELECT association.has_many('country', 'Nope')$$);
-- duplicate alias
SELECT err($$SELECT association.has_many('country', 'state')$$);

-- Sequelize v1: hasMany with joinTableName both ways is an n:m through that table
SELECT reset();
SELECT association.define_model('Project', '{}');
SELECT association.define_model('User', '{}');
SELECT association.has_many('Project', 'User', '{"joinTableName": "project_has_users"}');
SELECT association.has_many('User', 'Project', '{"joinTableName": "project_has_users"}');
SELECT name, kind, source, target FROM association.associations ORDER BY ordinal;
SELECT * FROM association.sync();
SELECT * FROM cols('project_has_users');
SELECT * FROM cons('project_has_users');
SELECT * FROM cols('"Users"');

-- Sequelize v1: joinTableModel: UserProjects with status gets ProjectId and UserId as its primary key
SELECT reset();
SELECT association.define_model('User', '{}');
SELECT association.define_model('Project', '{}');
SELECT association.define_model('UserProjects', '{"status": "STRING"}');
SELECT association.has_many('User', 'Project', '{"joinTableModel": "UserProjects"}');
SELECT association.has_many('Project', 'User', '{"joinTableModel": "UserProjects"}');
SELECT name, kind, source, target FROM association.associations ORDER BY ordinal;
SELECT * FROM association.sync();
SELECT * FROM cols('"UserProjects"');
SELECT * FROM cons('"UserProjects"');

-- Sequelize v1: Person.hasMany(Person, {as: 'Children', foreignKey: 'ParentId', useJunctionTable: false}) is 1:n
SELECT reset();
SELECT association.define_model('Person', '{"name": "STRING"}');
SELECT association.has_many('Person', 'Person', '{"as": "Children", "foreignKey": "ParentId", "useJunctionTable": false}');
SELECT name, kind, source, target FROM association.associations ORDER BY ordinal;
SELECT * FROM association.sync();
SELECT * FROM cols('"People"');
SELECT * FROM cons('"People"');
-- plain self hasMany is 1:n too (v6): PersonId
SELECT association.has_many('Person', 'Person', '{"as": "Friends"}');
SELECT * FROM association.sync();
SELECT * FROM cons('"People"');

-- Sequelize v5 guide "Enforcing a foreign key reference without constraints": Trainer/Series/Video, the
-- declared references attributes are merged with the association keys (mergeDefaults)
SELECT reset();
SELECT association.define_model('trainer', '{"firstName": "STRING", "lastName": "STRING"}');
SELECT association.define_model('series', '{"title": "STRING", "subTitle": "STRING", "description": "TEXT",
  "trainerId": {"type": "INTEGER", "references": {"model": "trainer", "key": "id"}}}');
SELECT association.define_model('video', '{"title": "STRING", "sequence": "INTEGER", "description": "TEXT",
  "seriesId": {"type": "INTEGER", "references": {"model": "series", "key": "id"}}}');
SELECT association.has_one('series', 'video');
SELECT association.has_many('trainer', 'series');
SELECT * FROM association.sync();
SELECT * FROM cols('series');
SELECT * FROM cons('series');
SELECT * FROM cols('videos');
SELECT * FROM cons('videos');
-- (both keys get ON DELETE CASCADE: the declared attributes do not state allowNull, and v6 reads
-- allowNull from the existing attribute, where undefined counts as NOT NULL: has-many.js:126-130)
-- allowNull is read from the existing attribute: NOT NULL key => CASCADE, nullable key => SET NULL
SELECT association.define_model('episode', '{"seriesId": {"type": "INTEGER", "allowNull": false}}', '{"timestamps": false}');
SELECT association.has_many('series', 'episode');
SELECT * FROM association.sync();
SELECT * FROM cols('episodes');
SELECT * FROM cons('episodes');
SELECT association.define_model('clip', '{"seriesId": {"type": "INTEGER", "allowNull": true}}', '{"timestamps": false}');
SELECT association.has_many('series', 'clip');
SELECT * FROM association.sync();
SELECT * FROM cons('clips');
-- mergeDefaults adds allowNull: true to the existing attribute, so a later belongsTo on the same key
-- sees a nullable key: SET NULL (mergeDefaults, belongs-to.js:90-94)
SELECT association.define_model('tape', '{"seriesId": "INTEGER"}', '{"timestamps": false}');
SELECT association.has_many('series', 'tape', '{"constraints": false}');
SELECT association.belongs_to('tape', 'series');
SELECT * FROM association.sync();
SELECT * FROM cons('tapes');

-- Sequelize v5 guide scopes 1:n: Post/Image/Comment polymorphic commentableId, constraints: false
SELECT reset();
SELECT association.define_model('post', '{"title": "STRING", "text": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('image', '{"title": "STRING", "link": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('comment', '{"title": "STRING", "commentable": "STRING", "commentableId": "INTEGER"}', '{"timestamps": false}');
SELECT association.has_many('post', 'comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "post"}}');
SELECT association.belongs_to('comment', 'post', '{"foreignKey": "commentableId", "constraints": false, "as": "post"}');
SELECT association.has_many('image', 'comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "image"}}');
SELECT association.belongs_to('comment', 'image', '{"foreignKey": "commentableId", "constraints": false, "as": "image"}');
SELECT * FROM association.sync();
-- no REFERENCES on commentableId, one index
SELECT * FROM cols('comments');
SELECT * FROM cons('comments');
SELECT * FROM idx('comments');
-- the view applies the scope
SELECT pg_get_viewdef('post_comments'::regclass);
INSERT INTO posts (id, title) VALUES (1, 'p1'), (2, 'p2');
INSERT INTO images (id, title) VALUES (1, 'i1');
INSERT INTO comments (id, title, commentable, "commentableId") VALUES
  (1, 'on post 1', 'post', 1), (2, 'on image 1', 'image', 1), (3, 'on post 2', 'post', 2), (4, 'orphan', 'post', NULL);
SELECT * FROM post_comments ORDER BY id;
SELECT * FROM image_comments ORDER BY id;
SELECT * FROM post_comments WHERE source_key = 1;

DROP SCHEMA t_has_many CASCADE;
DROP EXTENSION association CASCADE;
