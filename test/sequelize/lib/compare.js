// test/sequelize/lib/compare.js
//
// Deep comparison of two plain JSON values (what Sequelize returned against
// what the extension returned), as a list of one-line differences naming
// the path.  Key sets are always compared; key order only when asked
// (SEQ_DIFF_KEY_ORDER=1), since the extension's jsonb cannot keep it yet.
'use strict';

const SIDES = ['sequelize', 'extension'];

// show prints a value briefly.
function show(v) {
	if (v === undefined)
		return 'nothing';
	const s = JSON.stringify(v);
	return s.length > 140 ? `${s.slice(0, 137)}...` : s;
}

function kind(v) {
	if (v === null)
		return 'null';
	if (Array.isArray(v))
		return 'array';
	return typeof v;
}

// diffValues returns differences between a (sequelize) and b (extension).
function diffValues(a, b, opts, path = '$', out = []) {
	if (out.length >= (opts.limit || 12))
		return out;
	const ka = kind(a);
	const kb = kind(b);
	if (ka !== kb) {
		out.push(`${path}: ${SIDES[0]} ${show(a)}, ${SIDES[1]} ${show(b)}`);
		return out;
	}
	if (ka === 'array') {
		if (a.length !== b.length)
			out.push(`${path}: ${SIDES[0]} ${a.length} items, ${SIDES[1]} ${b.length} items`
				+ ` (${show(a)} / ${show(b)})`);
		else
			for (let i = 0; i < a.length; i++)
				diffValues(a[i], b[i], opts, `${path}[${i}]`, out);
		return out;
	}
	if (ka === 'object') {
		const keysA = Object.keys(a);
		const keysB = Object.keys(b);
		for (const k of keysA)
			if (!(k in b))
				out.push(`${path}: key "${k}" only in ${SIDES[0]} (${show(a[k])})`);
		for (const k of keysB)
			if (!(k in a))
				out.push(`${path}: key "${k}" only in ${SIDES[1]} (${show(b[k])})`);
		if (opts.keyOrder) {
			const common = keysA.filter((k) => k in b);
			const orderB = keysB.filter((k) => k in a);
			if (common.join('\u0000') !== orderB.join('\u0000'))
				out.push(`${path}: key order ${SIDES[0]} (${common.join(', ')}), ${SIDES[1]} (${orderB.join(', ')})`);
		}
		for (const k of keysA)
			if (k in b)
				diffValues(a[k], b[k], opts, `${path}.${k}`, out);
		return out;
	}
	if (a !== b)
		out.push(`${path}: ${SIDES[0]} ${show(a)}, ${SIDES[1]} ${show(b)}`);
	return out;
}

module.exports = { diffValues, show, SIDES };
