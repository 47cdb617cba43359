-- Models and associations of the eager-loading benchmark, declared through
-- association's own API, then sync() makes the tables.  The Sequelize side
-- (models.js) maps the same models onto these tables.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS association;
SELECT association.define_model('Team',    '{"name": "STRING"}',                      '{"timestamps": false}');
SELECT association.define_model('Player',  '{"name": "STRING", "score": "INTEGER"}',  '{"timestamps": false}');
SELECT association.define_model('Project', '{"title": "STRING"}',                     '{"timestamps": false}');
SELECT association.define_model('User',    '{"name": "STRING"}',                      '{"timestamps": false}');
SELECT association.define_model('UserProjects', '{"status": "STRING"}',               '{"timestamps": false}');
SELECT association.define_model('Product', '{"title": "STRING", "price": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('Address', '{"street": "STRING", "city": "STRING"}',  '{"timestamps": false}');
SELECT association.define_model('Captain', '{"name": "STRING"}',                      '{"timestamps": false}');
-- one ship per captain: the key is declared unique, as a 1:1 in PostgreSQL would be
SELECT association.define_model('Ship',    '{"name": "STRING", "CaptainId": {"type": "INTEGER", "unique": true}}', '{"timestamps": false}');
-- 1 and 5: Team.hasMany(Player); Player.belongsTo(Team)
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
-- 2: Project.belongsToMany(User, {through: UserProjects}) (junction carries status)
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects"}');
-- 3: Product.belongsTo(User); User.hasMany(Address)
SELECT association.belongs_to('Product', 'User');
SELECT association.has_many('User', 'Address');
-- 4: Captain.hasOne(Ship)
SELECT association.has_one('Captain', 'Ship');
SELECT * FROM association.sync();
