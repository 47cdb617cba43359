'use strict';
// Eager loading, three ways, same data, same run:
//   (a) association.find_all(model, options) through `pg`
//   (b) hand-written SQL returning the same json rows through `pg`
//       (several formulations; each is checked, the fastest is reported)
//   (c) Sequelize v6: Model.findAll({include}) then .map(r => r.toJSON())
// Time = call until the objects are in hand on the client (pg parses json
// with JSON.parse; Sequelize builds instances, then toJSON).
//
//   node --expose-gc bench.js ROWS [RESULTS_FILE]      (connection from PG* variables)
//
// (a) and (b) must be identical JSON (the same rows in the same order, the
// same children in the same order): the run stops with exit code 2 if not.
// (a) and (c) are compared after sorting children by id: a difference is
// printed and recorded, not fatal (the semantics are Sequelize's, and that
// comparison is the point).
const fs = require('fs');
const { Client } = require('pg');
const { Sequelize, DataTypes } = require('sequelize');

const ROWS = Number(process.argv[2] || 10000);
const OUT = process.argv[3];
const RUNS = Number(process.env.RUNS || 9);
const WARMUP = Number(process.env.WARMUP || 1);
const SEQ_STACK = process.env.SEQ_STACK || '7MB';
const SEQ_TIMEOUT = process.env.SEQ_TIMEOUT || '60s';
const ONLY = process.env.ONLY ? process.env.ONLY.split(',') : null;

// ---------------------------------------------------------------- Sequelize
const sequelize = new Sequelize(process.env.PGDATABASE || 'postgres', process.env.PGUSER, process.env.PGPASSWORD, {
  host: process.env.PGHOST || 'localhost',
  port: Number(process.env.PGPORT || 5432),
  dialect: 'postgres',
  logging: process.env.SQL_LOG ? (sql) => console.error(sql.slice(0, 600)) : false,
  pool: { max: 1, min: 1, idle: 3600 * 1000 },   // one connection, kept: a SET on it stays
});
const common = { timestamps: false, freezeTableName: true };
const Team = sequelize.define('Team', { name: DataTypes.STRING }, { ...common, tableName: 'Teams' });
const Player = sequelize.define('Player', { name: DataTypes.STRING, score: DataTypes.INTEGER }, { ...common, tableName: 'Players' });
const Project = sequelize.define('Project', { title: DataTypes.STRING }, { ...common, tableName: 'Projects' });
const User = sequelize.define('User', { name: DataTypes.STRING }, { ...common, tableName: 'Users' });
const UserProjects = sequelize.define('UserProjects', { status: DataTypes.STRING }, { ...common, tableName: 'UserProjects' });
const Product = sequelize.define('Product', { title: DataTypes.STRING, price: DataTypes.INTEGER }, { ...common, tableName: 'Products' });
const Address = sequelize.define('Address', { street: DataTypes.STRING, city: DataTypes.STRING }, { ...common, tableName: 'Addresses' });
const Captain = sequelize.define('Captain', { name: DataTypes.STRING }, { ...common, tableName: 'Captains' });
const Ship = sequelize.define('Ship', { name: DataTypes.STRING, CaptainId: { type: DataTypes.INTEGER, unique: true } }, { ...common, tableName: 'Ships' });
Team.hasMany(Player);                              // as "Players", foreignKey "TeamId"
Player.belongsTo(Team);
Project.belongsToMany(User, { through: UserProjects }); // "ProjectId", "UserId"
Product.belongsTo(User);                           // as "User", foreignKey "UserId"
User.hasMany(Address);                             // as "Addresses", foreignKey "UserId"
Captain.hasOne(Ship);                              // as "Ship", foreignKey "CaptainId"

// ---------------------------------------------------------------- workloads
// The hand-written SQL returns json objects with the keys in the same
// order as find_all (attribute order, then includes), so that (a) and (b)
// can be compared byte for byte.  Several formulations each; the fastest
// is the baseline.  Forms:
//   grouped   children aggregated once per parent key, joined by hash/merge
//   correlated  a subquery per parent row (index lookups)
//   *_bo      json_build_object instead of records + row_to_json
//   *_jsonagg json_agg instead of array_to_json(array_agg(...))
const rec = (alias, cols) => `CROSS JOIN LATERAL (SELECT ${cols.map((c) => `${alias}.${c}`).join(', ')}) `;
const bo = (alias, cols) => `json_build_object(${cols.map((c) => `'${c.replace(/"/g, '')}', ${alias}.${c}`).join(', ')})`;
const PLAYER = ['id', 'name', 'score', '"TeamId"'];
const ADDRESS = ['id', 'street', 'city', '"UserId"'];
const SHIP = ['id', 'name', '"CaptainId"'];

