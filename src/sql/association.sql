-- association: Sequelize-style model associations inside PostgreSQL.
-- Install script: catalog tables, their cache-invalidation triggers and the
-- SQL functions (all implemented in C, all SECURITY INVOKER).

\echo Use "CREATE EXTENSION association" to load this file. \quit

-- Models: what define_model declared.
CREATE TABLE association.models (
    name            text PRIMARY KEY CHECK (name <> ''),
    attributes      json NOT NULL DEFAULT '{}',     -- as declared: json keeps the order of the keys
    options         jsonb NOT NULL DEFAULT '{}',
    table_schema    name NOT NULL,      -- where the table is (or will be)
    table_name      name NOT NULL,
    relid           regclass,           -- the table once it exists: renames keep working,
                                        -- and pg_dump/pg_restore map it by name
    columns         jsonb NOT NULL DEFAULT '{}',  -- attribute -> attnum at the last sync:
                                        -- a renamed column is followed
    owner           name NOT NULL DEFAULT current_user,
    ordinal         bigserial NOT NULL UNIQUE,
    UNIQUE (table_schema, table_name)
);

-- Associations: what belongs_to/has_one/has_many/belongs_to_many declared.
CREATE TABLE association.associations (
    source          text NOT NULL REFERENCES association.models ON UPDATE CASCADE,
    name            text NOT NULL CHECK (name <> ''),   -- the alias
    kind            text NOT NULL
                    CHECK (kind IN ('belongsTo', 'hasOne', 'hasMany', 'belongsToMany')),
    target          text NOT NULL REFERENCES association.models ON UPDATE CASCADE,
    options         jsonb NOT NULL DEFAULT '{}',
    owner           name NOT NULL DEFAULT current_user,
    ordinal         bigserial NOT NULL UNIQUE,
    PRIMARY KEY (source, name)
);

-- What sync made and must be able to remove again: accessor views and
-- foreign-key constraints, with the definition they were made from, and the
-- role whose declaration they came from (a role sees and changes only its
-- own rows, and sync acts on them as that role).
CREATE TABLE association.sync_objects (
    object_type     text NOT NULL CHECK (object_type IN ('view', 'constraint')),
    schema_name     name NOT NULL,
    table_name      name NOT NULL,      -- the view, or the constrained table
    object_name     name NOT NULL,      -- the view, or the constraint
    definition      text NOT NULL,
    owner           name NOT NULL DEFAULT current_user,
    PRIMARY KEY (object_type, schema_name, table_name, object_name)
);

SELECT pg_catalog.pg_extension_config_dump('association.models', '');
SELECT pg_catalog.pg_extension_config_dump('association.models_ordinal_seq', '');
SELECT pg_catalog.pg_extension_config_dump('association.associations', '');
SELECT pg_catalog.pg_extension_config_dump('association.associations_ordinal_seq', '');
SELECT pg_catalog.pg_extension_config_dump('association.sync_objects', '');

-- Rights: everyone may read the declarations (using another role's models
-- needs them) and declare their own; a role changes only the rows it owns.
-- What sync made (sync_objects) is seen and changed by its owner only.  The
-- C code also checks every row it reads against its owner, so rows written
-- by hand are held to the same rules as declarations made through the
-- functions.  The extension's owner and superusers bypass these policies.
GRANT USAGE ON SCHEMA association TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON association.models, association.associations,
      association.sync_objects TO PUBLIC;
GRANT USAGE ON SEQUENCE association.models_ordinal_seq, association.associations_ordinal_seq TO PUBLIC;
ALTER TABLE association.models ENABLE ROW LEVEL SECURITY;
ALTER TABLE association.associations ENABLE ROW LEVEL SECURITY;
ALTER TABLE association.sync_objects ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON association.models FOR SELECT USING (true);
CREATE POLICY own_rows ON association.models FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);
CREATE POLICY read_all ON association.associations FOR SELECT USING (true);
CREATE POLICY own_rows ON association.associations FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);
CREATE POLICY own_rows ON association.sync_objects FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);

-- A dropped table is forgotten (its model stays declared; sync makes it
-- again), so that a stale OID never names another relation.
CREATE FUNCTION association.forget_dropped_tables() RETURNS event_trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE association.models SET relid = NULL
     WHERE relid::pg_catalog.oid OPERATOR(pg_catalog.=) ANY (
           SELECT d.objid FROM pg_catalog.pg_event_trigger_dropped_objects() d
            WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid);
