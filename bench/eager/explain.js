'use strict';
// Server-side view of bench.js's workloads: the statement find_all runs
// (captured with auto_explain) against each hand-written formulation,
// EXPLAIN (ANALYZE, TIMING OFF) execution time, best of REPS, with JIT on
// (the server default) and off.  Run against a loaded database:
//   PGDATABASE=... node bench/eager/explain.js [PLAN]   (PLAN=1 prints find_all's plans)
const { Client } = require('pg');
const { workloads, sequelize } = require('./bench.js');

const REPS = Number(process.env.REPS || 3);

async function execMs(c, sql) {
  let best = Infinity; let jit = null;
  for (let i = 0; i < REPS; i++) {
    const r = await c.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${sql}`);
    const plan = r.rows[0]['QUERY PLAN'][0];
    if (plan['Execution Time'] < best) { best = plan['Execution Time']; jit = plan.JIT && plan.JIT.Timing ? plan.JIT.Timing.Total : null; }
  }
  return { ms: best, jit };
}

async function findAllSql(c, model, options) {
  const notices = [];
  const on = (m) => notices.push(m.message);
  c.on('notice', on);
  await c.query("LOAD 'auto_explain'");
  await c.query('SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on; SET client_min_messages = log');
  await c.query('SELECT count(*) FROM association.find_all($1, $2)', [model, JSON.stringify(options)]);
  await c.query('RESET auto_explain.log_min_duration; RESET client_min_messages');
  c.removeListener('notice', on);
  const text = notices.map((m) => (m.match(/Query Text: (SELECT pg_catalog\.row_to_json[\s\S]*?)\n/) || [])[1]).find(Boolean);
  // the kept plan's parameters are integers here (limit): inline them
  const params = options.include[0].limit ? [options.include[0].limit] : [];
  return text.replace(/\$(\d+)/g, (_, i) => String(params[Number(i) - 1]));
}

async function main() {
  const c = new Client();
  await c.connect();
  const rows = [];
  for (const w of workloads) {
    const assocSql = await findAllSql(c, w.assoc[0], w.assoc[1]);
    if (process.argv[2]) {
      console.log(`-- ${w.label}\n${assocSql};`);
      const r = await c.query(`EXPLAIN (ANALYZE, COSTS OFF) ${assocSql}`);
      console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
    }
    const variants = { 'find_all SQL': assocSql, ...w.hand };
    for (const jit of ['on', 'off']) {
      await c.query(`SET jit = ${jit}`);
      for (const [name, sql] of Object.entries(variants)) {
        const r = await execMs(c, sql);
        rows.push({ workload: w.label, jit, variant: name, ms: r.ms, jitMs: r.jit });
      }
    }
    await c.query('RESET jit');
  }
  console.log('\nServer-side execution time (EXPLAIN ANALYZE, TIMING OFF; best of ' + REPS + ')\n');
  console.log('| workload | statement | jit on ms | jit off ms |');
  console.log('|---|---|---:|---:|');
  for (const r of rows.filter((x) => x.jit === 'on')) {
    const off = rows.find((x) => x.jit === 'off' && x.workload === r.workload && x.variant === r.variant);
    console.log(`| ${r.workload} | ${r.variant} | ${r.ms.toFixed(1)} | ${off.ms.toFixed(1)} |`);
  }
  await c.end();
  await sequelize.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
