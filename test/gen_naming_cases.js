// test/gen_naming_cases.js
//
// Writes test/naming_cases.tsv: expected results of src/naming.c computed
// by the real JavaScript (Sequelize v6 Utils.camelize, inflection 1.13.4
// underscore, lodash upperFirst).  test/check_naming.c reads the file.
//
//   cd test && npm install && node gen_naming_cases.js
//
// Each line is: function, argument 1, argument 2 (join_camelized only),
// expected result, separated by tabs.  In the fields, backslash, tab,
// newline, carriage return and other control bytes are written as \\, \t,
// \n, \r and \xNN; other text is UTF-8 as is.
//
// Only inputs for which src/naming.c promises the JavaScript result belong
// here; the deliberate differences (non-ASCII case mapping, a trailing
// separator, on which camelize throws) are tested in check_naming.c.
'use strict';

const fs = require('fs');
const path = require('path');

const sequelizeDir = path.dirname(require.resolve('sequelize'));
const fromSequelize = (name) =>
	require(require.resolve(name, { paths: [sequelizeDir] }));
const Utils = require('sequelize/lib/utils');
const inflection = fromSequelize('inflection');
const _ = fromSequelize('lodash');

// (inflection.version says '1.13.1' even in the 1.13.4 package: read the
// version from its package.json)
const inflectionVersion = fromSequelize('inflection/package.json').version;

if (inflectionVersion !== '1.13.4')
	throw new Error(`inflection ${inflectionVersion}, expected 1.13.4`);

// naming_snake is our own: inflection's underscore, then on the UTF-8 bytes
// ASCII lower-case and every run of bytes other than [a-z0-9_] turned into
// one '_', or removed at the very start or end.
function snake(str) {
	const bytes = Buffer.from(inflection.underscore(str), 'utf8')
		.toString('latin1')
		.replace(/[A-Z]/g, (c) => c.toLowerCase());

	return bytes.replace(/[^a-z0-9_]+/g, (run, offset, whole) =>
		(offset === 0 || offset + run.length === whole.length) ? '' : '_');
}

const camelizeInputs = [
	'Movie_id', 'company_uuid', 'GroupPKBT_name', 'Father_id', 'a b',
	'fooBar', 'FooBar', 'user_id', 'userId', 'User_Id', '_foo', '__foo',
	'-foo', 'a-b', 'a__b', 'a_-_ b', 'a_1', 'a_1b', 'a_B', 'A', 'a', '',
	' ', '   ', '\t\n', ' a_b ', '  padded  ', '\tleading_tab',
	'a\nb', 'a_\nb', 'a\r\nb', 'a\u000bb', 'a\fb', 'a\u00a0b',
	'\u00a0nbsp_trim\u00a0', '\ufeffbom_id\ufeff', 'a\u3000b',
	'a\u2028b', 'a\u2029b', 'a\u2000b', 'a\u200ab', 'a\u202fb', 'a\u205fb',
	'a\u1680b', 'a\u200bb', 'a\u0085b', 'x\u00a0\u2003_y',
	'caf\u00e9_id', '\u00e9t\u00e9_id', 'a_\u4e2d', '\u4e2d\u6587_id',
	'a_\u{1F600}', '\u{1F600}_x', 'a_@b', 'a_.b', 'a.b_c', 'a_$b',
	'id', 'ID', 'Id', 'project_workers', 'ProjectWorkers',
	'home_team_id', 'ship-leader', 'a b c d', 'snake_case_name_here',
];

const underscoreInputs = [
	'UserId', 'createdAt', 'UserXYZ', 'user_id', 'User_Id', 'HTMLParser',
	'MessageProperties', 'messageProperties', 'A', 'a', 'AB', 'ABC', '',
	'A::B', '::A', 'a::b::C', 'Foo::BarBaz', '::', '::::', ':::', 'a:::B',
	'a:b', ':A', 'A:', '_foo', '__Foo', '_Foo', '__foo', '_', '__', 'Foo_',
	'User1Id', 'user1id', '1User', 'foo-Bar', 'Foo-Bar', 'foo bar', 'Foo Bar',
	'fooBar_Baz', 'projectWorkers', 'ProjectWorkers', 'shipLeader',
	'homeTeam', 'HomeTeam', 'ownerId', 'OwnerID', 'x', 'X',
	'caf\u00e9', 'caf\u00e9Id', '\u4e2d\u6587Id', '\u{1F600}X', 'a\tB',
	'a\nB', 'a/B', 'a.B', 'getFooBarBaz', 'Documents', 'versions',
];

const upperFirstInputs = [
	'user', 'User', 'userId', '', 'a', 'A', '1abc', '_abc', ' abc', 'zeta',
	'project_workers', 'b', 'z', '\u4e2d\u6587', '\u{1F600}a', '@x', '~x',
];

const joinInputs = [
	['Movie', 'id'], ['company', 'uuid'], ['GroupPKBT', 'name'],
	['Father', 'id'], ['user', 'id'], ['User', 'Id'], ['user', 'userId'],
	['owner', 'id'], ['home team', 'id'], ['homeTeam', 'id'], ['a', 'b'],
	['', 'id'], [' user', 'id '], ['user_', 'id'],
	['user', '_id'], ['user-', '-id'], ['Person', 'person_uuid'],
	['Project', 'projectId'], ['caf\u00e9', 'id'], ['\u4e2d\u6587', 'id'],
];

const snakeInputs = [
	'ProjectWorkers', 'projectWorkers', 'project_workers', 'shipLeader',
	'ShipLeader', 'homeTeam', 'HomeTeam', 'home_team', 'Project', 'project',
	'Project Workers', 'project-workers', 'project workers', 'a::b',
	'A::B', 'caf\u00e9', 'caf\u00e9Workers', '\u00e9t\u00e9', '!!!', '',
	'_private', '__Foo', 'Foo_', 'foo__bar', ' padded ', '-x-', 'a-b-c',
	'a--b', 'a.-.b', 'User1Id', '1User', 'HTMLParser', 'UserXYZ',
	'\u4e2d\u6587Workers', 'x\u{1F600}y', 'a\tb', 'a\nB', 'TeamMembers2',
];

function escapeField(s) {
	let out = '';

	for (const ch of s) {
		const code = ch.codePointAt(0);

		if (ch === '\\')
			out += '\\\\';
		else if (ch === '\t')
			out += '\\t';
		else if (ch === '\n')
			out += '\\n';
		else if (ch === '\r')
			out += '\\r';
		else if (code < 0x20 || code === 0x7f)
			out += '\\x' + code.toString(16).padStart(2, '0');
		else
			out += ch;
	}
	return out;
}

const lines = [];
const add = (fn, a, b, expected) =>
	lines.push([fn, a, b, expected].map(escapeField).join('\t'));

for (const s of camelizeInputs)
	add('camelize', s, '', Utils.camelize(s));
for (const s of underscoreInputs)
	add('underscore', s, '', inflection.underscore(s));
for (const s of upperFirstInputs)
	add('upper_first', s, '', _.upperFirst(s));
for (const [a, b] of joinInputs)
	add('join_camelized', a, b, Utils.camelize([a, b].join('_')));
for (const s of snakeInputs)
	add('snake', s, '', snake(s));

fs.writeFileSync(path.join(__dirname, 'naming_cases.tsv'),
	lines.join('\n') + '\n');
console.log(`wrote ${lines.length} cases to naming_cases.tsv`);