END $$;
CREATE EVENT TRIGGER association_forget_dropped_tables ON sql_drop
    EXECUTE FUNCTION association.forget_dropped_tables();

-- Any change to the catalog, through our functions or by hand (pg_restore,
-- UPDATE), tells every backend to drop its cached registry.
CREATE FUNCTION association.invalidate_cache() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'association_invalidate_cache';

CREATE TRIGGER invalidate_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON association.models
    FOR EACH STATEMENT EXECUTE FUNCTION association.invalidate_cache();
CREATE TRIGGER invalidate_cache
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON association.associations
    FOR EACH STATEMENT EXECUTE FUNCTION association.invalidate_cache();

-- Keeps a model's updatedAt column current: BEFORE UPDATE, argument = column.
CREATE FUNCTION association.touch_updated_at() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'association_touch_updated_at';

-- Makes accessor views writable: INSTEAD OF INSERT OR DELETE, arguments =
-- source model and association name.
CREATE FUNCTION association.accessor_view_write() RETURNS trigger
    LANGUAGE c AS 'MODULE_PATHNAME', 'association_accessor_view_write';

-- Every accessor view calls this in its WHERE clause.  It is always true
-- (the planner folds it away); it makes each view depend on the extension,
-- so that DROP EXTENSION association CASCADE drops the views with their
-- write trigger instead of leaving plain views through which a DELETE
-- would delete the target rows themselves.
CREATE FUNCTION association.accessor_view_marker() RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    AS 'SELECT true';

-- The aggregate eager loading builds an included list with: a json array
-- of the rows' objects, as array_to_json(array_agg(x)) writes it ("[{...},
-- {...}]", no line breaks) but without the intermediate array.
CREATE FUNCTION association.json_array_step(internal, record) RETURNS internal
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'association_json_array_step';
CREATE FUNCTION association.json_array_final(internal) RETURNS json
    LANGUAGE c IMMUTABLE PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'association_json_array_final';
CREATE AGGREGATE association.json_array(record) (
    SFUNC = association.json_array_step,
    STYPE = internal,
    FINALFUNC = association.json_array_final,
    PARALLEL = SAFE
);

-- Models ------------------------------------------------------------------

CREATE FUNCTION association.define_model(name text,
                                         attributes json DEFAULT '{}',
                                         options jsonb DEFAULT '{}')
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_define_model';

