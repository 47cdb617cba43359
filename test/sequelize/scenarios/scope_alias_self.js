// test/sequelize/scenarios/scope_alias_self.js
//
// Association scopes (1:1, 1:m with plain and operator values, n:m on the
// target and on the junction), aliases (first letter of accessors, aliases
// kept as given, singular/plural forms on the association and on the
// model), self-associations (1:m, n:m, declared junction, frozen table
// names) and filters across several levels of includes, ported in our own
// words from Sequelize v6's integration tests of those areas.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

// commentable: posts, images and questions share one comments table
const commentable = () => ({
	models: {
		post: model({ title: 'STRING' }),
		image: model({ title: 'STRING' }),
		question: model({ title: 'STRING' }),
		comment: model({
			title: 'STRING', type: 'STRING', commentable: 'STRING', commentable_id: 'INTEGER',
			isMain: { field: 'is_main', type: 'BOOLEAN', defaultValue: false },
		}),
	},
	associations: [
		hasMany('post', 'comment', { foreignKey: 'commentable_id', scope: { commentable: 'post' }, constraints: false }),
		hasMany('post', 'comment', { foreignKey: 'commentable_id', as: 'coloredComments',
			scope: { commentable: 'post', type: { in: ['blue', 'green'] } }, constraints: false }),
		hasOne('post', 'comment', { foreignKey: 'commentable_id', as: 'mainComment',
			scope: { commentable: 'post', isMain: true }, constraints: false }),
		belongsTo('comment', 'post', { foreignKey: 'commentable_id', as: 'post', constraints: false }),
		hasMany('image', 'comment', { foreignKey: 'commentable_id', scope: { commentable: 'image' }, constraints: false }),
		belongsTo('comment', 'image', { foreignKey: 'commentable_id', as: 'image', constraints: false }),
		hasMany('question', 'comment', { foreignKey: 'commentable_id', scope: { commentable: 'question' }, constraints: false }),
		belongsTo('comment', 'question', { foreignKey: 'commentable_id', as: 'question', constraints: false }),
	],
});

const S = 'port scope: ';
const A = 'port alias: ';
const SELF = 'port self: ';
const F = 'port multiple-level filters: ';

