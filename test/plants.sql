-- Look-alikes planted in schema public by a role with CREATE there (as in
-- databases made before PostgreSQL 15): operators, functions, aggregates and
-- types with the names the extension's SQL uses, for the argument types it
-- uses.  Each one, if it ever runs, bumps public.planted_ran and tries to
-- make the planter a superuser.  Used by sql/hostile_roles.sql, whose calls
-- run with search_path = public, pg_catalog so that a plant wins every tie.
-- Run as the planting role.
CREATE SEQUENCE public.planted_ran;
GRANT USAGE, SELECT, UPDATE ON SEQUENCE public.planted_ran TO PUBLIC;

CREATE FUNCTION public.planted() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_catalog.nextval('public.planted_ran');
  BEGIN
    EXECUTE 'ALTER ROLE t_h_planter SUPERUSER';
  EXCEPTION WHEN OTHERS THEN NULL;
  END;
  RETURN true;
END $$;

-- comparison and other operators for the types keys, scopes and catalog
-- columns have
DO $$
DECLARE
  t text;
  op text;
  types text[] := ARRAY['integer', 'bigint', 'text', 'character varying', 'uuid', 'oid', 'name',
                        'boolean', 'numeric', 'timestamp with time zone', 'jsonb', 'regclass'];
  ops text[] := ARRAY['=', '<>', '<', '>', '<=', '>='];
BEGIN
  FOREACH t IN ARRAY types LOOP
    EXECUTE format('CREATE FUNCTION public.planted_cmp(%s, %s) RETURNS boolean LANGUAGE sql AS %L',
                   t, t, 'SELECT public.planted()');
    FOREACH op IN ARRAY ops LOOP
      EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.planted_cmp)',
                     op, t, t);
    END LOOP;
  END LOOP;
END $$;
CREATE FUNCTION public.planted_cmp(oid, regclass) RETURNS boolean LANGUAGE sql AS 'SELECT public.planted()';
CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.planted_cmp);
CREATE FUNCTION public.planted_text(text, text) RETURNS text LANGUAGE sql AS 'SELECT public.planted()::text';
CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = public.planted_text);
CREATE OPERATOR public.~~ (LEFTARG = text, RIGHTARG = text, FUNCTION = public.planted_cmp);
CREATE FUNCTION public.planted_jsonb(jsonb, text) RETURNS boolean LANGUAGE sql AS 'SELECT public.planted()';
CREATE OPERATOR public.? (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = public.planted_jsonb);
CREATE FUNCTION public.planted_arrow(jsonb, text) RETURNS text LANGUAGE sql AS 'SELECT public.planted()::text';
CREATE OPERATOR public.->> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = public.planted_arrow);
CREATE FUNCTION public.planted_concat(jsonb, jsonb) RETURNS jsonb LANGUAGE sql AS 'SELECT $1 WHERE public.planted()';
CREATE OPERATOR public.|| (LEFTARG = jsonb, RIGHTARG = jsonb, FUNCTION = public.planted_concat);

