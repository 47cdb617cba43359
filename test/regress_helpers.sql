-- Helpers shared by the pg_regress files (sql/*.sql), included with \i.
-- err(sql) runs sql and returns 'ok' or the error as SQLSTATE, message, hint
CREATE FUNCTION err(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; hint text;
BEGIN
  EXECUTE sql; RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || CASE WHEN hint <> '' THEN E'\nHINT: ' || hint ELSE '' END;
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
