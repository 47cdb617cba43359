// test/sequelize/lib/db.js
//
// Connections to the twin databases and their reset between scenarios:
// everything a scenario made goes (the extension too), and database B gets
// a fresh CREATE EXTENSION association.
'use strict';

const { Client } = require('pg');

// conn describes how to reach database `database` (libpq's environment).
function conn(database) {
	return {
		database,
		host: process.env.PGHOST || 'localhost',
		port: Number(process.env.PGPORT || 5432),
		user: process.env.PGUSER || process.env.USER,
		password: process.env.PGPASSWORD || null,
	};
}

// connect opens a connection; while the server restarts (after a backend
// crash, which the harness reports as a difference) it retries for a while.
async function connect(database) {
	for (let attempt = 0; ; attempt++) {
		const c = new Client(conn(database));
		// a crashed backend must fail the scenario, not the harness
		c.on('error', () => {});
		try {
			await c.connect();
			await c.query("SET client_min_messages = 'warning'");
			return c;
		} catch (e) {
			await c.end().catch(() => {});
			if (attempt >= 40)
				throw e;
			await new Promise((r) => setTimeout(r, 250));
		}
	}
}

// reset empties a database: the extension, every user schema; then public
// again, and the extension when withExtension.
async function reset(client, withExtension) {
	await client.query('DROP EXTENSION IF EXISTS association CASCADE');
	const schemas = (await client.query(`
		SELECT nspname FROM pg_namespace
		 WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`)).rows;
	for (const { nspname } of schemas)
		await client.query(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
	await client.query('CREATE SCHEMA public');
	if (withExtension)
		await client.query('CREATE EXTENSION association');
}

module.exports = { conn, connect, reset };