-- functions the generated SQL calls, with the argument types it passes
CREATE FUNCTION public.now() RETURNS timestamptz LANGUAGE sql AS 'SELECT pg_catalog.now() WHERE public.planted()';
CREATE FUNCTION public.gen_random_uuid() RETURNS uuid LANGUAGE sql AS 'SELECT pg_catalog.gen_random_uuid() WHERE public.planted()';
CREATE FUNCTION public.unnest(anyarray) RETURNS SETOF anyelement LANGUAGE sql AS 'SELECT pg_catalog.unnest($1) WHERE public.planted()';
CREATE FUNCTION public.to_regclass(text) RETURNS regclass LANGUAGE sql AS 'SELECT pg_catalog.to_regclass($1) WHERE public.planted()';
CREATE FUNCTION public.format(text, name, name) RETURNS text LANGUAGE sql AS 'SELECT pg_catalog.format($1, $2, $3) WHERE public.planted()';
CREATE FUNCTION public.pg_advisory_xact_lock(bigint) RETURNS void LANGUAGE sql AS 'SELECT WHERE public.planted()';
CREATE FUNCTION public.hashtextextended(text, bigint) RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint WHERE public.planted()';
CREATE FUNCTION public.jsonb_populate_record(anyelement, jsonb) RETURNS anyelement LANGUAGE sql AS 'SELECT $1 WHERE public.planted()';
CREATE FUNCTION public.jsonb_build_object(text, integer) RETURNS jsonb LANGUAGE sql AS 'SELECT ''{}''::jsonb WHERE public.planted()';
CREATE FUNCTION public.jsonb_build_object(text, integer, text, text) RETURNS jsonb LANGUAGE sql AS 'SELECT ''{}''::jsonb WHERE public.planted()';
CREATE FUNCTION public.jsonb_build_object(text, integer, text, integer) RETURNS jsonb LANGUAGE sql AS 'SELECT ''{}''::jsonb WHERE public.planted()';
CREATE FUNCTION public.json_build_object(text, integer) RETURNS json LANGUAGE sql AS 'SELECT ''{}''::json WHERE public.planted()';
CREATE FUNCTION public.json_build_object(text, integer, text, text) RETURNS json LANGUAGE sql AS 'SELECT ''{}''::json WHERE public.planted()';
CREATE FUNCTION public.row_to_json(record) RETURNS json LANGUAGE plpgsql AS 'BEGIN PERFORM public.planted(); RETURN NULL; END';
CREATE FUNCTION public.row_number() RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint WHERE public.planted()';
CREATE FUNCTION public.pg_event_trigger_dropped_objects(OUT classid oid, OUT objid oid, OUT objsubid integer,
    OUT original boolean, OUT normal boolean, OUT is_temporary boolean, OUT object_type text,
    OUT schema_name text, OUT object_name text, OUT object_identity text, OUT address_names text[],
    OUT address_args text[]) RETURNS SETOF record LANGUAGE sql
    AS 'SELECT * FROM pg_catalog.pg_event_trigger_dropped_objects() WHERE public.planted()';
-- aggregates
CREATE FUNCTION public.planted_step(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT $1 + 1 WHERE public.planted()';
CREATE FUNCTION public.planted_step_any(bigint, anyelement) RETURNS bigint LANGUAGE sql AS 'SELECT $1 + 1 WHERE public.planted()';
CREATE AGGREGATE public.count(*) (SFUNC = public.planted_step, STYPE = bigint, INITCOND = '0');
CREATE AGGREGATE public.count(anyelement) (SFUNC = public.planted_step_any, STYPE = bigint, INITCOND = '0');
CREATE FUNCTION public.planted_agg(jsonb, anyelement) RETURNS jsonb LANGUAGE sql AS 'SELECT ''[]''::jsonb WHERE public.planted()';
CREATE AGGREGATE public.jsonb_agg(anyelement) (SFUNC = public.planted_agg, STYPE = jsonb);
CREATE FUNCTION public.planted_json_agg(json, anyelement) RETURNS json LANGUAGE sql AS 'SELECT ''[]''::json WHERE public.planted()';
CREATE AGGREGATE public.json_agg(anyelement) (SFUNC = public.planted_json_agg, STYPE = json);
-- types the SQL casts to
CREATE DOMAIN public.text AS pg_catalog.text CHECK (public.planted());
CREATE DOMAIN public.jsonb AS pg_catalog.jsonb CHECK (public.planted());
CREATE DOMAIN public.json AS pg_catalog.json CHECK (public.planted());
CREATE DOMAIN public.name AS pg_catalog.name CHECK (public.planted());
CREATE DOMAIN public.oid AS pg_catalog.oid CHECK (public.planted());
CREATE DOMAIN public.regclass AS pg_catalog.regclass CHECK (public.planted());
CREATE DOMAIN public.uuid AS pg_catalog.uuid CHECK (public.planted());
CREATE DOMAIN public.int4 AS pg_catalog.int4 CHECK (public.planted());
CREATE DOMAIN public.int8 AS pg_catalog.int8 CHECK (public.planted());
