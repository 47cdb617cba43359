-- Nested create: create(model, values, '{"include": ...}') (
-- Sequelize v5 guide "Creating with associations").
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_nested;
SET search_path = t_nested, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- e(sql) is err() without the hint
CREATE FUNCTION e(sql text) RETURNS text LANGUAGE sql AS $$ SELECT split_part(err(sql), E'\n', 1) $$;

---------------------------------------------------------------------------
-- Sequelize v5 guide "BelongsTo / HasMany / HasOne association" (timestamps off so the
-- output is stable; the guide's models have the default timestamps)
---------------------------------------------------------------------------
SELECT association.define_model('product', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('user', '{"firstName": "STRING", "lastName": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('address', '{"type": "STRING", "line1": "STRING", "line2": "STRING", "city": "STRING", "state": "STRING", "zip": "STRING"}', '{"timestamps": false}');
-- Product.User = Product.belongsTo(User); User.Addresses = User.hasMany(Address)
SELECT association.belongs_to('product', 'user');
SELECT association.has_many('user', 'address');
SELECT count(*) > 0 AS synced FROM association.sync();

-- Product.create({title: 'Chair', user: {firstName: 'Mick', ..., addresses: [...]}},
--                {include: [{association: Product.User, include: [User.Addresses]}]})
SELECT jsonb_pretty(association.create('product', '{
  "title": "Chair",
  "user": {
    "firstName": "Mick",
    "lastName": "Broadstone",
    "addresses": [{
      "type": "home",
      "line1": "100 Main St.",
      "city": "Austin",
      "state": "TX",
      "zip": "78704"
    }]
  }
}', '{"include": [{"association": "user", "include": ["addresses"]}]}')::jsonb);
-- the rows, keys copied: products.userId = users.id, addresses.userId = users.id
SELECT * FROM products ORDER BY id;
SELECT * FROM users ORDER BY id;
SELECT * FROM addresses ORDER BY id;
-- read back with the same include
SELECT association.find_one('product', '{"where": {"title": "Chair"}, "include": {"association": "user", "include": "addresses"}}');
-- the include by model, and several addresses
SELECT association.create('product', '{"title": "Table", "user": {"firstName": "Ann", "addresses": [{"type": "home", "city": "Utrecht"}, {"type": "work", "city": "Delft"}]}}',
                          '{"include": [{"model": "user", "include": [{"model": "address"}]}]}');
-- a belongsTo target only (no nested include), and an empty hasMany list
SELECT association.create('product', '{"title": "Lamp", "user": {"firstName": "Bob", "addresses": []}}', '{"include": [{"association": "user", "include": "addresses"}]}');
SELECT association.create('product', '{"title": "Rug", "user": {"firstName": "Cid"}}', '{"include": "user"}');
-- an included association left out of the values creates nothing
SELECT association.create('product', '{"title": "Vase"}', '{"include": "user"}');
-- the belongsTo key comes from the created target, not from the values
SELECT association.create('product', '{"title": "Sofa", "userId": 1, "user": {"firstName": "Dee"}}', '{"include": "user"}');
-- hasMany children get the parent's key whatever they say
SELECT association.create('user', '{"firstName": "Eve", "addresses": [{"city": "Gouda", "userId": 1}]}', '{"include": "addresses"}');
SELECT p.title, u."firstName", (SELECT array_agg(a.city ORDER BY a.id) FROM addresses a WHERE a."userId" = u.id) AS cities
  FROM users u LEFT JOIN products p ON p."userId" = u.id ORDER BY u.id, p.id;

-- "Also works for hasOne": a hasOne with an association scope (the scope wins over the values)
SELECT association.has_one('user', 'address', '{"as": "homeAddress", "foreignKey": "userId", "scope": {"type": "home"}}');
SELECT count(*) >= 0 AS synced FROM association.sync();
SELECT association.create('user', '{"firstName": "Fay", "homeAddress": {"type": "work", "city": "Leiden"}}', '{"include": ["homeAddress"]}');
SELECT association.create('product', '{"title": "Desk", "user": {"firstName": "Gus", "homeAddress": {"city": "Ede"}, "addresses": [{"type": "work", "city": "Zeist"}]}}',
                          '{"include": {"association": "user", "include": ["homeAddress", "addresses"]}}');
SELECT association.find_all('user', '{"where": {"firstName": {"in": ["Fay", "Gus"]}}, "include": ["homeAddress", "addresses"], "order": [["id", "ASC"]]}');

---------------------------------------------------------------------------
-- Sequelize v5 guide "BelongsTo association with an alias"
---------------------------------------------------------------------------
-- const Creator = Product.belongsTo(User, {as: 'creator'})
SELECT association.belongs_to('product', 'user', '{"as": "creator"}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- Product.create({title: 'Chair', creator: {firstName: 'Matt', lastName: 'Hansen'}}, {include: [Creator]})
SELECT association.create('product', '{"title": "Chair", "creator": {"firstName": "Matt", "lastName": "Hansen"}}', '{"include": [{"association": "creator"}]}');
SELECT association.create('product', '{"title": "Stool", "creator": {"firstName": "Nel"}}', '{"include": "creator"}');
SELECT association.create('product', '{"title": "Bench", "creator": {"firstName": "Olga"}}', '{"include": {"model": "user", "as": "creator"}}');
-- both belongsTo associations in one create
SELECT association.create('product', '{"title": "Shelf", "user": {"firstName": "Piet"}, "creator": {"firstName": "Quinn"}}', '{"include": ["user", "creator"]}');
-- by model alone is ambiguous now (user and creator), with Sequelize's message
SELECT err($$SELECT association.create('product', '{"title": "X", "creator": {"firstName": "Y"}}', '{"include": {"model": "user", "as": "maker"}}')$$);
-- by model without "as": the un-aliased association (user) answers
SELECT association.create('product', '{"title": "Chest", "user": {"firstName": "Ria"}}', '{"include": {"model": "user"}}');
SELECT title, "userId", "creatorId" FROM products WHERE title IN ('Chair', 'Stool', 'Bench', 'Shelf', 'Chest') ORDER BY id;

---------------------------------------------------------------------------
-- Sequelize v5 guide "HasMany / BelongsToMany association": Product and Tag
---------------------------------------------------------------------------
TRUNCATE products, users, addresses RESTART IDENTITY CASCADE;
SELECT association.define_model('tag', '{"name": "STRING", "status": "STRING"}', '{"timestamps": false}');
-- Product.hasMany(Tag)
SELECT association.has_many('product', 'tag');
SELECT count(*) > 0 AS synced FROM association.sync();
-- Product.create({id: 1, title: 'Chair', tags: [{name: 'Alpha'}, {name: 'Beta'}]}, {include: [Tag]})
SELECT association.create('product', '{"id": 1, "title": "Chair", "tags": [{"name": "Alpha"}, {"name": "Beta"}]}', '{"include": [{"model": "tag"}]}');
SELECT * FROM tags ORDER BY id;
-- const Categories = Product.hasMany(Tag, {as: 'categories'})
SELECT association.has_many('product', 'tag', '{"as": "categories"}');
SELECT count(*) >= 0 AS synced FROM association.sync();
TRUNCATE products, tags RESTART IDENTITY CASCADE;
-- Product.create({id: 1, title: 'Chair', categories: [{id: 1, name: 'Alpha'}, {id: 2, name: 'Beta'}]},
--                {include: [{association: Categories, as: 'categories'}]})
SELECT association.create('product', '{"id": 1, "title": "Chair", "categories": [{"id": 1, "name": "Alpha"}, {"id": 2, "name": "Beta"}]}',
                          '{"include": [{"association": "categories", "as": "categories"}]}');
SELECT * FROM tags ORDER BY id;
SELECT association.find_one('product', '{"where": {"id": 1}, "include": "categories"}');
-- a hasMany children list given as one object is one child
SELECT association.create('product', '{"id": 2, "title": "Cup", "categories": {"id": 3, "name": "Gamma"}}', '{"include": "categories"}');
-- tags and categories share the key productId (the hasMany alias does not name it)
SELECT association.create('product', '{"id": 3, "title": "Pot", "tags": [{"id": 4, "name": "Delta"}], "categories": [{"id": 5, "name": "Eps"}]}', '{"include": ["tags", "categories"]}');
SELECT id, name, "productId" FROM tags ORDER BY id;

-- "Also works for belongsToMany": Product.belongsToMany(Tag, {through: 'ProductTags'})
-- (the hasMany "tags" goes first: two associations of product cannot share the name)
SELECT association.drop_association('product', 'tags');
SELECT association.drop_association('product', 'categories');
SELECT count(*) >= 0 AS synced FROM association.sync();
TRUNCATE products, tags RESTART IDENTITY CASCADE;
ALTER TABLE tags DROP COLUMN "productId";
SELECT association.define_model('ProductTags', '{"weight": "INTEGER", "note": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('product', 'tag', '{"through": "ProductTags"}');
SELECT association.belongs_to_many('tag', 'product', '{"through": "ProductTags"}');
SELECT count(*) > 0 AS synced FROM association.sync();
SELECT association.create('product', '{"id": 1, "title": "Chair", "tags": [{"name": "Alpha"}, {"name": "Beta"}]}', '{"include": [{"model": "tag"}]}');
SELECT * FROM tags ORDER BY id;
SELECT * FROM "ProductTags" ORDER BY "productId", "tagId";
-- per-target junction data under the junction model's name
SELECT jsonb_pretty(association.create('product', '{"id": 2, "title": "Table", "tags": [
   {"name": "Gamma", "ProductTags": {"weight": 5, "note": "main"}},
   {"name": "Delta", "ProductTags": {"weight": 1}},
   {"name": "Eps"}]}', '{"include": "tags"}')::jsonb);
SELECT * FROM "ProductTags" ORDER BY "productId", "tagId";
-- junction data never names the two keys: the association sets them
SELECT association.create('product', '{"id": 3, "title": "Lamp", "tags": [{"name": "Zeta", "ProductTags": {"productId": 99, "tagId": 99, "weight": 7}}]}', '{"include": "tags"}');
SELECT * FROM "ProductTags" WHERE "productId" = 3;
-- the other way round, and read back with the junction data
SELECT association.create('tag', '{"name": "Eta", "products": [{"id": 4, "title": "Mat", "ProductTags": {"weight": 2}}, {"id": 5, "title": "Jar"}]}', '{"include": "products"}');
SELECT * FROM association.find_all('product', '{"include": {"association": "tags", "attributes": ["name"], "through": {"attributes": ["weight"]}}, "order": [["id", "ASC"]]}');

-- an aliased n:m with a target scope and a through scope: the
-- through scope is written into each junction row; the target scope is set on
-- the created targets (as create_associated does)
SELECT association.define_model('item_tag', '{"taggable": "STRING", "priority": "INTEGER"}', '{"timestamps": false}');
SELECT association.belongs_to_many('product', 'tag', '{"as": "labels", "through": {"model": "item_tag", "scope": {"taggable": "product"}}, "scope": {"status": "new"}, "foreignKey": "taggableId", "otherKey": "tagId", "constraints": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
SELECT jsonb_pretty(association.create('product', '{"id": 6, "title": "Crate", "labels": [{"name": "Theta", "status": "old", "item_tag": {"priority": 1, "taggable": "image"}}, {"name": "Iota"}]}', '{"include": {"model": "tag", "as": "labels"}}')::jsonb);
SELECT * FROM item_tags ORDER BY "taggableId", "tagId";
SELECT id, name, status FROM tags WHERE name IN ('Theta', 'Iota') ORDER BY id;
SELECT * FROM association.find_all('product', '{"where": {"id": 6}, "include": {"association": "labels", "attributes": ["name", "status"]}}');

---------------------------------------------------------------------------
-- hasMany/hasOne association scope, underscored models, any depth
---------------------------------------------------------------------------
SELECT association.define_model('Post', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Comment', '{"body": "STRING", "commentable": "STRING", "commentableId": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('Reaction', '{"emoji": "STRING"}', '{"timestamps": false, "underscored": true}');
SELECT association.has_many('Post', 'Comment', '{"foreignKey": "commentableId", "constraints": false, "scope": {"commentable": "post"}}');
SELECT association.has_many('Comment', 'Reaction');
SELECT association.belongs_to('Comment', 'user', '{"as": "author"}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- post -> comments (scope written, key set) -> reactions (underscored: attribute CommentId, column comment_id)
--      -> author (belongsTo, created before the comment)
SELECT jsonb_pretty(association.create('Post', '{"title": "Hello", "Comments": [
   {"body": "first", "commentable": "image", "author": {"firstName": "Rae"}, "Reactions": [{"emoji": "+1"}, {"emoji": "heart"}]},
   {"body": "second"}]}',
  '{"include": {"association": "Comments", "include": ["Reactions", "author"]}}')::jsonb);
SELECT * FROM "Comments" ORDER BY id;
SELECT * FROM reactions ORDER BY id;
SELECT id, "firstName" FROM users WHERE "firstName" = 'Rae';

-- a chain of self-associations to the depth limit: 16 nested levels work
SELECT association.define_model('Node', '{"label": "STRING"}', '{"timestamps": false}');
SELECT association.has_many('Node', 'Node', '{"as": "children", "foreignKey": "parentId"}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- chain(n): values with n levels of children; chain_include(n): the include for them
CREATE FUNCTION chain(n int, i int DEFAULT 0) RETURNS jsonb LANGUAGE sql AS $$
  SELECT CASE WHEN i = n THEN jsonb_build_object('label', 'n' || i)
              ELSE jsonb_build_object('label', 'n' || i, 'children', jsonb_build_array(chain(n, i + 1))) END $$;
CREATE FUNCTION chain_include(n int) RETURNS jsonb LANGUAGE sql AS $$
  SELECT CASE WHEN n = 1 THEN '{"association": "children"}'::jsonb
              ELSE jsonb_build_object('association', 'children', 'include', chain_include(n - 1)) END $$;
SELECT association.create('Node', chain(3), jsonb_build_object('include', chain_include(3)));
SELECT jsonb_path_query_array(association.create('Node', chain(16), jsonb_build_object('include', chain_include(16)))::jsonb, 'strict $.**.label') AS labels;
SELECT count(*) AS nodes, count(DISTINCT "parentId") AS parents FROM "Nodes";
SELECT association.find_one('Node', jsonb_build_object('where', '{"label": "n0", "id": {"gt": 4}}'::jsonb, 'attributes', '["label"]'::jsonb, 'include', chain_include(16)))::text ~ '"n16"' AS read_back;
-- 17 levels is an error (54000), and nothing is left behind
SELECT err(format('SELECT association.create(%L, %L, %L)', 'Node', chain(17), jsonb_build_object('include', chain_include(17))));
SELECT count(*) AS nodes FROM "Nodes";

---------------------------------------------------------------------------
-- an error anywhere leaves nothing behind
---------------------------------------------------------------------------
ALTER TABLE addresses ADD CONSTRAINT zip_digits CHECK (zip ~ '^[0-9]+$');
-- (explicit ids were used above: generated ones start after them)
SELECT setval(pg_get_serial_sequence('products', 'id'), 100) > 0 AS ok;
CREATE TEMP TABLE before AS
  SELECT (SELECT count(*) FROM products) AS products, (SELECT count(*) FROM users) AS users,
         (SELECT count(*) FROM addresses) AS addresses, (SELECT count(*) FROM tags) AS tags,
         (SELECT count(*) FROM "ProductTags") AS junction;
CREATE FUNCTION counts_unchanged() RETURNS boolean LANGUAGE sql AS $$
  SELECT (SELECT count(*) FROM products) = products AND (SELECT count(*) FROM users) = users
     AND (SELECT count(*) FROM addresses) = addresses AND (SELECT count(*) FROM tags) = tags
     AND (SELECT count(*) FROM "ProductTags") = junction FROM before $$;
-- the last, deepest row fails: the product, the user and the first address go too
SELECT err($$SELECT association.create('product', '{"title": "Bad", "user": {"firstName": "Ugo", "addresses": [{"zip": "12345"}, {"zip": "ABC"}]}}', '{"include": {"association": "user", "include": "addresses"}}')$$);
SELECT counts_unchanged();
-- a junction row fails (type error in the junction data): targets and product go too
SELECT e($$SELECT association.create('product', '{"title": "Bad", "tags": [{"name": "ok"}, {"name": "bad", "ProductTags": {"weight": "heavy"}}]}', '{"include": "tags"}')$$);
SELECT counts_unchanged();
-- the product itself fails after its belongsTo target was created
SELECT e($$SELECT association.create('product', '{"id": 1, "title": "Dup", "user": {"firstName": "Vic"}}', '{"include": "user"}')$$);
SELECT counts_unchanged();
-- a failing hasOne at the end, and a rolled-back transaction
SELECT e($$SELECT association.create('product', '{"title": "Bad", "user": {"firstName": "Wim", "addresses": [{"zip": "1"}], "homeAddress": {"zip": "no"}}}', '{"include": {"association": "user", "include": ["addresses", "homeAddress"]}}')$$);
SELECT counts_unchanged();
BEGIN;
SELECT association.create('product', '{"title": "Gone", "user": {"firstName": "Xan", "addresses": [{"zip": "1"}]}, "tags": [{"name": "gone"}]}', '{"include": [{"association": "user", "include": "addresses"}, "tags"]}') ->> 'title';
SELECT counts_unchanged();
ROLLBACK;
SELECT counts_unchanged();

---------------------------------------------------------------------------
-- errors
---------------------------------------------------------------------------
-- values naming an association that is not included (22023)
SELECT err($$SELECT association.create('product', '{"title": "X", "user": {"firstName": "Y"}}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "user": {"firstName": "Y"}, "tags": [{"name": "t"}]}', '{"include": "user"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "user": {"firstName": "Y", "addresses": [{"city": "Z"}]}}', '{"include": "user"}')$$);
SELECT counts_unchanged();
-- include errors are the eager-loading errors (42P10)
SELECT e($$SELECT association.create('product', '{"title": "X"}', '{"include": "Nope"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X"}', '{"include": {"model": "address"}}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X"}', '{"include": 1}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X"}', '{"include": {"model": "tag", "as": "nope"}}')$$);
-- unknown attributes, bad shapes
SELECT e($$SELECT association.create('product', '{"title": "X", "colour": "red"}', '{"include": "tags"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "user": {"nick": "Y"}}', '{"include": "user"}')$$);
SELECT e($$SELECT association.create('user', '{"firstName": "X", "homeAddress": [{"city": "Y"}]}', '{"include": "homeAddress"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "tags": "Alpha"}', '{"include": "tags"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "tags": [{"name": "t", "ProductTags": 5}]}', '{"include": "tags"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X", "user": "Y"}', '{"include": "user"}')$$);
SELECT e($$SELECT association.create('product', '{"title": "X"}', '{"include": "user", "transaction": 1}')$$);
SELECT counts_unchanged();

DROP SCHEMA t_nested CASCADE;
DROP EXTENSION association CASCADE;
