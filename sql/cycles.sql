-- cycles: seed 003 documents/versions, v6.20+ deferred foreign keys, {"cycles": "error"}, constraints: false.
DROP EXTENSION IF EXISTS association CASCADE;
CREATE EXTENSION association;
CREATE SCHEMA t_cycles;
SET search_path = t_cycles, public;
SET client_min_messages = warning;
\i test/regress_helpers.sql
-- catalog helpers: columns (pg_attribute), constraints (pg_constraint), indexes (pg_index)
CREATE FUNCTION cols(t regclass) RETURNS TABLE (col name, type text, not_null boolean)
LANGUAGE sql AS $$
  SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
   WHERE attrelid = t AND attnum > 0 AND NOT attisdropped ORDER BY attnum $$;
CREATE FUNCTION cons(t regclass) RETURNS TABLE (conname name, del "char", upd "char", def text)
LANGUAGE sql AS $$
  SELECT conname, confdeltype, confupdtype, pg_get_constraintdef(oid) FROM pg_constraint
   WHERE conrelid = t ORDER BY contype, conname $$;
CREATE FUNCTION idx(t regclass) RETURNS SETOF text
LANGUAGE sql AS $$
  SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = t ORDER BY pg_get_indexdef(indexrelid) COLLATE "C" $$;
-- reset(): drop every model table and forget every declaration
CREATE FUNCTION reset() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM association.drop_all();
  DELETE FROM association.associations;
  DELETE FROM association.models;
  DELETE FROM association.sync_objects;
END $$;
-- errd(sql) is err() that also prints the DETAIL
CREATE FUNCTION errd(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; detail text; hint text;
BEGIN
  EXECUTE sql; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || CASE WHEN detail <> '' THEN E'\nDETAIL: ' || detail ELSE '' END
            || CASE WHEN hint <> '' THEN E'\nHINT: ' || hint ELSE '' END;
END $$;

-- seed 003: Document.hasMany(Version); Document.belongsTo(Version, {as: 'Current', foreignKey: 'currentVersionId'})
SELECT association.define_model('document', '{"author": "STRING"}');
SELECT association.define_model('version', '{"timestamp": "DATE"}');
SELECT association.has_many('document', 'version');
SELECT association.belongs_to('document', 'version', '{"as": "Current", "foreignKey": "currentVersionId"}');
-- {"cycles": "error"}: the seed's toposort message, SQLSTATE 55000 (API §3, RULES §12), nothing created
SELECT errd($$SELECT association.sync('{"cycles": "error"}')$$);
SELECT errd($$SELECT association.sync_sql('{"cycles": "error"}')$$);
SELECT to_regclass('documents') AS documents, to_regclass('versions') AS versions;
-- default (v6.20+): the tables first, then the foreign keys of the cycle (RULES §12 sequelize.js:842-863)
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

-- seed 003: constraints: false on the belongsTo breaks the cycle: documents.currentVersionId has
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

-- a self-reference is no cycle (RULES §12: self-references ignored)
SELECT reset();
SELECT association.define_model('Person', '{}', '{"timestamps": false}');
SELECT association.belongs_to('Person', 'Person', '{"as": "Parent"}');
SELECT * FROM association.sync('{"cycles": "error"}');
SELECT * FROM cons('"People"');

DROP SCHEMA t_cycles CASCADE;
DROP EXTENSION association CASCADE;