module.exports = [
	scenario(`${S}1:1 create, find and include with scope values`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p' }),
			V.createAssociated('post', 1, 'mainComment', { title: 'main' }),
			V.create('comment', { title: 'other', commentable: 'post', commentable_id: 1 }),
			V.get('post', 1, 'mainComment'),
			V.findOne('post', { include: ['mainComment'] }),
			V.set('post', 1, 'mainComment', 2),
			V.get('post', 1, 'mainComment'),
			V.findOne('comment', { where: { title: 'main' } }),
		],
	}),
	scenario(`${S}1:1 nested create with scope values`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p', mainComment: { title: 'main' } }, { include: ['mainComment'] }),
			V.findAll('comment', {}),
		],
	}),
	scenario(`${S}1:m create, find and include with scope values`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p' }), V.create('image', { title: 'i' }), V.create('question', { title: 'q' }),
			V.createAssociated('post', 1, 'comments', { title: 'post comment' }),
			V.createAssociated('image', 1, 'comments', { title: 'image comment' }),
			V.createAssociated('question', 1, 'comments', { title: 'question comment' }),
			V.get('post', 1, 'comments'),
			V.get('image', 1, 'comments'),
			V.count('question', 1, 'comments'),
			V.findAll('comment', { include: ['post', 'image', 'question'], order: [['id', 'ASC']] }),
			V.findAll('post', { include: ['comments'] }),
			V.get('comment', 2, 'image'),
			V.get('comment', 2, 'post'),
		],
	}),
	scenario(`${S}1:m the same query twice gives the same answer`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p' }),
			V.createAssociated('post', 1, 'comments', { title: 'a' }),
			V.get('post', 1, 'comments'),
			V.get('post', 1, 'comments'),
			V.findAll('post', { include: 'comments' }),
			V.findAll('post', { include: 'comments' }),
		],
	}),
	scenario(`${S}1:m nested create with scope values`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p', comments: [{ title: 'a' }, { title: 'b' }] }, { include: ['comments'] }),
			V.findAll('comment', {}),
		],
	}),
	scenario(`${S}1:m include with operator scope values`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p' }),
			V.createMany('comment', [
				{ title: 'a', type: 'blue', commentable: 'post', commentable_id: 1 },
				{ title: 'b', type: 'red', commentable: 'post', commentable_id: 1 },
				{ title: 'c', type: 'green', commentable: 'post', commentable_id: 1 },
				{ title: 'd', type: 'green', commentable: 'image', commentable_id: 1 }]),
			V.findAll('post', { include: ['coloredComments'] }),
			V.get('post', 1, 'coloredComments'),
			V.count('post', 1, 'coloredComments'),
			V.get('post', 1, 'comments', { where: { type: 'green' } }),
		],
	}),
	scenario(`${S}1:m add and remove apply the scope`, {
		...commentable(),
		steps: [
			V.create('post', { title: 'p' }), V.create('image', { title: 'i' }),
			V.create('comment', { title: 'loose' }),
			V.add('image', 1, 'comment', 1),
			V.remove('post', 1, 'comment', 1),
			V.findAll('comment', {}),
			V.add('post', 1, 'comment', 1),
			V.set('image', 1, 'comments', []),
			V.findAll('comment', {}),
		],
	}),
	scenario(`${S}n:m scope on the target`, {
		models: {
			post: model({ title: 'STRING' }),
			tag: model({ name: 'STRING', type: 'STRING' }),
		},
		associations: [
			belongsToMany('post', 'tag', { through: 'post_tags' }),
			belongsToMany('post', 'tag', { through: 'post_tags', as: 'categories', scope: { type: 'category' } }),
			belongsToMany('post', 'tag', { through: 'post_tags', as: 'tags2', scope: { type: 'tag' } }),
			belongsToMany('tag', 'post', { through: 'post_tags' }),
		],
		steps: [
			V.createMany('post', [{ title: 'a' }, { title: 'b' }]),
			V.createMany('tag', [{ name: 'x', type: 'category' }, { name: 'y', type: 'category' }, { name: 'z', type: 'tag' }]),
			V.add('post', 1, 'categories', [1, 2]),
			V.add('post', 1, 'tags2', 3),
			V.add('post', 2, 'tags', [1, 3]),
			V.get('post', 1, 'categories'),
			V.get('post', 1, 'tags2'),
			V.count('post', 2, 'categories'),
			V.findAll('post', { include: ['categories', 'tags2'], order: [['id', 'ASC']] }),
			V.createAssociated('post', 2, 'categories', { name: 'w' }),
			V.get('post', 2, 'categories'),
		],
	}),
	scenario(`${S}n:m scope on the junction`, {
		models: {
			post: model({ title: 'STRING' }),
			image: model({ title: 'STRING' }),
			tag: model({ name: 'STRING' }),
			tag_association: model({
				id: { type: 'INTEGER', primaryKey: true, autoIncrement: true },
				taggable: { type: 'STRING', unique: 'tag_taggable' }, taggable_id: { type: 'INTEGER', unique: 'tag_taggable' },
				tag_id: { type: 'INTEGER', unique: 'tag_taggable' },
			}),
		},
		associations: [
			belongsToMany('post', 'tag', { as: 'tags', foreignKey: 'taggable_id', otherKey: 'tag_id', constraints: false,
				through: { model: 'tag_association', unique: false, scope: { taggable: 'post' } } }),
			belongsToMany('image', 'tag', { as: 'tags', foreignKey: 'taggable_id', otherKey: 'tag_id', constraints: false,
				through: { model: 'tag_association', unique: false, scope: { taggable: 'image' } } }),
			belongsToMany('tag', 'post', { as: 'posts', foreignKey: 'tag_id', otherKey: 'taggable_id', constraints: false,
				through: { model: 'tag_association', unique: false, scope: { taggable: 'post' } } }),
		],
		steps: [
			V.create('post', { title: 'p' }), V.create('image', { title: 'i' }),
			V.createMany('tag', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			V.add('post', 1, 'tags', [1, 2]),
			V.add('image', 1, 'tags', [2, 3]),
			V.get('post', 1, 'tags'),
			V.get('image', 1, 'tags'),
			V.get('tag', 2, 'posts'),
			V.count('image', 1, 'tags'),
			V.findAll('post', { include: ['tags'] }),
			V.remove('image', 1, 'tag', 2),
			V.set('post', 1, 'tags', [3]),
			V.findAll('tag_association', {}),
		],
	}),
	scenario(`${S}n:m junction rows of two scopes that collide on a unique key`, {
		models: {
			post: model({ title: 'STRING' }),
			image: model({ title: 'STRING' }),
			tag: model({ name: 'STRING' }),
			tag_link: model({
				id: { type: 'INTEGER', primaryKey: true, autoIncrement: true },
				taggable: 'STRING', taggable_id: { type: 'INTEGER', unique: 'link' }, tag_id: { type: 'INTEGER', unique: 'link' },
			}),
		},
		associations: [
			belongsToMany('post', 'tag', { as: 'tags', foreignKey: 'taggable_id', otherKey: 'tag_id', constraints: false,
				through: { model: 'tag_link', unique: false, scope: { taggable: 'post' } } }),
			belongsToMany('image', 'tag', { as: 'tags', foreignKey: 'taggable_id', otherKey: 'tag_id', constraints: false,
				through: { model: 'tag_link', unique: false, scope: { taggable: 'image' } } }),
		],
		steps: [
			V.create('post', { title: 'p' }), V.create('image', { title: 'i' }),
			V.createMany('tag', [{ name: 'a' }, { name: 'b' }]),
			V.add('post', 1, 'tags', [1]),
			V.add('image', 1, 'tags', [1, 2]),
			V.has('image', 1, 'tags', [1, 2]),
			V.get('image', 1, 'tags'),
		],
	}),
	scenario(`${A}accessors upper-case the alias's first letter, eager loading keeps it`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User', { as: 'owner' }), hasMany('User', 'Task', { as: 'assignments', foreignKey: 'ownerId' })],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'assignment', { title: 't' }),
			V.get('Task', 1, 'owner'),
			V.findOne('Task', { include: ['owner'] }),
			V.findOne('User', { include: ['assignments'] }),
		],
	}),
	scenario(`${A}the alias is used as given (ASSIGNMENTS)`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { as: 'ASSIGNMENTS', foreignKey: 'userId' })],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'ASSIGNMENTS', { title: 't' }),
			V.findOne('User', { include: ['ASSIGNMENTS'] }),
		],
	}),
	scenario(`${A}singular and plural forms given to hasMany`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task', { as: { singular: 'assignment', plural: 'assignments' } })],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'assignment', { title: 't' }),
			V.add('User', 1, 'assignment', 1),
			V.get('User', 1, 'assignments'),
			V.findOne('User', { include: ['assignments'] }),
		],
	}),
	scenario(`${A}singular and plural forms on the model`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }, { name: { singular: 'assignment', plural: 'assignments' } }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.create('User', { name: 'u' }),
			V.createAssociated('User', 1, 'assignment', { title: 't' }),
			V.get('User', 1, 'assignments'),
			V.findOne('User', { include: [{ model: 'Task' }] }),
		],
	}),
	scenario(`${SELF}frozen table name`, {
		models: { Group: model({ name: 'STRING' }, { tableName: 'organization', freezeTableName: true }) },
		associations: [belongsTo('Group', 'Group', { as: 'Parent', foreignKey: 'parent_id' }),
			hasMany('Group', 'Group', { as: 'Children', foreignKey: 'parent_id' })],
		steps: [
			V.createMany('Group', [{ name: 'top' }, { name: 'sub', parent_id: 1 }]),
			V.findAll('Group', { include: [{ model: 'Group', as: 'Parent' }], order: [['id', 'ASC']] }),
			V.get('Group', 1, 'Children'),
		],
	}),
	scenario(`${SELF}one-to-many`, {
		models: { Person: model({ name: 'STRING' }) },
		associations: [belongsTo('Person', 'Person', { as: 'Mother', foreignKey: 'MotherId' }),
			hasMany('Person', 'Person', { as: 'Childs', foreignKey: 'MotherId' })],
		steps: [
			V.createMany('Person', [{ name: 'Mary' }, { name: 'John' }, { name: 'Chris' }]),
			V.set('Person', 1, 'Childs', [2, 3]),
			V.get('Person', 2, 'Mother'),
			V.get('Person', 1, 'Childs'),
		],
	}),
	scenario(`${SELF}many-to-many (parents and children)`, {
		models: { Person: model({ name: 'STRING' }) },
		associations: [
			belongsToMany('Person', 'Person', { as: 'Parents', through: 'Family', foreignKey: 'ChildId', otherKey: 'PersonId' }),
			belongsToMany('Person', 'Person', { as: 'Childs', through: 'Family', foreignKey: 'PersonId', otherKey: 'ChildId' }),
		],
		steps: [
			V.createMany('Person', [{ name: 'Mary' }, { name: 'John' }, { name: 'Chris' }]),
			V.set('Person', 1, 'Parents', [2, 3]),
			V.get('Person', 1, 'Parents'),
			V.get('Person', 2, 'Childs'),
			V.findAll('Person', { include: ['Parents', 'Childs'] }),
		],
	}),
	scenario(`${SELF}many-to-many with a declared junction model`, {
		models: {
			Person: model({ name: 'STRING' }),
			Family: model({ preexisting_child: { type: 'INTEGER', primaryKey: true }, preexisting_parent: { type: 'INTEGER', primaryKey: true } }),
		},
		associations: [
			belongsToMany('Person', 'Person', { as: 'Parents', through: 'Family', foreignKey: 'preexisting_child', otherKey: 'preexisting_parent' }),
			belongsToMany('Person', 'Person', { as: 'Children', through: 'Family', foreignKey: 'preexisting_parent', otherKey: 'preexisting_child' }),
		],
		steps: [
			V.createMany('Person', [{ name: 'Mary' }, { name: 'John' }, { name: 'Chris' }]),
			V.set('Person', 1, 'Parents', [2, 3]),
			V.get('Person', 2, 'Children'),
			V.findAll('Person', { include: ['Parents', 'Children'] }),
		],
	}),
	...(() => {
		const fixture = {
			models: { User: model({ username: 'STRING' }), Task: model({ title: 'STRING' }), Project: model({ title: 'STRING' }) },
			associations: [belongsTo('Project', 'User'), hasMany('User', 'Project'), belongsTo('Task', 'Project'), hasMany('Project', 'Task')],
		};
		const data = [
			V.createMany('User', [{ username: 'leia' }, { username: 'vader' }]),
			V.createMany('Project', [{ UserId: 1, title: 'republic' }, { UserId: 2, title: 'empire' }]),
			V.createMany('Task', [{ ProjectId: 1, title: 'fight empire' }, { ProjectId: 1, title: 'found republic' },
				{ ProjectId: 2, title: 'crush rebels' }, { ProjectId: 2, title: 'rule all' }]),
		];
		return [
			scenario(`${F}through belongsTo`, {
				...fixture,
				steps: [...data, V.findAll('Task', { include: [{ model: 'Project', required: true,
					include: [{ model: 'User', where: { username: 'leia' } }] }] })],
			}),
			scenario(`${F}the same table twice in one query`, {
				...fixture,
				steps: [...data, V.findAll('Task', { include: [{ model: 'Project', required: true,
					include: [{ model: 'User', where: { username: 'leia' } }] }], where: { title: { like: '%republic%' } } })],
			}),
			scenario(`${F}through hasMany`, {
				...fixture,
				steps: [...data, V.findAll('User', { include: [{ model: 'Project', required: true,
					include: [{ model: 'Task', where: { title: 'rule all' } }] }] })],
			}),
			scenario(`${F}through a hasMany connector`, {
				...fixture,
				steps: [...data, V.findAll('User', { where: { username: 'vader' }, include: [{ model: 'Project',
					where: { title: 'empire' }, include: ['Tasks'] }] })],
			}),
		];
	})(),
];
