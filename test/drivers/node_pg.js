// The extension from node-postgres, as an application calls it: keys and
// lists as JavaScript values (node-postgres sends a list as an untyped array
// literal, '{}' when empty), objects as JSON, dates inside them.  Prints one
// TAP line per check.  Needs the PG* environment of a throwaway cluster.
const assert = require('assert');
const { Client } = require('pg');

let n = 0;
let failed = 0;
async function check(name, fn) {
  n += 1;
  try {
    await fn();
    console.log(`ok ${n} - node-postgres: ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`not ok ${n} - node-postgres: ${name}`);
    console.log(`# ${String(e.message).split('\n').join('\n# ')}`);
  }
}

async function main() {
  const c = new Client({ database: process.env.DRIVER_DB || process.env.PGDATABASE });
  await c.connect();
  const q = async (sql, params) => (await c.query(sql, params)).rows;
  await q('SET client_min_messages = warning');
  await q('CREATE EXTENSION association');
  await q(`SELECT association.define_model('Post', '{"title": "STRING", "publishedAt": "DATE"}')`);
  await q(`SELECT association.define_model('Tag', '{"name": "STRING"}')`);
  await q(`SELECT association.define_model('PostTags', '{"weight": "INTEGER"}')`);
  await q(`SELECT association.belongs_to_many('Post', 'Tag', '{"through": "PostTags"}')`);
  await q(`SELECT association.belongs_to_many('Tag', 'Post', '{"through": "PostTags"}')`);
  await q('SELECT count(*) FROM association.sync()');
  for (const name of ['js', 'sql', 'pg']) await q('SELECT association.create($1, $2)', ['Tag', { name }]);

  await check('create takes an object as JSON, a Date inside it', async () => {
    const [{ post }] = await q('SELECT association.create($1, $2) AS post',
      ['Post', { title: 'Hello', publishedAt: new Date('2024-05-01T10:00:00Z') }]);
    assert.strictEqual(post.title, 'Hello');
    assert.strictEqual(new Date(post.publishedAt).toISOString(), '2024-05-01T10:00:00.000Z');
  });
  await check('set takes a list of keys', async () => {
    await q("SELECT association.set('Post', $1, 'Tags', $2)", [1, [1, 2]]);
    const [{ count }] = await q("SELECT association.count('Post', $1, 'Tags') AS count", [1]);
    assert.strictEqual(count, '2'); // bigint comes back as a string
  });
  await check('set with an empty list un-associates all', async () => {
    await q("SELECT association.set('Post', $1, 'Tags', $2)", [1, []]);
    const [{ count }] = await q("SELECT association.count('Post', $1, 'Tags') AS count", [1]);
    assert.strictEqual(count, '0');
  });
  await check('add takes a list of objects with junction data', async () => {
    await q("SELECT association.add('Post', $1, 'Tags', $2)", [1, [{ id: 1, PostTags: { weight: 5 } }, { id: 3 }]]);
    const rows = await q("SELECT t FROM association.get('Post', $1, 'Tags', $2) t", [1, { order: [['id', 'ASC']] }]);
    assert.deepStrictEqual(rows.map((r) => [r.t.name, r.t.PostTags.weight]), [['js', 5], ['pg', null]]);
  });
  await check('add takes JSON text too', async () => {
    await q("SELECT association.add('Post', $1, 'Tags', $2)", [1, JSON.stringify([2])]);
    const [{ has }] = await q("SELECT association.has('Post', $1, 'Tags', $2) AS has", [1, [1, 2, 3]]);
    assert.strictEqual(has, true);
  });
  await check('has with an empty list is true, remove takes one key', async () => {
    const [{ has }] = await q("SELECT association.has('Post', $1, 'Tags', $2) AS has", [1, []]);
    assert.strictEqual(has, true);
    await q("SELECT association.remove('Post', $1, 'Tags', $2)", [1, 3]);
    const [{ count }] = await q("SELECT association.count('Post', $1, 'Tags') AS count", ['1']);
    assert.strictEqual(count, '2');
  });
  await check('find_all takes its options as an object and returns rows as objects', async () => {
    const rows = await q('SELECT p FROM association.find_all($1, $2) p',
      ['Post', { include: [{ association: 'Tags', where: { name: { in: ['js', 'sql'] } } }] }]);
    assert.strictEqual(rows.length, 1);
    assert.deepStrictEqual(rows[0].p.Tags.map((t) => t.name).sort(), ['js', 'sql']);
  });
  await check('a missing target is an error with SQLSTATE 23503', async () => {
    await assert.rejects(q("SELECT association.add('Post', $1, 'Tags', $2)", [1, [99]]),
      (e) => e.code === '23503' && /Tag instance with id '99' does not exist/.test(e.message));
  });
  await check('define_model takes attributes as a parameter; rows keep their order', async () => {
    // an untyped parameter becomes json: the order of the keys is kept
    await q('SELECT association.define_model($1, $2, $3)',
      ['Note', JSON.stringify({ zeta: 'STRING', alpha: 'STRING' }), { timestamps: false }]);
    await q("SELECT association.define_model($1, $2::json)", ['Memo', { body: 'TEXT', big: 'BIGINT' }]);
    await q('SELECT count(*) FROM association.sync()');
    const [{ note }] = await q('SELECT association.create($1, $2) AS note', ['Note', { alpha: 'a', zeta: 'z' }]);
    assert.deepStrictEqual(Object.keys(note), ['id', 'zeta', 'alpha']);
    const [{ memo }] = await q('SELECT association.create($1, $2) AS memo', ['Memo', { body: 'b', big: '9007199254740993' }]);
    assert.strictEqual(memo.big, '9007199254740993'); // bigint as a string: no digits lost
    assert.deepStrictEqual(Object.keys(memo), ['id', 'body', 'big', 'createdAt', 'updatedAt']);
  });
  await c.end();
  console.log(`# node-postgres: ${n - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log(`not ok ${n + 1} - node-postgres: setup`); console.log(`# ${e.message}`); process.exit(1); });