const workloads = [
  {
    key: 'hasMany',
    label: '1 hasMany (Team -> Players)',
    assoc: ['Team', { order: [['id', 'ASC']], include: ['Players'] }],
    hand: {
      grouped: `SELECT row_to_json(r) FROM (SELECT t.id, t.name, COALESCE(g.v, '[]') AS "Players" FROM "Teams" t
          LEFT JOIN (SELECT p."TeamId" AS k, array_to_json(array_agg(x ORDER BY p.id)) AS v FROM "Players" p ${rec('p', PLAYER)} x GROUP BY 1) g ON g.k = t.id
          ORDER BY t.id) r`,
      grouped_jsonagg: `SELECT row_to_json(r) FROM (SELECT t.id, t.name, COALESCE(g.v, '[]') AS "Players" FROM "Teams" t
          LEFT JOIN (SELECT p."TeamId" AS k, json_agg(x ORDER BY p.id) AS v FROM "Players" p ${rec('p', PLAYER)} x GROUP BY 1) g ON g.k = t.id
          ORDER BY t.id) r`,
      correlated: `SELECT row_to_json(r) FROM "Teams" t CROSS JOIN LATERAL (SELECT t.id, t.name,
          COALESCE((SELECT array_to_json(array_agg(x ORDER BY p.id)) FROM "Players" p ${rec('p', PLAYER)} x WHERE p."TeamId" = t.id), '[]') AS "Players") r
          ORDER BY t.id`,
      grouped_bo: `SELECT json_build_object('id', t.id, 'name', t.name, 'Players', COALESCE(g.v, '[]')) FROM "Teams" t
          LEFT JOIN (SELECT p."TeamId" AS k, json_agg(${bo('p', PLAYER)} ORDER BY p.id) AS v FROM "Players" p GROUP BY 1) g ON g.k = t.id
          ORDER BY t.id`,
    },
    sequelize: () => Team.findAll({ order: [['id', 'ASC']], include: [Player] }),
  },
  {
    key: 'belongsToMany',
    label: '2 belongsToMany + through.status',
    assoc: ['Project', { order: [['id', 'ASC']], include: [{ association: 'Users', through: { attributes: ['status'] } }] }],
    hand: {
      grouped: `SELECT row_to_json(r) FROM (SELECT pr.id, pr.title, COALESCE(g.v, '[]') AS "Users" FROM "Projects" pr
          LEFT JOIN (SELECT j."ProjectId" AS k, array_to_json(array_agg(x ORDER BY u.id)) AS v
                     FROM "UserProjects" j JOIN "Users" u ON u.id = j."UserId" CROSS JOIN LATERAL (SELECT j.status) jx
                     CROSS JOIN LATERAL (SELECT u.id, u.name, jx AS "UserProjects") x GROUP BY 1) g ON g.k = pr.id
          ORDER BY pr.id) r`,
      correlated: `SELECT row_to_json(r) FROM "Projects" pr CROSS JOIN LATERAL (SELECT pr.id, pr.title,
          COALESCE((SELECT array_to_json(array_agg(x ORDER BY u.id)) FROM "UserProjects" j JOIN "Users" u ON u.id = j."UserId"
                    CROSS JOIN LATERAL (SELECT j.status) jx CROSS JOIN LATERAL (SELECT u.id, u.name, jx AS "UserProjects") x
                    WHERE j."ProjectId" = pr.id), '[]') AS "Users") r
          ORDER BY pr.id`,
      grouped_bo: `SELECT json_build_object('id', pr.id, 'title', pr.title, 'Users', COALESCE(g.v, '[]')) FROM "Projects" pr
          LEFT JOIN (SELECT j."ProjectId" AS k, json_agg(json_build_object('id', u.id, 'name', u.name, 'UserProjects', json_build_object('status', j.status)) ORDER BY u.id) AS v
                     FROM "UserProjects" j JOIN "Users" u ON u.id = j."UserId" GROUP BY 1) g ON g.k = pr.id
          ORDER BY pr.id`,
    },
    sequelize: () => Project.findAll({ order: [['id', 'ASC']], include: [{ model: User, through: { attributes: ['status'] } }] }),
  },
  {
    key: 'nested',
    label: '3 2-level (Product -> User -> Addresses)',
    assoc: ['Product', { order: [['id', 'ASC']], include: [{ association: 'User', include: ['Addresses'] }] }],
    hand: {
      // each user's object (with its addresses) built once, hash-joined to the products
      hashjoin: `SELECT row_to_json(r) FROM "Products" p
          LEFT JOIN (SELECT u.id AS k, x AS v FROM "Users" u
                     LEFT JOIN (SELECT a."UserId" AS k, array_to_json(array_agg(ax ORDER BY a.id)) AS v FROM "Addresses" a ${rec('a', ADDRESS)} ax GROUP BY 1) g2 ON g2.k = u.id
                     CROSS JOIN LATERAL (SELECT u.id, u.name, COALESCE(g2.v, '[]') AS "Addresses") x) g1 ON g1.k = p."UserId"
          CROSS JOIN LATERAL (SELECT p.id, p.title, p.price, p."UserId", g1.v AS "User") r ORDER BY p.id`,
      correlated: `SELECT row_to_json(r) FROM "Products" p CROSS JOIN LATERAL (SELECT p.id, p.title, p.price, p."UserId",
          (SELECT x FROM "Users" u CROSS JOIN LATERAL (SELECT u.id, u.name,
             COALESCE((SELECT array_to_json(array_agg(ax ORDER BY a.id)) FROM "Addresses" a ${rec('a', ADDRESS)} ax WHERE a."UserId" = u.id), '[]') AS "Addresses") x
           WHERE u.id = p."UserId") AS "User") r ORDER BY p.id`,
      joined: `SELECT row_to_json(r) FROM "Products" p LEFT JOIN "Users" u ON u.id = p."UserId"
          LEFT JOIN (SELECT a."UserId" AS k, array_to_json(array_agg(ax ORDER BY a.id)) AS v FROM "Addresses" a ${rec('a', ADDRESS)} ax GROUP BY 1) g2 ON g2.k = u.id
          CROSS JOIN LATERAL (SELECT u.id, u.name, COALESCE(g2.v, '[]') AS "Addresses") x
          CROSS JOIN LATERAL (SELECT p.id, p.title, p.price, p."UserId", CASE WHEN u.id IS NOT NULL THEN x END AS "User") r ORDER BY p.id`,
    },
    sequelize: () => Product.findAll({ order: [['id', 'ASC']], include: [{ model: User, include: [Address] }] }),
  },
  {
    key: 'hasOne',
    label: '4 hasOne (Captain -> Ship)',
    assoc: ['Captain', { order: [['id', 'ASC']], include: ['Ship'] }],
    hand: {
      correlated: `SELECT row_to_json(r) FROM "Captains" c CROSS JOIN LATERAL (SELECT c.id, c.name,
          (SELECT x FROM "Ships" s ${rec('s', SHIP)} x WHERE s."CaptainId" = c.id LIMIT 1) AS "Ship") r ORDER BY c.id`,
      // a join: right because the key is unique (one ship per captain)
      joined: `SELECT row_to_json(r) FROM "Captains" c LEFT JOIN (SELECT s."CaptainId" AS k, x AS v FROM "Ships" s ${rec('s', SHIP)} x) g ON g.k = c.id
          CROSS JOIN LATERAL (SELECT c.id, c.name, g.v AS "Ship") r ORDER BY c.id`,
      distinct_on: `SELECT row_to_json(r) FROM "Captains" c LEFT JOIN (SELECT DISTINCT ON (s."CaptainId") s."CaptainId" AS k, x AS v FROM "Ships" s ${rec('s', SHIP)} x ORDER BY s."CaptainId", s.id) g ON g.k = c.id
          CROSS JOIN LATERAL (SELECT c.id, c.name, g.v AS "Ship") r ORDER BY c.id`,
    },
    sequelize: () => Captain.findAll({ order: [['id', 'ASC']], include: [Ship] }),
  },
  {
    key: 'top3',
    label: '5 top-3 per parent (score DESC)',
    assoc: ['Team', { order: [['id', 'ASC']], include: [{ association: 'Players', order: [['score', 'DESC']], limit: 3 }] }],
    hand: {
      lateral: `SELECT row_to_json(r) FROM "Teams" t CROSS JOIN LATERAL (SELECT t.id, t.name,
          COALESCE((SELECT array_to_json(array_agg(x ORDER BY p.score DESC)) FROM (SELECT * FROM "Players" p WHERE p."TeamId" = t.id ORDER BY p.score DESC LIMIT 3) p ${rec('p', PLAYER)} x), '[]') AS "Players") r
          ORDER BY t.id`,
      lateral_subquery_order: `SELECT row_to_json(r) FROM "Teams" t CROSS JOIN LATERAL (SELECT t.id, t.name,
          COALESCE((SELECT json_agg(x) FROM (SELECT p.id, p.name, p.score, p."TeamId" FROM "Players" p WHERE p."TeamId" = t.id ORDER BY p.score DESC LIMIT 3) x), '[]') AS "Players") r
          ORDER BY t.id`,
      window: `SELECT row_to_json(r) FROM "Teams" t LEFT JOIN (SELECT w.k, array_to_json(array_agg(x ORDER BY w.rn)) AS v
          FROM (SELECT p."TeamId" AS k, p.*, row_number() OVER (PARTITION BY p."TeamId" ORDER BY p.score DESC) AS rn FROM "Players" p) w
          ${rec('w', PLAYER)} x WHERE w.rn <= 3 GROUP BY 1) g ON g.k = t.id
          CROSS JOIN LATERAL (SELECT t.id, t.name, COALESCE(g.v, '[]') AS "Players") r ORDER BY t.id`,
    },
    // hasMany + limit needs separate: true in v6 (one extra query: a UNION ALL of one LIMIT 3 subquery per parent)
    sequelize: () => Team.findAll({ order: [['id', 'ASC']], include: [{ model: Player, separate: true, order: [['score', 'DESC']], limit: 3 }] }),
  },
];

