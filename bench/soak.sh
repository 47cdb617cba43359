#!/usr/bin/env bash
# Concurrency under load: 8 pgbench clients for DURATION seconds (60 by
# default) mixing add/remove/set/get/create_associated on shared rows, then
# invariant checks: no duplicate junction rows, one hasOne target per source,
# every foreign key valid.  Prints transactions, errors by SQLSTATE (from
# the server log) and the invariants.  Then a memory check: 100,000 get
# calls in one backend must keep its memory flat.
#   bash bench/soak.sh            # DURATION=60 CLIENTS=8
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INSIDE_VIRTUALENV:-}" ]; then
  scripts/install-deps.sh; scripts/build.sh
  INSIDE_VIRTUALENV=1 exec pg_virtualenv -v 15 -o log_min_messages=error -o log_min_error_statement=panic \
    -o deadlock_timeout=100ms -o log_error_verbosity=verbose bash "$0" "$@"
fi
DURATION=${DURATION:-60}
CLIENTS=${CLIENTS:-8}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION association;
SELECT association.define_model('Team', '{"name": "STRING"}');
SELECT association.define_model('Player', '{"name": "STRING"}');
SELECT association.define_model('Coach', '{"name": "STRING"}');
SELECT association.define_model('Project', '{"title": "STRING"}');
SELECT association.define_model('User', '{"name": "STRING"}');
SELECT association.has_many('Team', 'Player');
SELECT association.has_one('Team', 'Coach');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects"}');
SELECT association.define_model('Squad', '{"name": "STRING"}');
SELECT association.define_model('Member', '{"name": "STRING"}');
SELECT association.has_many('Squad', 'Member');
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (name) SELECT 't' || g FROM generate_series(1, 20) g;
INSERT INTO "Players" (name) SELECT 'p' || g FROM generate_series(1, 200) g;
INSERT INTO "Coaches" (name) SELECT 'c' || g FROM generate_series(1, 40) g;
INSERT INTO "Projects" (title) SELECT 'p' || g FROM generate_series(1, 20) g;
INSERT INTO "Users" (name) SELECT 'u' || g FROM generate_series(1, 200) g;
INSERT INTO "Squads" (name) SELECT 's' || g FROM generate_series(1, 4) g;
INSERT INTO "Members" (name) SELECT 'm' || g FROM generate_series(1, 20) g;
SQL

cat > "$work/mix.sql" <<'EOF2'
\set t random(1, 20)
\set p random(1, 200)
\set q random(1, 200)
\set c random(1, 40)
\set op random(1, 9)
SELECT CASE :op
  WHEN 1 THEN (SELECT count(*)::text FROM association.get('Team', :t, 'Players'))
  WHEN 2 THEN (SELECT association.add('Team', :t, 'Players', ARRAY[:p, :q])::text)
  WHEN 3 THEN (SELECT association.remove('Team', :t, 'Players', :p)::text)
  WHEN 4 THEN (SELECT association.set('Team', :t, 'Players', ARRAY[:q, :p, :q + 0])::text)
  WHEN 5 THEN (SELECT association.set('Team', :t, 'Coach', :c)::text)
  WHEN 6 THEN (SELECT association.add('Project', :t, 'Users', ARRAY[:p, :q])::text)
  WHEN 7 THEN (SELECT association.set('Project', :t, 'Users', ARRAY[:q, :p])::text)
  WHEN 8 THEN (SELECT association.remove('Project', :t, 'Users', ARRAY[:p])::text)
  ELSE (SELECT association.create_associated('Project', :t, 'Users', '{"name": "new"}')::text)
END;
EOF2

# hasMany set on heavily overlapping targets: 4 squads, 20 members, two
# targets per call (0.1.0 deadlocked here: the lock statement's snapshot
# predated its advisory lock)
cat > "$work/overlap.sql" <<'EOF2'
\set t random(1, 4)
\set p random(1, 20)
\set q random(1, 20)
SELECT association.set('Squad', :t, 'Members', ARRAY[:p, :q]);
EOF2

log=$(ls -t /var/log/postgresql/*.log | head -n 1)
before=$(wc -l < "$log")
echo "== pgbench: hasMany set on overlapping targets, $CLIENTS clients, $((DURATION / 4)) s"
pgbench -n -c "$CLIENTS" -j 2 -T "$((DURATION / 4))" -f "$work/overlap.sql" 2>&1 | grep -E "^(number of transactions actually processed|number of failed|tps)" || true
echo "== deadlocks and other errors (server log)"
tail -n +"$((before + 1))" "$log" | grep -oE 'ERROR:  [0-9A-Z]{5}|ERROR:  .*deadlock' | sort | uniq -c || echo "   none"
before=$(wc -l < "$log")
echo "== pgbench: $CLIENTS clients, $DURATION s"
pgbench -n -c "$CLIENTS" -j 2 -T "$DURATION" -f "$work/mix.sql" 2>&1 | grep -E "^(number of transactions actually processed|number of failed|tps)" || true
echo "== errors by SQLSTATE (server log)"
tail -n +"$((before + 1))" "$log" | grep -oE 'ERROR:  [0-9A-Z]{5}|ERROR:  .*deadlock' | sort | uniq -c || echo "   none"
echo "== invariants"
psql -X -q -At <<'SQL'
SELECT 'duplicate junction rows: ' || count(*) FROM (SELECT 1 FROM "UserProjects" GROUP BY "ProjectId", "UserId" HAVING count(*) > 1) d;
SELECT 'teams with more than one coach: ' || count(*) FROM (SELECT 1 FROM "Coaches" WHERE "TeamId" IS NOT NULL GROUP BY "TeamId" HAVING count(*) > 1) d;
SELECT 'dangling keys: ' || ((SELECT count(*) FROM "Players" p WHERE "TeamId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Teams" t WHERE t.id = p."TeamId"))
                           + (SELECT count(*) FROM "UserProjects" j WHERE NOT EXISTS (SELECT 1 FROM "Users" u WHERE u.id = j."UserId")));
SELECT 'junction rows: ' || count(*) FROM "UserProjects";
SQL
echo "== memory: 100,000 get calls in one backend"
psql -X -q -At <<'SQL'
CREATE TEMP TABLE mem (at text, bytes bigint);
INSERT INTO mem SELECT 'after 1,000', sum(total_bytes) FROM pg_backend_memory_contexts
  WHERE (SELECT count(*) FROM generate_series(1, 1000) g, association.get('Team', 1 + g % 20, 'Players')) >= 0;
DO $$ BEGIN FOR i IN 1..100000 LOOP PERFORM count(*) FROM association.get('Team', 1 + i % 20, 'Players'); END LOOP; END $$;
INSERT INTO mem SELECT 'after 101,000', sum(total_bytes) FROM pg_backend_memory_contexts;
SELECT at || ': ' || pg_size_pretty(bytes) FROM mem;
SELECT 'change over 100,000 calls: ' || pg_size_pretty((SELECT bytes FROM mem WHERE at = 'after 101,000') - (SELECT bytes FROM mem WHERE at = 'after 1,000'));
SQL
