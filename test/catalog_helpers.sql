-- Catalog helpers of the association tests (sql/has_many.sql,
-- belongs_to_many.sql, sync.sql, cycles.sql, accessor_views.sql), included with \i.
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