CREATE FUNCTION association.drop_model(name text, options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_drop_model';

-- Associations ------------------------------------------------------------

CREATE FUNCTION association.belongs_to(source text, target text, options jsonb DEFAULT '{}')
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_belongs_to';

CREATE FUNCTION association.has_one(source text, target text, options jsonb DEFAULT '{}')
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_has_one';

CREATE FUNCTION association.has_many(source text, target text, options jsonb DEFAULT '{}')
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_has_many';

CREATE FUNCTION association.belongs_to_many(source text, target text, options jsonb DEFAULT NULL)
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_belongs_to_many';

CREATE FUNCTION association.drop_association(source text, name text)
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_drop_association';

-- Sync --------------------------------------------------------------------

CREATE FUNCTION association.sync(options jsonb DEFAULT '{}')
    RETURNS SETOF text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_sync';

CREATE FUNCTION association.sync_sql(options jsonb DEFAULT '{}')
    RETURNS SETOF text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_sync_sql';

CREATE FUNCTION association.drop_all()
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_drop_all';

-- Introspection and inflection --------------------------------------------

CREATE FUNCTION association.describe(model text)
    RETURNS jsonb LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_describe';

CREATE FUNCTION association.pluralize(word text)
    RETURNS text LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'association_pluralize';

CREATE FUNCTION association.singularize(word text)
    RETURNS text LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
    AS 'MODULE_PATHNAME', 'association_singularize';

-- Rows --------------------------------------------------------------------

CREATE FUNCTION association.create(model text, "values" jsonb, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create';

-- Instance functions (the mixins) ------------------------------------------
-- key and targets are "any": a key of the instance attribute's type (or any
-- type that converts to it), targets a key, an array of keys, NULL, or jsonb.
-- Each also exists with text in those places, so that an untyped parameter
-- ($1 from a driver, a quoted literal) resolves: the C code reads the actual
-- argument type either way.

CREATE FUNCTION association.get(model text, key "any", association text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_get';

CREATE FUNCTION association.get(model text, key text, association text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_get';

CREATE FUNCTION association.count(model text, key "any", association text, options jsonb DEFAULT '{}')
    RETURNS bigint LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_count';

CREATE FUNCTION association.count(model text, key text, association text, options jsonb DEFAULT '{}')
    RETURNS bigint LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_count';

CREATE FUNCTION association.has(model text, key "any", association text, targets "any")
    RETURNS boolean LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_has';

CREATE FUNCTION association.has(model text, key "any", association text, targets text)
    RETURNS boolean LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_has';

CREATE FUNCTION association.has(model text, key text, association text, targets "any")
    RETURNS boolean LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_has';

CREATE FUNCTION association.has(model text, key text, association text, targets text)
    RETURNS boolean LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_has';

CREATE FUNCTION association.set(model text, key "any", association text, targets "any", options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_set';

CREATE FUNCTION association.set(model text, key "any", association text, targets text, options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_set';

CREATE FUNCTION association.set(model text, key text, association text, targets "any", options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_set';

CREATE FUNCTION association.set(model text, key text, association text, targets text, options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_set';

CREATE FUNCTION association.add(model text, key "any", association text, targets "any", options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_add';

CREATE FUNCTION association.add(model text, key "any", association text, targets text, options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_add';

CREATE FUNCTION association.add(model text, key text, association text, targets "any", options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_add';

CREATE FUNCTION association.add(model text, key text, association text, targets text, options jsonb DEFAULT '{}')
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_add';

CREATE FUNCTION association.remove(model text, key "any", association text, targets "any")
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_remove';

CREATE FUNCTION association.remove(model text, key "any", association text, targets text)
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_remove';

CREATE FUNCTION association.remove(model text, key text, association text, targets "any")
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_remove';

CREATE FUNCTION association.remove(model text, key text, association text, targets text)
    RETURNS void LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_remove';

CREATE FUNCTION association.create_associated(model text, key "any", association text, "values" jsonb DEFAULT '{}', options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create_associated';

CREATE FUNCTION association.create_associated(model text, key text, association text, "values" jsonb DEFAULT '{}', options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create_associated';

-- Model-level queries: eager loading ---------------------------------------

CREATE FUNCTION association.find_all(model text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_all';

CREATE FUNCTION association.find_one(model text, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_one';

CREATE FUNCTION association.find_and_count_all(model text, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_and_count_all';

-- Verification --------------------------------------------------------------

-- verify() returns what is inconsistent between the catalog and the
-- database, one row per problem: no rows means all is well.  Each check
-- reports its own failure as a row instead of stopping the others.
CREATE FUNCTION association.verify() RETURNS SETOF text LANGUAGE plpgsql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r record;
    d jsonb;
    pending bigint;
BEGIN
    FOR r IN SELECT m.name FROM association.models m ORDER BY m.ordinal LOOP
        BEGIN
            d := association.describe(r.name);
            RETURN QUERY
                SELECT format('association %s of model %s does not resolve: %s',
                              b->>'name', r.name, b->>'error')
                  FROM jsonb_array_elements(COALESCE(d->'brokenAssociations', '[]')) b;
        EXCEPTION WHEN OTHERS THEN
            RETURN NEXT format('model %s does not resolve: %s', r.name, SQLERRM);
        END;
    END LOOP;
    FOR r IN SELECT m.name FROM association.models m
              WHERE m.relid IS NOT NULL
                AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = m.relid::oid)
              ORDER BY m.ordinal LOOP
        RETURN NEXT format('model %s records a table that no longer exists', r.name);
    END LOOP;
    FOR r IN SELECT * FROM association.sync_objects o
              WHERE to_regclass(format('%I.%I', o.schema_name, o.table_name)) IS NULL
              ORDER BY o.object_type, o.schema_name, o.table_name, o.object_name LOOP
        RETURN NEXT format('%s %I.%I recorded by sync does not exist', r.object_type,
                           r.schema_name, r.table_name);
    END LOOP;
    BEGIN
        SELECT count(*) INTO pending FROM association.sync_sql();
        IF pending > 0 THEN
            RETURN NEXT format('the database does not match the declarations: sync would run %s statements', pending);
        END IF;
    EXCEPTION WHEN OTHERS THEN
        RETURN NEXT format('sync would fail: %s', SQLERRM);
    END;
END $$;
