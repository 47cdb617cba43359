'use strict';
// Prints the results table of bench/eager_bench.sh from the JSON lines bench.js wrote.
//   node report.js RESULTS_FILE
const fs = require('fs');
const rows = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const order = ['hasMany', 'belongsToMany', 'nested', 'hasOne', 'top3'];
rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key) || a.rows - b.rows);
const f = (x) => x.toFixed(1);
const n = (x) => x.toLocaleString('en-US');

console.log('\nMedian ms, call to objects in hand (Node.js client), same data, same run\n');
console.log('Ratio: in each round, association / the fastest hand-written form of that round; the median over the rounds.\n');
console.log('| workload | rows | association ms | hand-written ms | Sequelize ms | association/hand | Sequelize/association |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const star = r.check.sequelizeNote ? ' *' : '';
  console.log(`| ${r.workload} | ${n(r.rows)} | ${f(r.association)} | ${f(r.hand)} (${r.handName}) | ${r.sequelize === null ? 'failed' : f(r.sequelize)}${star} | ${(r.ratio !== undefined ? r.ratio : r.association / r.hand).toFixed(2)} | ${r.sequelize === null ? '-' : (r.sequelize / r.association).toFixed(2)} |`);
}
for (const r of rows) if (r.check.sequelizeNote) console.log(`\n* ${r.workload}, ${n(r.rows)} rows, Sequelize: ${r.check.sequelizeNote}`);
console.log('\nEvery hand-written formulation (median ms) and the checks\n');
console.log('| workload | rows | parents | children returned | hand-written variants | (a) = (b) | (a) ~ (c) |');
console.log('|---|---:|---:|---:|---|---|---|');
for (const r of rows) {
  const v = Object.entries(r.handAll).map(([k, x]) => `${k} ${f(x)}`).join(', ');
  const eq = Object.entries(r.check.hand).map(([k, x]) => `${k}: ${x}`).join(', ');
  console.log(`| ${r.workload} | ${n(r.rows)} | ${n(r.parents)} | ${n(r.children)} | ${v} | ${eq} | ${r.check.sequelize || 'not compared'} |`);
}
