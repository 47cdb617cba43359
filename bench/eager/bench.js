'use strict';
// Eager loading, three ways, same data, same run:
//   (a) association.find_all(model, options) through `pg`
//   (b) hand-written SQL returning the same jsonb rows through `pg`
//       (several formulations; each is checked, the fastest is reported)
//   (c) Sequelize v6: Model.findAll({include}) then .map(r => r.toJSON())
// Time = call until the objects are in hand on the client (pg parses jsonb
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
const RUNS = Number(process.env.RUNS || 5);
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
Team.hasMany(Player);                              // as "Players", foreignKey "TeamId"
Player.belongsTo(Team);
Project.belongsToMany(User, { through: UserProjects }); // "ProjectId", "UserId"
Product.belongsTo(User);                           // as "User", foreignKey "UserId"
User.hasMany(Address);                             // as "Addresses", foreignKey "UserId"

// ---------------------------------------------------------------- workloads
const playerJson = (p) => `jsonb_build_object('id', ${p}.id, 'name', ${p}.name, 'score', ${p}.score, 'TeamId', ${p}."TeamId")`;
const addressJson = (a) => `jsonb_build_object('id', ${a}.id, 'city', ${a}.city, 'street', ${a}.street, 'UserId', ${a}."UserId")`;

const workloads = [
  {
    key: 'hasMany',
    label: '1 hasMany (Team -> Players)',
    assoc: ['Team', { order: [['id', 'ASC']], include: ['Players'] }],
    hand: {
      correlated: `SELECT jsonb_build_object('id', t.id, 'name', t.name, 'Players',
          COALESCE((SELECT jsonb_agg(${playerJson('p')} ORDER BY p.id) FROM "Players" p WHERE p."TeamId" = t.id), '[]'))
        FROM "Teams" t ORDER BY t.id`,
      grouped: `SELECT jsonb_build_object('id', t.id, 'name', t.name, 'Players', COALESCE(g.players, '[]'))
        FROM "Teams" t LEFT JOIN (SELECT p."TeamId", jsonb_agg(${playerJson('p')} ORDER BY p.id) AS players
                                  FROM "Players" p GROUP BY p."TeamId") g ON g."TeamId" = t.id
        ORDER BY t.id`,
    },
    sequelize: () => Team.findAll({ order: [['id', 'ASC']], include: [Player] }),
  },
  {
    key: 'belongsToMany',
    label: '2 belongsToMany + through.status',
    assoc: ['Project', { order: [['id', 'ASC']], include: [{ association: 'Users', through: { attributes: ['status'] } }] }],
    hand: {
      correlated: `SELECT jsonb_build_object('id', pr.id, 'title', pr.title, 'Users',
          COALESCE((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'UserProjects', jsonb_build_object('status', j.status)) ORDER BY u.id)
                    FROM "UserProjects" j JOIN "Users" u ON u.id = j."UserId" WHERE j."ProjectId" = pr.id), '[]'))
        FROM "Projects" pr ORDER BY pr.id`,
      grouped: `SELECT jsonb_build_object('id', pr.id, 'title', pr.title, 'Users', COALESCE(g.users, '[]'))
        FROM "Projects" pr LEFT JOIN (
          SELECT j."ProjectId", jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'UserProjects', jsonb_build_object('status', j.status)) ORDER BY u.id) AS users
          FROM "UserProjects" j JOIN "Users" u ON u.id = j."UserId" GROUP BY j."ProjectId") g ON g."ProjectId" = pr.id
        ORDER BY pr.id`,
    },
    sequelize: () => Project.findAll({ order: [['id', 'ASC']], include: [{ model: User, through: { attributes: ['status'] } }] }),
  },
  {
    key: 'nested',
    label: '3 2-level (Product -> User -> Addresses)',
    assoc: ['Product', { order: [['id', 'ASC']], include: [{ association: 'User', include: ['Addresses'] }] }],
    hand: {
      correlated: `SELECT jsonb_build_object('id', p.id, 'price', p.price, 'title', p.title, 'UserId', p."UserId", 'User',
          (SELECT jsonb_build_object('id', u.id, 'name', u.name, 'Addresses',
                    COALESCE((SELECT jsonb_agg(${addressJson('a')} ORDER BY a.id) FROM "Addresses" a WHERE a."UserId" = u.id), '[]'))
           FROM "Users" u WHERE u.id = p."UserId"))
        FROM "Products" p ORDER BY p.id`,
      grouped: `SELECT jsonb_build_object('id', p.id, 'price', p.price, 'title', p.title, 'UserId', p."UserId", 'User',
          CASE WHEN u.id IS NOT NULL THEN jsonb_build_object('id', u.id, 'name', u.name, 'Addresses', COALESCE(g.addresses, '[]')) END)
        FROM "Products" p LEFT JOIN "Users" u ON u.id = p."UserId"
        LEFT JOIN (SELECT a."UserId", jsonb_agg(${addressJson('a')} ORDER BY a.id) AS addresses
                   FROM "Addresses" a GROUP BY a."UserId") g ON g."UserId" = u.id
        ORDER BY p.id`,
    },
    sequelize: () => Product.findAll({ order: [['id', 'ASC']], include: [{ model: User, include: [Address] }] }),
  },
  {
    key: 'top3',
    label: '4 top-3 per parent (score DESC)',
    assoc: ['Team', { order: [['id', 'ASC']], include: [{ association: 'Players', order: [['score', 'DESC']], limit: 3 }] }],
    hand: {
      lateral: `SELECT jsonb_build_object('id', t.id, 'name', t.name, 'Players', COALESCE(l.players, '[]'))
        FROM "Teams" t LEFT JOIN LATERAL (
          SELECT jsonb_agg(s.j ORDER BY s.score DESC) AS players
          FROM (SELECT ${playerJson('p')} AS j, p.score FROM "Players" p WHERE p."TeamId" = t.id ORDER BY p.score DESC LIMIT 3) s) l ON true
        ORDER BY t.id`,
      window: `SELECT jsonb_build_object('id', t.id, 'name', t.name, 'Players', COALESCE(g.players, '[]'))
        FROM "Teams" t LEFT JOIN (
          SELECT w."TeamId", jsonb_agg(w.j ORDER BY w.rn) AS players
          FROM (SELECT p."TeamId", ${playerJson('p')} AS j,
                       row_number() OVER (PARTITION BY p."TeamId" ORDER BY p.score DESC) AS rn
                FROM "Players" p) w
          WHERE w.rn <= 3 GROUP BY w."TeamId") g ON g."TeamId" = t.id
        ORDER BY t.id`,
    },
    // hasMany + limit needs separate: true in v6 (one extra query: a UNION ALL of one LIMIT 3 subquery per parent)
    sequelize: () => Team.findAll({ order: [['id', 'ASC']], include: [{ model: Player, separate: true, order: [['score', 'DESC']], limit: 3 }] }),
  },
];

