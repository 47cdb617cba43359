-- association 0.1.0 -> 0.2.0 (ALTER EXTENSION association UPDATE).
\echo Use "ALTER EXTENSION association UPDATE" to load this file. \quit

-- What sync made now belongs to the role whose declaration it came from:
-- existing rows go to the owner of the relation they name.
ALTER TABLE association.sync_objects ADD COLUMN owner name;
UPDATE association.sync_objects o
   SET owner = COALESCE((SELECT pg_catalog.pg_get_userbyid(c.relowner)
                           FROM pg_catalog.pg_class c
                          WHERE c.oid OPERATOR(pg_catalog.=)
                                pg_catalog.to_regclass(pg_catalog.format('%I.%I', o.schema_name, o.table_name))::pg_catalog.oid),
                        current_user);
ALTER TABLE association.sync_objects ALTER COLUMN owner SET NOT NULL,
                                     ALTER COLUMN owner SET DEFAULT current_user;
ALTER TABLE association.sync_objects ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON association.sync_objects FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);

-- Policies compare with a schema-qualified operator.
DROP POLICY own_rows ON association.models;
CREATE POLICY own_rows ON association.models FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);
DROP POLICY own_rows ON association.associations;
CREATE POLICY own_rows ON association.associations FOR ALL
    USING (owner OPERATOR(pg_catalog.=) current_user)
    WITH CHECK (owner OPERATOR(pg_catalog.=) current_user);

-- The event trigger's function pins its search_path.
CREATE OR REPLACE FUNCTION association.forget_dropped_tables() RETURNS event_trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE association.models SET relid = NULL
     WHERE relid::pg_catalog.oid OPERATOR(pg_catalog.=) ANY (
           SELECT d.objid FROM pg_catalog.pg_event_trigger_dropped_objects() d
            WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid);
END $$;

-- verify() returns what is inconsistent between the catalog and the
-- database, one row per problem: no rows means all is well.  Each check
-- reports its own failure as a row instead of stopping the others.
CREATE OR REPLACE FUNCTION association.verify() RETURNS SETOF text LANGUAGE plpgsql VOLATILE
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

-- Accessor views made from now on call this in its WHERE clause.  It is always true
-- (the planner folds it away); it makes each view depend on the extension,
-- so that DROP EXTENSION association CASCADE drops the views with their
-- write trigger instead of leaving plain views through which a DELETE
-- would delete the target rows themselves.
CREATE FUNCTION association.accessor_view_marker() RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
    AS 'SELECT true';
-- (sync replaces the views 0.1.0 made).

-- Rows come back as json, keys in Sequelize's toJSON() order (jsonb
-- would sort them): the declarations keep the order of their attributes
-- (declarations made with 0.1.0 keep the order jsonb gave them), and the
-- functions that take attributes or return rows are made again.
ALTER TABLE association.models ALTER COLUMN attributes DROP DEFAULT;
ALTER TABLE association.models ALTER COLUMN attributes TYPE json USING attributes::json;
ALTER TABLE association.models ALTER COLUMN attributes SET DEFAULT '{}';
DROP FUNCTION association.define_model(text, jsonb, jsonb);
DROP FUNCTION association.create(text, jsonb, jsonb);
DROP FUNCTION association.get(text, "any", text, jsonb);
DROP FUNCTION association.get(text, text, text, jsonb);
DROP FUNCTION association.create_associated(text, "any", text, jsonb, jsonb);
DROP FUNCTION association.create_associated(text, text, text, jsonb, jsonb);
DROP FUNCTION association.find_all(text, jsonb);
DROP FUNCTION association.find_one(text, jsonb);
DROP FUNCTION association.find_and_count_all(text, jsonb);

CREATE FUNCTION association.define_model(name text,
                                         attributes json DEFAULT '{}',
                                         options jsonb DEFAULT '{}')
    RETURNS text LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_define_model';

CREATE FUNCTION association.create(model text, "values" jsonb, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create';

CREATE FUNCTION association.get(model text, key "any", association text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_get';

CREATE FUNCTION association.get(model text, key text, association text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_get';

CREATE FUNCTION association.create_associated(model text, key "any", association text, "values" jsonb DEFAULT '{}', options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create_associated';

CREATE FUNCTION association.create_associated(model text, key text, association text, "values" jsonb DEFAULT '{}', options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c VOLATILE
    AS 'MODULE_PATHNAME', 'association_create_associated';

CREATE FUNCTION association.find_all(model text, options jsonb DEFAULT '{}')
    RETURNS SETOF json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_all';

CREATE FUNCTION association.find_one(model text, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_one';

CREATE FUNCTION association.find_and_count_all(model text, options jsonb DEFAULT '{}')
    RETURNS json LANGUAGE c STABLE
    AS 'MODULE_PATHNAME', 'association_find_and_count_all';

-- The aggregate eager loading builds an included list with (new in 0.2.0).
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
