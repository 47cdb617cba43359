// test/sequelize/lib/normalize.js
//
// Makes the two sides' values comparable without hiding real differences:
// timestamps become the step during which they were written (the two sides
// run at different moments, so values never match, but "written by step 3"
// must), and arrays whose order neither side promises are sorted.
'use strict';

const ISO_TS = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d(:?\d\d)?)$/;

// A Timeline records, per side, the wall-clock window of every step.  Both
// sides and the database server share the machine's clock.
class Timeline {
	constructor() {
		this.windows = [];
	}

	// begin waits until the clock has moved past the previous window, so
	// that no instant belongs to two steps, then opens a window.
	async begin(label) {
		const last = this.windows[this.windows.length - 1];
		while (last && Date.now() <= last.end + 1)
			await new Promise((r) => setTimeout(r, 1));
		this.current = { label, start: Date.now() - 1, end: Infinity };
		this.windows.push(this.current);
	}

	end() {
		this.current.end = Date.now() + 1;
	}

	// label names the step whose window holds ms, or null.
	label(ms) {
		const w = this.windows.find((x) => ms >= x.start && ms <= x.end);
		return w ? w.label : null;
	}

	timestamp(v) {
		const ms = v instanceof Date ? v.getTime() : Date.parse(v);
		if (Number.isNaN(ms))
			return v;
		const l = this.label(ms);
		return l ? `<timestamp written by ${l}>` : `<timestamp ${new Date(ms).toISOString()}>`;
	}
}

// normalizeValue replaces every timestamp (a Date, or a string in ISO form)
// inside v by its Timeline label.
function normalizeValue(v, timeline) {
	if (v instanceof Date || (typeof v === 'string' && ISO_TS.test(v)))
		return timeline.timestamp(v);
	if (Array.isArray(v))
		return v.map((x) => normalizeValue(x, timeline));
	if (v && typeof v === 'object') {
		const out = {};
		for (const [k, x] of Object.entries(v))
			out[k] = normalizeValue(x, timeline);
		return out;
	}
	if (typeof v === 'bigint')
		return Number(v);
	return v;
}

// canonical is a key-order-independent JSON text, used to sort.
function canonical(v) {
	if (Array.isArray(v))
		return `[${v.map(canonical).join(',')}]`;
	if (v && typeof v === 'object')
		return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
	return JSON.stringify(v);
}

// sortKey orders rows by id when they have one (the order a reader expects),
// else by their canonical text.
function sortKey(x) {
	if (x && typeof x === 'object' && !Array.isArray(x) && x.id !== undefined && x.id !== null)
		return [0, typeof x.id === 'number' ? x.id : String(x.id)];
	return [1, canonical(x)];
}

function compareKeys(a, b) {
	const ka = sortKey(a);
	const kb = sortKey(b);
	if (ka[0] !== kb[0])
		return ka[0] - kb[0];
	if (typeof ka[1] === 'number' && typeof kb[1] === 'number')
		return ka[1] - kb[1];
	return String(ka[1]) < String(kb[1]) ? -1 : String(ka[1]) > String(kb[1]) ? 1 : 0;
}

// sortArrays sorts arrays of v: the top level unless topOrdered, nested
// ones unless nestedOrdered.
function sortArrays(v, topOrdered, nestedOrdered) {
	const walk = (x, top) => {
		if (Array.isArray(x)) {
			const items = x.map((i) => walk(i, false));
			return (top ? topOrdered : nestedOrdered) ? items : items.sort(compareKeys);
		}
		if (x && typeof x === 'object') {
			const out = {};
			for (const [k, i] of Object.entries(x))
				out[k] = walk(i, top && k === 'rows');
			return out;
		}
		return x;
	};
	return walk(v, true);
}

module.exports = { Timeline, normalizeValue, sortArrays, canonical };
