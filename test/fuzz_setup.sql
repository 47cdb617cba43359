-- Fuzzing harness: association.fuzz(iterations, seed) sends random and
-- mutated calls to every function of the extension and returns how each
-- ended, by SQLSTATE.  A crash would end the session; an internal error
-- (XX000) is a bug; everything else must be a clean ERROR with a SQLSTATE.
-- Used by sql/fuzz.sql (small, in the suite) and bench/fuzz.sh (large).
CREATE SCHEMA IF NOT EXISTS fuzz;

CREATE FUNCTION fuzz.pick(a text[]) RETURNS text LANGUAGE sql AS
$$ SELECT a[1 + floor(random() * array_length(a, 1))::int] $$;

-- a random JSON value, up to depth levels deep, favouring the option names
-- and attribute names the functions know
CREATE FUNCTION fuzz.value(depth int) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  keys text[] := ARRAY['as','foreignKey','through','where','include','attributes','order','limit',
                       'offset','model','association','required','scope','sourceKey','targetKey',
                       'otherKey','onDelete','type','allowNull','unique','name','id','title','score',
                       'TeamId','Players','team','gte','in','or','and','not','between','like','$gt',
                       '$Players.score$','count','all','exclude','joinTableAttributes','UserProjects',
                       'status','defaultValue','references','primaryKey','x''); DROP TABLE t; --',
                       '', ' ', 'ünï', repeat('k', 70)];
  r float := random();
  n int;
  obj jsonb := '{}';
  arr jsonb := '[]';
BEGIN
  IF depth <= 0 OR r < 0.35 THEN
    RETURN fuzz.pick(ARRAY['null','true','false','0','1','-1','3.5','1e308','"x"','""','"STRING"',
                            '"Players"','"CASCADE"','"DESC"','"id > 0"','"1); DROP TABLE x; --"',
                            '"2020-01-01"','"00000000-0000-0000-0000-000000000000"',
                            '"' || repeat('z', 300) || '"', '[]', '{}', '99999999999999999999'])::jsonb;
  ELSIF r < 0.7 THEN
    FOR n IN 1..(1 + floor(random() * 4))::int LOOP
      obj := obj || jsonb_build_object(fuzz.pick(keys), fuzz.value(depth - 1));
    END LOOP;
    RETURN obj;
  ELSE
    FOR n IN 1..(floor(random() * 4))::int LOOP
      arr := arr || jsonb_build_array(fuzz.value(depth - 1));
    END LOOP;
    RETURN arr;
  END IF;
END $$;

-- a deep tree: {"include": {"include": ...}} or {"and": [{"and": ...}]}
CREATE FUNCTION fuzz.deep(k text, levels int) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v jsonb := '{}';
BEGIN
  FOR i IN 1..levels LOOP
    v := CASE WHEN k = 'and' THEN jsonb_build_object('and', jsonb_build_array(v))
              ELSE jsonb_build_object('association', 'Players', 'include', v) END;
  END LOOP;
  RETURN v;
END $$;

-- a string meant to fool a hand-written scanner: unbalanced quotes,
-- comments, dollar quotes, parentheses, semicolons, parameters
CREATE FUNCTION fuzz.sql_string() RETURNS text LANGUAGE plpgsql AS $fz$
DECLARE
  pieces text[] := ARRAY['name', ' = ', '''', '''''', E'\\', 'E''', '$$', '$x$', 'ñ', 'é$x$', '--', E'\n',
                         '/*', '*/', '(', ')', ';', ' OR true ', '1', '$1', '"', 'id', ' IS NULL', 'U&''',
                         E'\\\\', ' AND ', 'score > 0', ' UNION SELECT 1 '];
  s text := '';
BEGIN
  FOR i IN 1..(1 + floor(random() * 12))::int LOOP
    s := s || fuzz.pick(pieces);
  END LOOP;
  RETURN s;
END $fz$;

-- {"all": true} nested levels deep, sometimes wide with explicit elements
CREATE FUNCTION fuzz.all_tree(levels int) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v jsonb := '{"all": true}';
BEGIN
  FOR i IN 1..levels LOOP
    v := CASE WHEN random() < 0.5 THEN jsonb_build_object('all', true, 'include', v)
              ELSE jsonb_build_array(jsonb_build_object('association', 'Children', 'include', v),
                                     jsonb_build_object('association', 'parent', 'include', v), v) END;
  END LOOP;
  RETURN v;
END $$;

