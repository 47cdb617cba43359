-- cycles: Sequelize v5 guide documents/versions, v6.20+ deferred foreign keys, {"cycles": "error"}, constraints: false.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_cycles;
SET search_path = t_cycles, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
\i test/catalog_helpers.sql

-- Sequelize v5 guide: Document.hasMany(Version); Document.belongsTo(Version, {as: 'Current', foreignKey: 'currentVersionId'})
SELECT association.define_model('document', '{"author": "STRING"}');
SELECT association.define_model('version', '{"timestamp": "DATE"}');
SELECT association.has_many('document', 'version');
SELECT association.belongs_to('document', 'version', '{"as": "Current", "foreignKey": "currentVersionId"}');
-- {"cycles": "error"}: Sequelize's toposort message, SQLSTATE 55000, nothing created
SELECT errd($$SELECT association.sync('{"cycles": "error"}')$$);
SELECT errd($$SELECT association.sync_sql('{"cycles": "error"}')$$);
SELECT to_regclass('documents') AS documents, to_regclass('versions') AS versions;
-- default (v6.20+): the tables first, then the foreign keys of the cycle (sequelize.js:842-863)
SELECT * FROM association.sync();
SELECT * FROM cols('documents');
SELECT * FROM cons('documents');
SELECT * FROM cols('versions');
SELECT * FROM cons('versions');
SELECT * FROM idx('documents');
SELECT * FROM idx('versions');
SELECT * FROM association.sync();
-- the cycle works: a document and its current version
INSERT INTO documents (id, author) VALUES (1, 'ann');
INSERT INTO versions (id, "documentId") VALUES (10, 1);
UPDATE documents SET "currentVersionId" = 10 WHERE id = 1;
DELETE FROM versions WHERE id = 10;
SELECT id, author, "currentVersionId" FROM documents;
-- with the tables in place, "cycles": "error" still refuses
SELECT errd($$SELECT association.sync('{"cycles": "error"}')$$);

-- Sequelize v5 guide: constraints: false on the belongsTo breaks the cycle: documents.currentVersionId has
-- no REFERENCES, versions.documentId REFERENCES documents ON DELETE SET NULL ON UPDATE CASCADE
SELECT reset();
SELECT association.define_model('document', '{"author": "STRING"}');
SELECT association.define_model('version', '{"timestamp": "DATE"}');
SELECT association.has_many('document', 'version');
SELECT association.belongs_to('document', 'version', '{"as": "Current", "foreignKey": "currentVersionId", "constraints": false}');
SELECT * FROM association.sync_sql('{"cycles": "error"}');
SELECT * FROM association.sync('{"cycles": "error"}');
SELECT * FROM cols('documents');
SELECT * FROM cons('documents');
SELECT * FROM cols('versions');
SELECT * FROM cons('versions');

-- models defined the other way round: the chain starts at versions
SELECT reset();
SELECT association.define_model('version', '{"timestamp": "DATE"}');
SELECT association.define_model('document', '{"author": "STRING"}');
SELECT association.has_many('document', 'version');
SELECT association.belongs_to('document', 'version', '{"as": "Current", "foreignKey": "currentVersionId"}');
SELECT errd($$SELECT association.sync('{"cycles": "error"}')$$);

-- a self-reference is no cycle (self-references ignored)
SELECT reset();
SELECT association.define_model('Person', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Person', 'Person', '{"as": "Parent"}');
SELECT * FROM association.sync('{"cycles": "error"}');
SELECT * FROM cons('"People"');

DROP SCHEMA t_cycles CASCADE;
DROP EXTENSION association CASCADE;
