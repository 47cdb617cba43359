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