-- a type name for a timestamp attribute, of every kind
CREATE FUNCTION fuzz.type_name() RETURNS text LANGUAGE sql AS $$
  SELECT fuzz.pick(ARRAY['DATE', 'DATEONLY', 'TEXT', 'INTEGER', 'BOOLEAN', 'JSON', 'JSONB', 'UUID',
                         'timestamp', 'time', 'interval', 'STRING', 'BIGINT', 'DECIMAL(5,2)', 'bytea',
                         'int4range', 'text[]', 'point']) $$;

CREATE FUNCTION fuzz.run(iterations int, seed float)
RETURNS TABLE (sqlstate text, calls bigint) LANGUAGE plpgsql AS $$
DECLARE
  models text[] := ARRAY['Team','Player','User','Project','Nope', NULL, '', 'team'];
  assocs text[] := ARRAY['Players','Player','Team','team','Projects','Users','Nope', NULL];
  fns text[] := ARRAY['define_model','belongs_to','has_one','has_many','belongs_to_many',
                      'drop_association','sync_sql','describe','create','get','count','has',
                      'set','add','remove','create_associated','find_all','find_one',
                      'find_and_count_all','pluralize','composite','timestamps','trigger',
                      'all_tree','string_where'];
  kinds text[] := ARRAY['belongs_to','has_one','has_many','belongs_to_many'];
  f text; m text; a text; stmt text; st text;
  results jsonb := '{}';
