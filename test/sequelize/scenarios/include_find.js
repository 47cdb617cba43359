// test/sequelize/scenarios/include_find.js
//
// Eager loading, ported in our own words from what Sequelize v6's include
// tests check (include.test.js, include/findAll, findOne,
// findAndCountAll, limit, separate, and the include parts of
// model/findAll): empty and filled includes of every kind, by model, alias,
// association name and association object, nested and sibling includes,
// where on includes (required or not), attributes, junction attributes,
// required propagation, limit/order with includes, counts.
'use strict';

const V = require('../lib/vocabulary');

const { scenario, model, belongsTo, hasOne, hasMany, belongsToMany } = V;

const P = 'port include: ';

// shop: a web of models most include scenarios share
const shop = () => ({
	models: {
		Company: model({ name: 'STRING' }),
		User: model({ name: 'STRING' }),
		Group: model({ name: 'STRING' }),
		Rank: model({ name: 'STRING', canInvite: { type: 'INTEGER', defaultValue: 0 } }),
		Product: model({ title: 'STRING' }),
		Tag: model({ name: 'STRING' }),
		Price: model({ value: 'FLOAT' }),
		ProductTag: model({ priority: 'INTEGER' }),
		GroupMember: model({}),
	},
	associations: [
		belongsTo('User', 'Company'), hasMany('Company', 'User'),
		hasMany('User', 'Product'), belongsTo('Product', 'User'),
		belongsToMany('Product', 'Tag', { through: 'ProductTag' }), belongsToMany('Tag', 'Product', { through: 'ProductTag' }),
		hasMany('Product', 'Price'), belongsTo('Price', 'Product'),
		hasMany('User', 'GroupMember', { as: 'Memberships' }),
		belongsTo('GroupMember', 'Group'), belongsTo('GroupMember', 'Rank'),
	],
});
const shopData = [
	V.createMany('Company', [{ name: 'acme' }, { name: 'globex' }]),
	V.createMany('User', [{ name: 'ann', CompanyId: 1 }, { name: 'bob', CompanyId: 2 }, { name: 'cid' }]),
	V.createMany('Group', [{ name: 'devs' }, { name: 'ops' }]),
	V.createMany('Rank', [{ name: 'admin', canInvite: 1 }, { name: 'member' }]),
	V.createMany('GroupMember', [{ UserId: 1, GroupId: 1, RankId: 1 }, { UserId: 1, GroupId: 2, RankId: 2 }, { UserId: 2, GroupId: 2, RankId: 1 }]),
	V.createMany('Product', [{ title: 'chair', UserId: 1 }, { title: 'desk', UserId: 1 }, { title: 'lamp', UserId: 2 }, { title: 'rug' }]),
	V.createMany('Tag', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
	V.add('Product', 1, 'Tags', [{ id: 1, ProductTag: { priority: 1 } }, { id: 2, ProductTag: { priority: 2 } }]),
	V.add('Product', 3, 'Tags', [{ id: 2, ProductTag: { priority: 5 } }]),
	V.createMany('Price', [{ value: 5, ProductId: 1 }, { value: 10, ProductId: 1 }, { value: 20, ProductId: 3 }]),
];

function shopScenario(name, steps) {
	return scenario(`${P}${name}`, { ...shop(), steps: [...shopData, ...steps] });
}

module.exports = [
	// one association of each kind, empty and filled
	shopScenario('belongsTo, empty and filled', [
		V.findOne('User', { where: { name: 'cid' }, include: [{ model: 'Company' }] }),
		V.findOne('User', { where: { name: 'ann' }, include: [{ model: 'Company' }] }),
	]),
	shopScenario('belongsTo by association name, with a where', [
		V.findAll('User', { include: [{ association: 'Company', where: { name: 'acme' } }] }),
		V.findAll('User', { include: [{ association: 'Company', where: { name: 'nobody' } }] }),
	]),
	shopScenario('hasMany by model and with a where', [
		V.findAll('User', { include: [{ model: 'Product' }] }),
		V.findAll('User', { include: [{ model: 'Product', where: { title: 'desk' } }] }),
	]),
	shopScenario('belongsToMany with junction data', [
		V.findAll('Product', { include: [{ model: 'Tag' }] }),
		V.findAll('Tag', { include: [{ model: 'Product' }] }),
	]),
	scenario(`${P}hasOne, empty and filled`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasOne('User', 'Task')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.create('Task', { title: 't', UserId: 2 }),
			V.findAll('User', { include: 'Task' }),
			V.findOne('User', { where: { name: 'a' }, include: { model: 'Task' } }),
		],
	}),
	scenario(`${P}nested belongsTo -> belongsTo`, {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }), Group: model({ name: 'STRING' }) },
		associations: [belongsTo('Task', 'User'), belongsTo('User', 'Group')],
		steps: [
			V.create('Group', { name: 'g' }), V.create('User', { name: 'u', GroupId: 1 }), V.create('Task', { title: 't', UserId: 1 }),
			V.create('Task', { title: 'lonely' }),
			V.findAll('Task', { include: [{ model: 'User', include: [{ model: 'Group' }] }] }),
		],
	}),
	scenario(`${P}siblings belongsTo and belongsTo`, {
		models: { Task: model({ title: 'STRING' }), User: model({ name: 'STRING' }), Project: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User'), belongsTo('Task', 'Project')],
		steps: [
			V.create('User', { name: 'u' }), V.create('Project', { title: 'p' }),
			V.create('Task', { title: 't', UserId: 1, ProjectId: 1 }),
			V.findAll('Task', { include: ['User', 'Project'] }),
		],
	}),
	scenario(`${P}nested hasOne -> hasOne`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }), Group: model({ name: 'STRING' }) },
		associations: [hasOne('User', 'Task'), hasOne('Group', 'User')],
		steps: [
			V.create('Group', { name: 'g' }), V.createAssociated('Group', 1, 'User', { name: 'u' }),
			V.createAssociated('User', 1, 'Task', { title: 't' }),
			V.findOne('Group', { include: [{ model: 'User', include: [{ model: 'Task' }] }] }),
		],
	}),
	shopScenario('nested hasMany -> belongsTo', [
		V.findAll('User', { include: [{ model: 'GroupMember', as: 'Memberships', include: ['Group', 'Rank'] }] }),
	]),
	shopScenario('nested belongsTo -> hasMany', [
		V.findAll('Product', { include: [{ model: 'User', include: ['Products'] }] }),
	]),
	shopScenario('nested hasMany -> hasMany', [
		V.findAll('User', { include: [{ model: 'Product', include: ['Prices'] }] }),
	]),
	shopScenario('every kind of association at once', [
		V.findAll('User', { include: [
			{ model: 'Company' },
			{ model: 'Product', include: [{ model: 'Tag' }, { model: 'Price' }] },
			{ model: 'GroupMember', as: 'Memberships', include: [{ model: 'Group' }, { model: 'Rank' }] },
		] }),
	]),
	shopScenario('attributes of the root and of an include', [
		V.findAll('Product', { attributes: ['title'], include: [{ model: 'User', attributes: ['name'] }] }),
		V.findAll('Product', { attributes: { exclude: ['createdAt', 'updatedAt'] }, include: [{ model: 'Tag', attributes: ['name'] }] }),
	]),
	scenario(`${P}self-associated many-to-many include`, {
		models: { Person: model({ name: 'STRING' }) },
		associations: [belongsToMany('Person', 'Person', { as: 'Friends', through: 'Friendships' })],
		steps: [
			V.createMany('Person', [{ name: 'a' }, { name: 'b' }]),
			V.add('Person', 1, 'Friends', 2),
			V.findAll('Person', { include: [{ model: 'Person', as: 'Friends' }] }),
		],
	}),
	scenario(`${P}date fields come back as timestamps`, {
		models: { User: model({ name: 'STRING' }), Event: model({ at: 'DATE', day: 'DATEONLY' }) },
		associations: [hasMany('User', 'Event')],
		steps: [
			V.create('User', { name: 'u' }),
			V.create('Event', { at: '2021-06-01T12:30:00Z', day: '2021-06-01', UserId: 1 }),
			V.findAll('User', { include: ['Events'] }),
		],
	}),
	shopScenario('include in an association getter (n:m)', [
		V.get('Tag', 2, 'Products', { include: ['User'] }),
	]),
	shopScenario('where with and / or at the top', [
		V.findAll('User', { where: { and: [{ name: 'ann' }, { CompanyId: 1 }] }, include: ['Company'] }),
		V.findAll('User', { where: { or: [{ name: 'ann' }, { name: 'cid' }] }, include: ['Company'] }),
	]),
	shopScenario('findAndCountAll with an include', [
		V.findAndCountAll('User', { include: ['Company'], order: [['id', 'ASC']] }),
		V.findAndCountAll('User', { include: [{ model: 'Product', required: true }], order: [['id', 'ASC']] }),
	]),
	shopScenario('required false on a child keeps the parent', [
		V.findAll('User', { include: [{ model: 'Product', required: false, include: [{ model: 'Tag', where: { name: 'c' } }] }] }),
	]),
	shopScenario('a required grandchild with a child not required', [
		V.findAll('User', { include: [{ model: 'Product', include: [{ model: 'Price', where: { value: 20 }, required: true }] }] }),
	]),
	shopScenario('a required grandchild under a required child', [
		V.findAll('User', { include: [{ model: 'Product', required: true,
			include: [{ model: 'Price', where: { value: 20 }, required: true }] }] }),
	]),
	shopScenario('include by association name (string) nested', [
		V.findAll('User', { include: [{ association: 'Products', include: ['Tags', 'Prices'] }] }),
	]),
	shopScenario('a where in between nested includes', [
		V.findAll('User', { include: [{ model: 'GroupMember', as: 'Memberships', include: [{ model: 'Rank', where: { name: 'admin' } }] }] }),
	]),
	shopScenario('limit at the top with a nested where', [
		V.findAll('User', { order: [['id', 'ASC']], limit: 1, include: [{ model: 'Product', where: { title: { ne: 'rug' } } }] }),
	]),
	shopScenario('many levels of belongsTo', [
		V.findAll('Price', { include: [{ model: 'Product', include: [{ model: 'User', include: ['Company'] }] }] }),
		V.findAll('Price', { include: [{ model: 'Product', include: [{ model: 'User', include: [{ model: 'Company', where: { name: 'globex' } }] }] }] }),
	]),
	shopScenario('order on the root with belongsTo includes', [
		V.findAll('Product', { include: ['User'], order: [['title', 'DESC']] }),
		V.findAll('Product', { include: ['User'], order: [['User', 'name', 'ASC'], ['id', 'ASC']] }),
	]),
	shopScenario('junction attributes: some, none', [
		V.findAll('Product', { include: [{ model: 'Tag', through: { attributes: ['priority'] } }] }),
		V.findAll('Product', { include: [{ model: 'Tag', through: { attributes: [] } }] }),
	]),
	shopScenario('required belongsTo include', [
		V.findAll('Product', { include: [{ model: 'User', required: true }] }),
	]),
	shopScenario('belongsTo include required with a hasMany child not required', [
		V.findAll('Product', { include: [{ model: 'User', required: true, include: [{ model: 'Product', required: false }] }] }),
	]),
	shopScenario('hasMany include with a where on the junction (through.where)', [
		V.findAll('Product', { include: [{ model: 'Tag', through: { where: { priority: 5 } } }] }),
		V.findAll('Product', { include: [{ model: 'Tag', required: true, through: { where: { priority: { lt: 3 } } } }] }),
	]),
	shopScenario('the primary key in the attributes, or not', [
		V.findAll('User', { attributes: ['id', 'name'], include: [{ model: 'Product', attributes: ['id', 'title'] }] }),
		V.findAll('User', { attributes: ['name'], include: [{ model: 'Product', attributes: ['title'] }] }),
	]),
	shopScenario('a non-required include with a where that matches nothing', [
		V.findAll('User', { include: [{ model: 'Product', where: { title: 'nothing' }, required: false }] }),
	]),
	shopScenario('an empty include.where', [
		V.findAll('User', { include: [{ model: 'Company', where: {} }] }),
	]),
	shopScenario('nested required 1:1', [
		V.findAll('GroupMember', { include: [{ model: 'Group', required: true }, { model: 'Rank', required: true, where: { canInvite: 1 } }] }),
	]),
	shopScenario('an unknown include is refused', [
		V.findAll('User', { include: ['Nothing'] }),
		V.findAll('User', { include: [{ model: 'Tag' }] }),
		V.findAll('User', { include: [42] }),
	]),
	shopScenario('include all', [
		V.findAll('Product', { include: [{ all: true }] }),
	]),
	shopScenario('top-level where on an included column ($nested$)', [
		V.findAll('Product', { where: { '$User.name$': 'ann' }, include: ['User'] }),
	]),
	scenario(`${P}findOne: non-required include with conditions, n:m and 1:m`, {
		models: { User: model({ name: 'STRING' }), Group: model({ name: 'STRING' }), Note: model({ text: 'STRING' }) },
		associations: [belongsToMany('User', 'Group', { through: 'UserGroups' }), hasMany('User', 'Note')],
		steps: [
			V.create('User', { name: 'u' }), V.create('Group', { name: 'g' }),
			V.createAssociated('User', 1, 'Notes', { text: 'n' }),
			V.findOne('User', { include: [{ model: 'Group', where: { name: 'x' }, required: false }, { model: 'Note', where: { text: 'n' } }] }),
		],
	}),
	scenario(`${P}findOne: primary key field differs from attribute`, {
		models: {
			User: model({ uid: { type: 'INTEGER', primaryKey: true, autoIncrement: true, field: 'user_id' }, name: 'STRING' }),
			Group: model({ gid: { type: 'INTEGER', primaryKey: true, autoIncrement: true, field: 'group_id' }, name: 'STRING' }),
		},
		associations: [belongsToMany('User', 'Group', { through: 'Memberships' }), belongsToMany('Group', 'User', { through: 'Memberships' })],
		steps: [
			V.create('User', { name: 'u' }), V.create('Group', { name: 'g' }), V.add('User', 1, 'Group', 1),
			V.findOne('User', { include: [{ model: 'Group', where: { name: 'g' } }] }),
			V.findOne('User', { include: [{ model: 'Group', required: true, through: { where: { GroupGid: 1 } } }] }),
		],
	}),
	scenario(`${P}findOne: belongsTo with targetKey`, {
		models: { User: model({ username: { type: 'STRING', unique: true } }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('Task', 'User', { foreignKey: 'userName', targetKey: 'username' })],
		steps: [V.create('User', { username: 'bob' }), V.create('Task', { title: 't', userName: 'bob' }),
			V.findOne('Task', { include: ['User'] })],
	}),
	scenario(`${P}findAndCountAll: two required models and a limit`, {
		models: { User: model({ name: 'STRING' }), Project: model({ title: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Project'), hasMany('User', 'Task')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]),
			V.createMany('Project', [{ title: 'p', UserId: 1 }, { title: 'q', UserId: 2 }, { title: 'r', UserId: 3 }]),
			V.createMany('Task', [{ title: 't', UserId: 1 }, { title: 'u', UserId: 3 }, { title: 'v', UserId: 4 }]),
			V.findAndCountAll('User', { include: [{ model: 'Project', required: true }, { model: 'Task', required: true }],
				order: [['id', 'ASC']], limit: 1 }),
			V.findAndCountAll('User', { include: [{ model: 'Project', required: true }], order: [['id', 'ASC']], offset: 1, limit: 1 }),
		],
	}),
	scenario(`${P}findAndCountAll: a where and an include that is not needed`, {
		models: { User: model({ name: 'STRING' }), Project: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Project')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.createMany('Project', [{ title: 'p', UserId: 1 }, { title: 'q', UserId: 1 }]),
			V.findAndCountAll('User', { where: { name: 'a' }, include: ['Projects'] }),
		],
	}),
	scenario(`${P}findAndCountAll: required belongsTo with a where and a limit`, {
		models: { User: model({ name: 'STRING' }), Project: model({ title: 'STRING' }) },
		associations: [belongsTo('Project', 'User')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.createMany('Project', [{ title: 'p', UserId: 1 }, { title: 'q', UserId: 1 }, { title: 'r', UserId: 2 }, { title: 's' }]),
			V.findAndCountAll('Project', { include: [{ model: 'User', required: true, where: { name: 'a' } }], limit: 1, order: [['id', 'ASC']] }),
			V.findAndCountAll('Project', { include: [{ model: 'User', required: true }], limit: 2, order: [['id', 'DESC']] }),
		],
	}),
	scenario(`${P}limit: required many-to-many with a where`, {
		models: { Project: model({ name: 'STRING' }), User: model({ name: 'STRING' }), Hobby: model({ name: 'STRING' }) },
		associations: [belongsToMany('Project', 'User', { through: 'ProjectUsers' }), belongsToMany('User', 'Hobby', { through: 'UserHobbies' })],
		steps: [
			V.createMany('Project', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			V.createMany('User', [{ name: 'x' }, { name: 'y' }]),
			V.createMany('Hobby', [{ name: 'tennis' }, { name: 'chess' }]),
			V.add('Project', 1, 'Users', [1, 2]), V.add('Project', 2, 'Users', [2]), V.add('Project', 3, 'Users', [1]),
			V.add('User', 1, 'Hobbies', [1]), V.add('User', 2, 'Hobbies', [2]),
			V.findAll('Project', { order: [['id', 'ASC']], limit: 2, include: [{ model: 'User', where: { name: 'x' } }] }),
			V.findAll('Project', { order: [['id', 'ASC']], limit: 2,
				include: [{ model: 'User', required: true, include: [{ model: 'Hobby', where: { name: 'chess' } }] }] }),
			V.findAll('Project', { order: [['id', 'ASC']], limit: 2,
				include: [{ model: 'User', required: true, through: { where: { UserId: 1 } } }] }),
		],
	}),
	scenario(`${P}limit: required one-to-many, two levels`, {
		models: { Project: model({ name: 'STRING' }), Task: model({ name: 'STRING' }), Comment: model({ text: 'STRING' }) },
		associations: [hasMany('Project', 'Task'), hasMany('Task', 'Comment')],
		steps: [
			V.createMany('Project', [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
			V.createMany('Task', [{ name: 't1', ProjectId: 1 }, { name: 't2', ProjectId: 2 }, { name: 't3', ProjectId: 3 }]),
			V.createMany('Comment', [{ text: 'x', TaskId: 2 }, { text: 'y', TaskId: 3 }]),
			V.findAll('Project', { order: [['id', 'ASC']], limit: 1, include: [{ model: 'Task', required: true }] }),
			V.findOne('Project', { order: [['id', 'ASC']], include: [{ model: 'Task', where: { name: 't3' } }] }),
			V.findAll('Project', { order: [['id', 'ASC']], limit: 1,
				include: [{ model: 'Task', required: true, include: [{ model: 'Comment', required: true }] }] }),
		],
	}),
	scenario(`${P}separate: hasMany with and without the key in the attributes`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.createMany('Task', [{ title: 'x', UserId: 1 }, { title: 'y', UserId: 1 }, { title: 'z', UserId: 2 }]),
			V.ordered(V.findAll('User', { order: [['id', 'ASC']], include: [{ model: 'Task', order: [['title', 'DESC']] }] })),
			V.ordered(V.findAll('User', { order: [['id', 'ASC']], attributes: ['name'],
				include: [{ model: 'Task', attributes: ['title'], order: [['title', 'ASC']] }] })),
		],
	}),
	scenario(`${P}separate: custom sourceKey not in the attributes`, {
		models: { Company: model({ code: { type: 'STRING', unique: true }, name: 'STRING' }), Office: model({ city: 'STRING' }) },
		associations: [hasMany('Company', 'Office', { foreignKey: 'companyCode', sourceKey: 'code' })],
		steps: [
			V.create('Company', { code: 'AC', name: 'acme' }),
			V.createMany('Office', [{ city: 'x', companyCode: 'AC' }, { city: 'y', companyCode: 'AC' }]),
			V.ordered(V.findAll('Company', { attributes: ['name'], include: [{ model: 'Office', order: [['city', 'DESC']] }] })),
		],
	}),
	scenario(`${P}separate: null children in a nested include`, {
		models: { Company: model({ name: 'STRING' }), User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('Company', 'User'), hasMany('User', 'Task')],
		steps: [
			V.create('Company', { name: 'c' }), V.create('User', { name: 'u', CompanyId: 1 }), V.create('Company', { name: 'empty' }),
			V.findAll('Company', { include: [{ model: 'User', include: [{ model: 'Task', order: [['id', 'ASC']] }] }] }),
		],
	}),
	scenario(`${P}separate: hasMany with a limit per parent`, {
		models: { User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [hasMany('User', 'Task')],
		steps: [
			V.createMany('User', [{ name: 'a' }, { name: 'b' }]),
			V.createMany('Task', [{ title: 'x', UserId: 1 }, { title: 'y', UserId: 1 }, { title: 'z', UserId: 2 }]),
			V.ordered(V.findAll('User', { order: [['id', 'ASC']], include: [{ model: 'Task', limit: 1, order: [['title', 'DESC']] }] })),
		],
	}),
	scenario(`${P}separate: two nested hasMany`, {
		models: { Company: model({ name: 'STRING' }), User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }), Project: model({ name: 'STRING' }) },
		associations: [hasMany('Company', 'User'), hasMany('User', 'Task'), hasMany('Company', 'Project')],
		steps: [
			V.create('Company', { name: 'c' }),
			V.createMany('User', [{ name: 'u', CompanyId: 1 }, { name: 'v', CompanyId: 1 }]),
			V.createMany('Task', [{ title: 't', UserId: 1 }, { title: 's', UserId: 2 }]),
			V.createMany('Project', [{ name: 'p', CompanyId: 1 }]),
			V.ordered(V.findAll('Company', { include: [{ model: 'User', order: [['name', 'DESC']], include: [{ model: 'Task', order: [['id', 'ASC']] }] },
				{ model: 'Project', order: [['id', 'ASC']] }] })),
		],
	}),
	scenario(`${P}separate: required parent, required child`, {
		models: { Company: model({ name: 'STRING' }), User: model({ name: 'STRING' }), Task: model({ title: 'STRING' }) },
		associations: [belongsTo('User', 'Company'), hasMany('User', 'Task')],
		steps: [
			V.createMany('Company', [{ name: 'c' }]),
			V.createMany('User', [{ name: 'u', CompanyId: 1 }, { name: 'v' }]),
			V.createMany('Task', [{ title: 't', UserId: 1 }, { title: 's', UserId: 2 }]),
			V.findAll('User', { include: [{ model: 'Company', required: true }, { model: 'Task', required: true, order: [['id', 'ASC']] }] }),
		],
	}),
	scenario(`${P}include with models in a schema`, {
		setupSql: ['CREATE SCHEMA account'],
		models: {
			AccUser: model({ name: 'STRING' }, { schema: 'account' }),
			Task: model({ title: 'STRING' }, { schema: 'account' }),
			Project: model({ title: 'STRING' }, { schema: 'account' }),
		},
		associations: [hasMany('AccUser', 'Task'), belongsTo('Task', 'Project')],
		steps: [
			V.create('AccUser', { name: 'u' }), V.create('Project', { title: 'p' }),
			V.create('Task', { title: 't', AccUserId: 1, ProjectId: 1 }),
			V.findAll('AccUser', { include: [{ model: 'Task', include: ['Project'] }] }),
		],
	}),
];
