-- Declares N models and 2N associations (a hasMany + belongsTo pair to the
-- previous model, and a belongsToMany ring every 10th model), then times
-- declaration, sync, a second (no-op) sync and sync_sql.
-- psql -v n=500 -f bench/sync_bench.sql
\set ON_ERROR_STOP 1
\pset pager off
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS association CASCADE;
DROP SCHEMA IF EXISTS bench_sync CASCADE;
CREATE SCHEMA bench_sync;
SET search_path = bench_sync, public;
CREATE EXTENSION association;

CREATE TEMP TABLE timings (step text, ms numeric);
CREATE FUNCTION pg_temp.clock() RETURNS timestamptz LANGUAGE sql AS 'SELECT clock_timestamp()';

SELECT clock_timestamp() AS t0 \gset
SELECT count(association.define_model('M' || i, '{"name": "STRING", "rank": "INTEGER"}'))
  FROM generate_series(1, :n) i;
SELECT clock_timestamp() AS t1 \gset
SELECT count(*) FROM (
  SELECT association.has_many('M' || (i - 1), 'M' || i, jsonb_build_object('as', 'Kids' || i)),
         association.belongs_to('M' || i, 'M' || (i - 1), jsonb_build_object('as', 'parent' || i, 'foreignKey', 'parentId'))
    FROM generate_series(2, :n) i) s;
SELECT count(association.belongs_to_many('M' || i, 'M' || (i % :n + 1),
                                        jsonb_build_object('through', 'J' || i)))
  FROM generate_series(1, :n, 10) i;
SELECT clock_timestamp() AS t2 \gset
SELECT count(*) AS statements FROM association.sync();
SELECT clock_timestamp() AS t3 \gset
SELECT count(*) AS statements_second_sync FROM association.sync();
SELECT clock_timestamp() AS t4 \gset
SELECT count(*) AS statements_sync_sql FROM association.sync_sql();
SELECT clock_timestamp() AS t5 \gset
SELECT count(*) AS models FROM association.models;
SELECT count(*) AS associations FROM association.associations;
SELECT step, round(ms) AS ms FROM (VALUES
  ('declare ' || :n || ' models', extract(epoch FROM :'t1'::timestamptz - :'t0'::timestamptz) * 1000),
  ('declare associations', extract(epoch FROM :'t2'::timestamptz - :'t1'::timestamptz) * 1000),
  ('sync (create everything)', extract(epoch FROM :'t3'::timestamptz - :'t2'::timestamptz) * 1000),
  ('sync again (no-op)', extract(epoch FROM :'t4'::timestamptz - :'t3'::timestamptz) * 1000),
  ('sync_sql (plan only)', extract(epoch FROM :'t5'::timestamptz - :'t4'::timestamptz) * 1000)) v(step, ms);
DROP SCHEMA bench_sync CASCADE;
DROP EXTENSION association CASCADE;