BEGIN
  PERFORM setseed(seed);
  FOR i IN 1..iterations LOOP
    f := fuzz.pick(fns); m := fuzz.pick(models); a := fuzz.pick(assocs);
    stmt := CASE f
      WHEN 'define_model' THEN format('SELECT association.define_model(%L, %L, %L)', 'F' || i, fuzz.value(3), fuzz.value(2))
      WHEN 'drop_association' THEN format('SELECT association.drop_association(%L, %L)', m, 'F' || i)
      WHEN 'sync_sql' THEN format('SELECT count(*) FROM association.sync_sql(%L)', fuzz.value(2))
      WHEN 'describe' THEN format('SELECT association.describe(%L)', m)
      WHEN 'create' THEN format('SELECT association.create(%L, %L, %L)', m, fuzz.value(3), fuzz.value(3))
      WHEN 'get' THEN format('SELECT count(*) FROM association.get(%L, %L::jsonb->>0, %L, %L)', m, jsonb_build_array(fuzz.value(0)), a,
                             CASE WHEN random() < 0.1 THEN fuzz.deep('and', 40) ELSE fuzz.value(4) END)
      WHEN 'count' THEN format('SELECT association.count(%L, %s, %L, %L)', m, fuzz.pick(ARRAY['1','NULL','''x''','2.5','''00000000-0000-0000-0000-000000000000''::uuid']), a, fuzz.value(3))
      WHEN 'has' THEN format('SELECT association.has(%L, 1, %L, %L::jsonb)', m, a, fuzz.value(2))
      WHEN 'set' THEN format('SELECT association.set(%L, 1, %L, %L::jsonb, %L)', m, a, fuzz.value(2), fuzz.value(2))
      WHEN 'add' THEN format('SELECT association.add(%L, %s, %L, %s)', m, fuzz.pick(ARRAY['1','2','NULL','''1''']), a,
                             fuzz.pick(ARRAY['ARRAY[1,2]','NULL','ARRAY[NULL::int]','''[1, {"id": 2}]''::jsonb','''{"id": null}''::jsonb','3', quote_literal(fuzz.value(2)::text)]))
      WHEN 'remove' THEN format('SELECT association.remove(%L, 1, %L, %L::jsonb)', m, a, fuzz.value(1))
      WHEN 'create_associated' THEN format('SELECT association.create_associated(%L, 1, %L, %L, %L)', m, a, fuzz.value(2), fuzz.value(2))
      WHEN 'find_all' THEN format('SELECT count(*) FROM association.find_all(%L, %L)', m,
                                  CASE WHEN random() < 0.1 THEN jsonb_build_object('include', fuzz.deep('include', 30)) ELSE fuzz.value(4) END)
      WHEN 'find_one' THEN format('SELECT association.find_one(%L, %L)', m, fuzz.value(4))
      WHEN 'find_and_count_all' THEN format('SELECT association.find_and_count_all(%L, %L)', m, fuzz.value(4))
      WHEN 'pluralize' THEN format('SELECT association.pluralize(%L)', fuzz.value(0)::text)
      -- a model with a composite primary key, associated either way, synced and used
      WHEN 'composite' THEN format('SELECT association.define_model(%L, %L); SELECT association.%s(%L, %L, %L); '
                                   'SELECT count(*) FROM association.sync(); SELECT association.%s(%L, 1, %L%s)',
                                   'C' || i, '{"a": {"type": "INTEGER", "primaryKey": true}, "b": {"type": "INTEGER", "primaryKey": true}}',
                                   fuzz.pick(kinds), fuzz.pick(ARRAY['C' || i, 'Team']), fuzz.pick(ARRAY['C' || i, 'Team', 'Player']),
                                   jsonb_build_object('as', 'x' || i, 'foreignKey', fuzz.pick(ARRAY['a', 'b', 'fk' || i]),
                                                      'through', 'J' || i),
                                   fuzz.pick(ARRAY['get', 'count', 'has', 'set', 'add', 'remove', 'create_associated']),
                                   fuzz.pick(ARRAY['C' || i, 'Team']), 'x' || i,
                                   fuzz.pick(ARRAY['', ', 1', ', ARRAY[1,2]', ', ''{"a": 1}''']))
      -- createdAt/updatedAt of any type, declared or on a table that exists
      WHEN 'timestamps' THEN format('CREATE TABLE t_fuzz.ts%s ("updatedAt" %s, "createdAt" %s); '
                                    'SELECT association.define_model(%L, %L, %L); SELECT count(*) FROM association.sync(); '
                                    'SELECT association.create(%L, %L); UPDATE t_fuzz.ts%s SET "createdAt" = "createdAt"',
                                    i, fuzz.pick(ARRAY['text', 'integer', 'date', 'timestamptz', 'boolean']),
                                    fuzz.pick(ARRAY['text', 'timestamp', 'jsonb']),
                                    'Ts' || i, jsonb_build_object(fuzz.pick(ARRAY['createdAt', 'updatedAt', 'x']), fuzz.type_name()),
                                    jsonb_build_object('tableName', 'ts' || fuzz.pick(ARRAY[i::text, 'x' || i])),
                                    'Ts' || i, fuzz.value(1), i)
      -- the trigger functions attached by hand to anything
      WHEN 'trigger' THEN format('CREATE TEMP TABLE tt%s (id int, a %s, b %s); INSERT INTO tt%s VALUES (1, NULL, NULL); '
                                 'CREATE TRIGGER t BEFORE UPDATE ON tt%s FOR EACH ROW EXECUTE FUNCTION association.touch_updated_at(%L); '
                                 'UPDATE tt%s SET id = 2; '
                                 'CREATE TEMP VIEW tv%s AS SELECT 1 AS source_key, %s AS id, %s AS "UserProjects"; '
                                 'CREATE TRIGGER w INSTEAD OF INSERT OR DELETE ON tv%s FOR EACH ROW EXECUTE FUNCTION association.accessor_view_write(%L, %L); '
                                 'INSERT INTO tv%s VALUES (1, 1, NULL); DELETE FROM tv%s',
                                 i, fuzz.type_name(), fuzz.type_name(), i, i, fuzz.pick(ARRAY['a', 'b', 'id', 'nope', '']), i,
                                 i, fuzz.pick(ARRAY['1', '''x''', 'NULL::int']), fuzz.pick(ARRAY['1', 'ROW(1,2)', 'NULL::text']),
                                 i, coalesce(m, 'x'), coalesce(a, 'x'), i, i)
      WHEN 'all_tree' THEN format('SELECT count(*) FROM association.find_all(%L, %L)', 'Node',
                                  jsonb_build_object('include', fuzz.all_tree((1 + floor(random() * 10))::int)))
      WHEN 'string_where' THEN format('SELECT count(*) FROM association.get(%L, 1, %L, %L)', 'Team', 'Players',
                                      jsonb_build_object('where', fuzz.sql_string()))
      ELSE format('SELECT association.%s(%L, %L, %L)', f, m, fuzz.pick(models), fuzz.value(3))
    END;
    BEGIN
      EXECUTE stmt;
      st := 'ok';
      -- keep the catalog small: declarations made by the fuzzer are undone
      RAISE SQLSTATE 'FZ000';
    EXCEPTION WHEN SQLSTATE 'FZ000' THEN
      NULL;
    WHEN OTHERS THEN
      st := SQLSTATE;
      IF st = 'XX000' THEN
        RAISE NOTICE 'internal error: % -- %', SQLERRM, stmt;
      END IF;
    END;
    results := jsonb_set(results, ARRAY[st], to_jsonb(coalesce((results->>st)::bigint, 0) + 1));
  END LOOP;
  RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(results) ORDER BY key;
END $$;
