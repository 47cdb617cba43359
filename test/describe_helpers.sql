-- Catalog helpers of the naming tests (sql/belongs_to.sql, has_one.sql,
-- naming.sql), included with \i.
-- catalog helpers: columns, foreign keys, indexes of a table
CREATE FUNCTION cols(rel regclass) RETURNS TABLE (col name, type text, notnull boolean, def text)
LANGUAGE sql AS $$
  SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum $$;
CREATE FUNCTION fks(rel regclass) RETURNS TABLE (conname name, del "char", upd "char", def text)
LANGUAGE sql AS $$
  SELECT conname, confdeltype, confupdtype, pg_get_constraintdef(oid)
    FROM pg_constraint WHERE conrelid = rel AND contype = 'f' ORDER BY conname $$;
CREATE FUNCTION idx(rel regclass) RETURNS TABLE (index regclass, def text)
LANGUAGE sql AS $$
  SELECT indexrelid::regclass, pg_get_indexdef(indexrelid)
    FROM pg_index WHERE indrelid = rel ORDER BY 1::text $$;
-- the association-made attributes of a model, as describe() reports them
CREATE FUNCTION fk_attrs(model text) RETURNS TABLE (name text, field text, type text, allow_null text,
                                                    ref_model text, ref_key text, on_delete text, on_update text)
LANGUAGE sql AS $$
  SELECT a->>'name', a->>'field', a->>'type', a->>'allowNull', a->'references'->>'model',
         a->'references'->>'key', a->'references'->>'onDelete', a->'references'->>'onUpdate'
    FROM jsonb_array_elements(association.describe(model)->'attributes') a
   WHERE a->>'origin' = 'association' ORDER BY 1 $$;