// ---------------------------------------------------------------- helpers
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const gc = () => { if (global.gc) global.gc(); };

// a seeded generator (the same orders in every run of the benchmark)
let seed = 12345;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
function shuffled(xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}

async function time(fn) {
  gc();
  const t0 = process.hrtime.bigint();
  const rows = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, rows };
}

// number of parents, i.e. of UNION ALL branches Sequelize sends for a separate include with a limit
const check0 = () => (ROWS / 10).toLocaleString('en-US');

// canonical: keys sorted, arrays of objects with an id sorted by id (loose comparison)
function canonical(v, sortArrays) {
  if (Array.isArray(v)) {
    const a = v.map((x) => canonical(x, sortArrays));
    if (sortArrays && a.every((x) => x && typeof x === 'object' && 'id' in x)) a.sort((x, y) => x.id - y.id);
    return a;
  }
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) o[k] = canonical(v[k], sortArrays);
    return o;
  }
  return v;
}

function firstDifference(x, y) {
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = JSON.stringify(x[i]); const b = JSON.stringify(y[i]);
    if (a !== b) return { index: i, left: a && a.slice(0, 400), right: b && b.slice(0, 400) };
  }
  return null;
}

function countChildren(rows) {
  let n = 0;
  const walk = (v) => {
    if (Array.isArray(v)) { n += v.length; v.forEach(walk); } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  rows.forEach((r) => Object.values(r).forEach(walk));
  return n;
}

// ---------------------------------------------------------------- main
async function main() {
  const client = new Client();
  await client.connect();
  await sequelize.authenticate();
  // a bound on any one Sequelize statement (only the 10,000-branch UNION ALL of workload 4 comes near it)
  await sequelize.query(`SET statement_timeout = '${SEQ_TIMEOUT}'`);
  const results = [];
  let fatal = false;

  for (const w of workloads) {
    if (ONLY && !ONLY.includes(w.key)) continue;
    const systems = {
      // in a select list find_all streams its rows from a cursor (in FROM, PostgreSQL
      // stores a function's rows before reading them: 'association_from')
      association: async () => (await client.query({ text: 'SELECT association.find_all($1, $2) AS r', values: [w.assoc[0], JSON.stringify(w.assoc[1])] })).rows.map((r) => r.r),
      association_from: async () => (await client.query('SELECT r FROM association.find_all($1, $2) AS r', [w.assoc[0], JSON.stringify(w.assoc[1])])).rows.map((r) => r.r),
    };
    for (const [name, sql] of Object.entries(w.hand)) {
      systems[`hand:${name}`] = async () => (await client.query(sql)).rows.map((r) => Object.values(r)[0]);
    }
    systems.sequelize = async () => (await w.sequelize()).map((r) => r.toJSON());

    // correctness, on the first (warm-up) call of each system
    const first = {};
    let sequelizeNote = null;
    for (const [name, fn] of Object.entries(systems)) {
      try {
        first[name] = await fn();
      } catch (e) {
        const code = e.parent && e.parent.code;
        if (name !== 'sequelize' || code !== '54001') throw e;
        const defaultDepth = (await sequelize.query('SHOW max_stack_depth', { plain: true })).max_stack_depth;
        // v6's separate include with a limit sends one UNION ALL branch per
        // parent; past a few thousand parents the server's parser runs out
        // of stack.  Record it, raise the limit on Sequelize's connection, go on.
        sequelizeNote = `ERROR 54001 "${e.parent.message}" with the default max_stack_depth (${defaultDepth}); retried with max_stack_depth = ${SEQ_STACK}`;
        await sequelize.query(`SET max_stack_depth = '${SEQ_STACK}'`);
        try {
          first[name] = await fn();
        } catch (e2) {
          if (!(e2.parent && e2.parent.code === '57014')) throw e2;
          sequelizeNote += `: did not finish within statement_timeout = ${SEQ_TIMEOUT} (the ${check0(w)}-branch UNION ALL)`;
          delete systems.sequelize;
        }
        console.error(`!! ${w.label}, ${ROWS} rows: Sequelize: ${sequelizeNote}`);
      }
    }
    const a = first.association;
    const check = { parents: a.length, children: countChildren(a), hand: {}, sequelize: null, sequelizeNote };
    for (const name of Object.keys(w.hand)) {
      const h = first[`hand:${name}`];
      const diff = firstDifference(a, h);
      check.hand[name] = diff ? 'DIFFERENT' : 'identical';
      if (diff) {
        fatal = true;
        console.error(`\n!! ${w.label}, ${ROWS} rows: association.find_all and hand-written "${name}" differ at row ${diff.index}`);
        console.error(`   find_all('${w.assoc[0]}', '${JSON.stringify(w.assoc[1])}')`);
        console.error(`   association: ${diff.left}\n   hand:        ${diff.right}`);
      }
    }
    if (first.sequelize) {
      const s = first.sequelize;
      const strict = firstDifference(canonical(a, false), canonical(s, false));
      const loose = firstDifference(canonical(a, true), canonical(s, true));
      check.sequelize = loose ? 'DIFFERENT' : strict ? 'same after sorting children' : 'identical';
      check.sequelizeChildren = countChildren(s);
      if (loose) {
        console.error(`\n?? ${w.label}, ${ROWS} rows: association and Sequelize differ (children sorted by id) at row ${loose.index}`);
        console.error(`   association: ${loose.left}\n   sequelize:   ${loose.right}`);
      } else if (strict) {
        check.sequelizeOrderExample = strict;
      }
    }
    for (let i = 1; i < WARMUP; i++) for (const fn of Object.values(systems)) await fn();

    // measurement: RUNS rounds, each running every system once in a new
    // shuffled order, so that no system always follows the one that leaves
    // the most garbage behind (Sequelize) or always comes first
    const times = Object.fromEntries(Object.keys(systems).map((k) => [k, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const name of shuffled(Object.keys(systems))) times[name].push((await time(systems[name])).ms);
    }
    if (sequelizeNote) await sequelize.query('RESET max_stack_depth');
    const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const handNames = Object.keys(w.hand);
    const bestHand = handNames.reduce((b, n) => (med[`hand:${n}`] < med[`hand:${b}`] ? n : b), handNames[0]);
    // the ratio, paired: in each round, association against the fastest
    // hand-written form of that round (the machine's speed drifts between
    // rounds, not within one), then the median over the rounds
    const ratio = median(times.association.map((a, r) => a / Math.min(...handNames.map((n) => times[`hand:${n}`][r]))));
    const res = {
      workload: w.label, key: w.key, rows: ROWS, parents: check.parents, children: check.children,
      association: med.association, associationFrom: med.association_from, hand: med[`hand:${bestHand}`], handName: bestHand, ratio,
      handAll: Object.fromEntries(handNames.map((n) => [n, med[`hand:${n}`]])),
      sequelize: med.sequelize === undefined ? null : med.sequelize, times, check,
    };
    results.push(res);
    console.log(`${w.label.padEnd(42)} rows=${ROWS} parents=${check.parents} children=${check.children}` +
      `  association ${med.association.toFixed(1)} ms (in FROM ${med.association_from.toFixed(1)}) | ` + handNames.map((n) => `${n} ${med[`hand:${n}`].toFixed(1)}`).join(', ') +
      ` | sequelize ${med.sequelize === undefined ? '-' : med.sequelize.toFixed(1)} ms   [a=b: ${Object.values(check.hand).join('/')}; a~c: ${check.sequelize || "not compared"}]`);
    if (OUT) fs.appendFileSync(OUT, JSON.stringify(res) + '\n');
  }
  await client.end();
  await sequelize.close();
  if (fatal) {
    console.error('\nFAILED: association.find_all does not return the same JSON as the hand-written SQL (see above)');
    process.exit(2);
  }
}

module.exports = { workloads, sequelize };
if (require.main === module) main().catch((e) => { console.error(e.message ? `${e.name}: ${e.message.slice(0, 2000)}` : e); process.exit(1); });
