// Captures the exact DDL Sequelize v6 runs for the seeds' Movie/Actor
// (belongsToMany through ActorMovies), Team/Player (hasMany + belongsTo) and
// Captain/Ship (hasOne) models, by logging what sequelize.sync() sends.
// Its output, sequelize_v6.sql, is the database of sql/sequelize_db.sql: a
// database Sequelize made, which the extension must adopt and write to
// without changing any of its tables.
//   (cd test/sequelize && npm ci) && pg_virtualenv -v 15 node test/sequelize_db/capture.js
const fs = require('fs');
const path = require('path');
const { Sequelize, DataTypes } = require('../sequelize/node_modules/sequelize');

async function main() {
  const statements = [];
  const sequelize = new Sequelize(process.env.PGDATABASE || 'postgres', process.env.PGUSER, process.env.PGPASSWORD, {
    host: process.env.PGHOST || 'localhost',
    port: process.env.PGPORT || 5432,
    dialect: 'postgres',
    logging: (sql) => statements.push(sql.replace(/^Executing \(default\): /, '')),
  });
  const Movie = sequelize.define('Movie', { name: DataTypes.STRING });
  const Actor = sequelize.define('Actor', { name: DataTypes.STRING });
  Movie.belongsToMany(Actor, { through: 'ActorMovies' });
  Actor.belongsToMany(Movie, { through: 'ActorMovies' });
  const Team = sequelize.define('Team', { name: DataTypes.STRING });
  const Player = sequelize.define('Player', { name: DataTypes.STRING });
  Team.hasMany(Player);
  Player.belongsTo(Team);
  const Captain = sequelize.define('Captain', { name: DataTypes.STRING });
  const Ship = sequelize.define('Ship', { name: DataTypes.STRING });
  Captain.hasOne(Ship);
  await sequelize.sync();
  await sequelize.close();
  const version = require('../sequelize/node_modules/sequelize/package.json').version;
  const lines = [`-- DDL that sequelize@${version} ran for sequelize.sync(),`,
    '-- captured by test/sequelize_db/capture.js (catalog queries left out).'];
  for (const sql of statements) {
    if (/^(CREATE TABLE|ALTER TABLE|CREATE (UNIQUE )?INDEX|CREATE TYPE)/.test(sql)) lines.push(sql.endsWith(';') ? sql : sql + ';');
  }
  fs.writeFileSync(path.join(__dirname, 'sequelize_v6.sql'), lines.join('\n') + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
