-- the Sequelize guides' instance-function walk-throughs, step by step:
-- Sequelize v5 guide "Associating objects" and "Check associations", Sequelize v6 guide "Foo.hasMany(Bar)".
-- Where older Sequelize versions disagree with v6, v6 wins.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_walkthroughs;
SET search_path = t_walkthroughs, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- tasks(project): the titles of project.getTasks(), by id
CREATE FUNCTION tasks(p int) RETURNS text LANGUAGE sql AS $$
  SELECT '[' || coalesce(string_agg(r->>'title', ', ' ORDER BY n), '') || ']'
    FROM association.get('Project', p, 'Tasks', '{"order": [["id", "ASC"]]}') WITH ORDINALITY AS g(r, n) $$;

-- ===================================================================
-- Sequelize v5 guide "Associating objects"
-- Project.hasMany(Task); Task.belongsTo(Project)
SELECT association.define_model('Project', '{"name": "STRING"}');
SELECT association.define_model('Task', '{"title": "STRING", "difficulty": "INTEGER"}');
SELECT association.has_many('Project', 'Task');
SELECT association.belongs_to('Task', 'Project');
SELECT count(*) > 0 AS synced FROM association.sync();
-- Project.create()...; Task.create()...; Task.create()...
INSERT INTO "Projects" (id, name) VALUES (1, 'p');
INSERT INTO "Tasks" (id, title, difficulty) VALUES (1, 'task1', 3), (11, 'task2', 8);
-- project.setTasks([task1, task2])
SELECT association.set('Project', 1, 'Tasks', ARRAY[1, 11]);
-- project.getTasks(): associatedTasks is an array of tasks
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS task FROM association.get('Project', 1, 'Tasks', '{"order": [["id", "ASC"]]}') r;
-- project.getTasks({ where: 'id > 10' }): tasks with an id greater than 10
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS task FROM association.get('Project', 1, 'Tasks', '{"where": "id > 10"}') r;
-- project.getTasks({attributes: ['title']}): only title (v6; the guide's "title and id" is v1)
SELECT r AS task FROM association.get('Project', 1, 'Tasks', '{"attributes": ["title"], "order": [["title", "ASC"]]}') r;
-- Sequelize v6 guide: project.getTasks({ where: { difficulty: { [Op.lte]: 5 } } })
SELECT r->>'title' AS easy FROM association.get('Project', 1, 'Tasks', '{"where": {"difficulty": {"lte": 5}}}') r;
SELECT r->>'title' AS easy FROM association.get('Project', 1, 'Tasks', '{"where": {"difficulty": {"$lte": 5}}}') r;
-- Sequelize v6 guide: project.getTasks({ attributes: ['title'], raw: true }).map(task => task.title)
SELECT array_agg(r->>'title' ORDER BY r->>'title') AS task_titles
  FROM association.get('Project', 1, 'Tasks', '{"attributes": ["title"], "raw": true}') r;
-- remove the association with task1: project.setTasks([task2]), you will get task2 only
SELECT association.set('Project', 1, 'Tasks', ARRAY[11]);
SELECT tasks(1);
-- remove 'em all: project.setTasks([]), you will get an empty array
SELECT association.set('Project', 1, 'Tasks', ARRAY[]::int[]);
SELECT tasks(1);
-- or remove 'em more directly: project.removeTask(task1) (not associated: nothing happens)
SELECT association.remove('Project', 1, 'Task', 1);
SELECT tasks(1);
-- and add 'em again: project.addTask(task1), it's back again
SELECT association.add('Project', 1, 'Task', 1);
SELECT tasks(1);
-- removeTask when it is associated
SELECT association.remove('Project', 1, 'Task', 1);
SELECT tasks(1);
-- project is associated with task1 and task2
SELECT association.set('Project', 1, 'Tasks', ARRAY[1, 11]);
SELECT tasks(1);
-- vice versa: task2.setProject(null), and it's gone
SELECT association.set('Task', 11, 'Project', NULL::int);
SELECT tasks(1);
SELECT id, title, "ProjectId" FROM "Tasks" ORDER BY id;
-- and task2.setProject(project) brings it back; task2.getProject()
SELECT association.set('Task', 11, 'Project', 1);
SELECT tasks(1);
SELECT r::jsonb - 'createdAt' - 'updatedAt' AS project FROM association.get('Task', 11, 'Project') r;

-- ===================================================================
-- Sequelize v6 guide "Foo.hasMany(Bar)" walk-through: the guide's numbers are [], 0, false, 2, 2, true, 1, 2, 0
SELECT association.define_model('Foo', '{"name": "STRING"}');
SELECT association.define_model('Bar', '{"name": "STRING"}');
SELECT association.has_many('Foo', 'Bar');
SELECT count(*) > 0 AS synced FROM association.sync();
-- const foo = await Foo.create({ name: 'the-foo' });
SELECT r->>'name' AS foo FROM association.create('Foo', '{"id": 1, "name": "the-foo"}') r;
-- const bar1 = await Bar.create({ name: 'some-bar' }); const bar2 = ... 'another-bar'
SELECT r->>'name' AS bar FROM association.create('Bar', '{"id": 1, "name": "some-bar"}') r;
SELECT r->>'name' AS bar FROM association.create('Bar', '{"id": 2, "name": "another-bar"}') r;
SELECT setval(pg_get_serial_sequence('"Bars"', 'id'), 100);
-- console.log(await foo.getBars()); // []
SELECT coalesce(jsonb_agg(r), '[]') AS bars FROM association.get('Foo', 1, 'Bars') r;
-- console.log(await foo.countBars()); // 0
SELECT association.count('Foo', 1, 'Bars');
-- console.log(await foo.hasBar(bar1)); // false
SELECT association.has('Foo', 1, 'Bar', 1);
-- await foo.addBars([bar1, bar2]);
SELECT association.add('Foo', 1, 'Bars', ARRAY[1, 2]);
-- console.log(await foo.countBars()); // 2
SELECT association.count('Foo', 1, 'Bars');
-- await foo.addBar(bar1);
SELECT association.add('Foo', 1, 'Bar', 1);
-- console.log(await foo.countBars()); // 2
SELECT association.count('Foo', 1, 'Bars');
-- console.log(await foo.hasBar(bar1)); // true
SELECT association.has('Foo', 1, 'Bar', 1);
-- await foo.removeBar(bar2);
SELECT association.remove('Foo', 1, 'Bar', 2);
-- console.log(await foo.countBars()); // 1
SELECT association.count('Foo', 1, 'Bars');
-- await foo.createBar({ name: 'yet-another-bar' });
SELECT r->>'name' AS name, r->>'FooId' AS "FooId" FROM association.create_associated('Foo', 1, 'Bar', '{"name": "yet-another-bar"}') r;
-- console.log(await foo.countBars()); // 2
SELECT association.count('Foo', 1, 'Bars');
-- await foo.setBars([]); // Un-associate all previously associated bars
SELECT association.set('Foo', 1, 'Bars', '[]'::jsonb);
-- console.log(await foo.countBars()); // 0
SELECT association.count('Foo', 1, 'Bars');
SELECT name, "FooId" FROM "Bars" ORDER BY name;

-- ===================================================================
-- Sequelize v5 guide "Check associations" (N:M): Project.belongsToMany(User, {through: 'UserProjects'})
SELECT association.define_model('User', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects", "timestamps": false}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects", "timestamps": false}');
SELECT count(*) > 0 AS synced FROM association.sync();
-- Project.create(), User.create()
INSERT INTO "Projects" (id, name) VALUES (2, 'q');
INSERT INTO "Users" (id, name) VALUES (1, 'user1'), (2, 'user2'), (3, 'user3');
-- project.hasUser(user): result would be false
SELECT association.has('Project', 2, 'User', 1);
-- project.addUser(user), then project.hasUser(user): result would be true
SELECT association.add('Project', 2, 'User', 1);
SELECT association.has('Project', 2, 'User', 1);
-- check if all associated objects are as expected: project.setUsers([user1, user2])
SELECT association.set('Project', 2, 'Users', ARRAY[1, 2]);
-- project.hasUsers([user1]): true (v5 and v6; Sequelize v1 said false)
SELECT association.has('Project', 2, 'Users', ARRAY[1]);
-- project.hasUsers([user1, user2]): true
SELECT association.has('Project', 2, 'Users', ARRAY[1, 2]);
-- and not with a user that is not associated
SELECT association.has('Project', 2, 'Users', ARRAY[1, 2, 3]);
SELECT association.count('Project', 2, 'Users');
SELECT "ProjectId", "UserId" FROM "UserProjects" ORDER BY 1, 2;
-- the other side sees the same junction rows
SELECT association.has('User', 1, 'Projects', 2), association.has('User', 3, 'Projects', 2);
SELECT r->>'name' AS project, r->'UserProjects' AS junction FROM association.get('User', 2, 'Projects') r;

DROP SCHEMA t_walkthroughs CASCADE;
DROP EXTENSION association CASCADE;