// ---------------------------------------------------------------- helpers
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const gc = () => { if (global.gc) global.gc(); };

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
      association: async () => (await client.query('SELECT r FROM association.find_all($1, $2) AS r', [w.assoc[0], JSON.stringify(w.assoc[1])])).rows.map((r) => r.r),
    };
    for (const [name, sql] of Object.entries(w.hand)) {
      systems[`hand:${name}`] = async () => (await client.query(sql)).rows.map((r) => r.jsonb_build_object);
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

    // measurement: RUNS rounds, the systems alternate within each round
    const times = Object.fromEntries(Object.keys(systems).map((k) => [k, []]));
    for (let r = 0; r < RUNS; r++) {
      for (const [name, fn] of Object.entries(systems)) times[name].push((await time(fn)).ms);
    }
    if (sequelizeNote) await sequelize.query('RESET max_stack_depth');
    const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const handNames = Object.keys(w.hand);
    const bestHand = handNames.reduce((b, n) => (med[`hand:${n}`] < med[`hand:${b}`] ? n : b), handNames[0]);
    const res = {
      workload: w.label, key: w.key, rows: ROWS, parents: check.parents, children: check.children,
      association: med.association, hand: med[`hand:${bestHand}`], handName: bestHand,
      handAll: Object.fromEntries(handNames.map((n) => [n, med[`hand:${n}`]])),
      sequelize: med.sequelize === undefined ? null : med.sequelize, times, check,
    };
    results.push(res);
    console.log(`${w.label.padEnd(42)} rows=${ROWS} parents=${check.parents} children=${check.children}` +
      `  association ${med.association.toFixed(1)} ms | ` + handNames.map((n) => `${n} ${med[`hand:${n}`].toFixed(1)}`).join(', ') +
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
