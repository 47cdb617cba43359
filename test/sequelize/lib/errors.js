// test/sequelize/lib/errors.js
//
// The error map: a step that fails on one side must fail on the other with
// the same kind of error.  Sequelize reports errors as JavaScript classes
// (some raised before any SQL runs), the extension as SQLSTATEs; this map
// says which SQLSTATEs match each Sequelize error.  README.md repeats it.
'use strict';

// Each rule: a test on the Sequelize error, the kind's name, and the
// SQLSTATE prefixes (classes or exact codes) the extension may answer with.
const RULES = [
	{ kind: 'foreign key violation', accept: ['23503'],
		test: (e) => e.name === 'SequelizeForeignKeyConstraintError' },
	{ kind: 'unique violation', accept: ['23505'],
		test: (e) => e.name === 'SequelizeUniqueConstraintError' },
	{ kind: 'exclusion violation', accept: ['23P01'],
		test: (e) => e.name === 'SequelizeExclusionConstraintError' },
	{ kind: 'not-null violation', accept: ['23502'],
		test: (e) => e.name === 'SequelizeValidationError'
			&& (e.errors || []).some((x) => x.type === 'notNull Violation' || x.type === 'notnull violation') },
	{ kind: 'validation failure', accept: ['23514', '22'],
		test: (e) => e.name === 'SequelizeValidationError' },
	{ kind: 'eager-loading error', accept: ['42P10'],
		test: (e) => e.name === 'SequelizeEagerLoadingError'
			|| /^Association with alias ".*" does not exist on /.test(e.message)
			|| /^Include unexpected\. /.test(e.message) },
	{ kind: 'association definition error', accept: ['42', '22'],
		test: (e) => e.name === 'SequelizeAssociationError'
			|| /Naming collision between attribute|requires through option|N:M associations are not supported|must be defined for many-to-many self-associations|passed as (targetKey|sourceKey)|Aliased associations must have unique aliases|called with something that's not a subclass of Sequelize\.Model/.test(e.message) },
	{ kind: 'operation not available for this association', accept: ['42809', '42704'],
		test: (e) => e.noAccessor === true },
	// a database error carries the SQLSTATE PostgreSQL gave Sequelize: the
	// extension must answer within the same class
	{ kind: 'database error', accept: null,
		test: (e) => e.name === 'SequelizeDatabaseError' && e.parent && e.parent.code },
];

// classifySequelize names a Sequelize error's kind and accepted SQLSTATEs.
function classifySequelize(e) {
	for (const r of RULES)
		if (r.test(e)) {
			const accept = r.accept || [e.parent.code.slice(0, 2)];
			const code = e.parent && e.parent.code ? ` ${e.parent.code}` : '';
			return { kind: r.kind, accept, text: `${e.name || 'Error'}${code}: ${e.message}` };
		}
	return { kind: 'unclassified error', accept: [], text: `${e.name || 'Error'}: ${e.message}` };
}

// isCrash tells whether an error means the server lost the backend (a
// crash restarts the whole server, so the other side's connection dies too).
const isCrash = (e) => !e.code && /Connection terminated|server closed the connection|ECONNRESET/.test(e.message || '');

// classifyExtension describes an error raised by the extension's SQL.
function classifyExtension(e) {
	if (isCrash(e))
		return { code: 'CRASH', text: `the server process crashed (${e.message}); see the server log` };
	return { code: e.code || '?', text: `${e.code || 'no SQLSTATE'}: ${e.message}` };
}

// errorsMatch tells whether two failures are the same kind of error.
function errorsMatch(seqErr, extErr) {
	const s = classifySequelize(seqErr);
	const x = classifyExtension(extErr);
	return s.accept.some((p) => x.code.startsWith(p));
}

module.exports = { classifySequelize, classifyExtension, errorsMatch, isCrash, RULES };
