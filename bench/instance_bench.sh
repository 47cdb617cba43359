#!/usr/bin/env bash
# Instance functions against the best hand-written SQL for the same work,
# same data, same run: pgbench, one client, prepared statements on both
# sides, both scripts in one run (each transaction picks one at random),
# ROUNDS runs of DURATION seconds per operation.  Prints the median time
# of a call on each side and the ratio (association / hand-written;
# 1.00 = no overhead).
#
#   bash bench/instance_bench.sh              # on a throwaway cluster (pg_virtualenv)
#   DURATION=10 bash bench/instance_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INSIDE_VIRTUALENV:-}" ]; then
  scripts/install-deps.sh
  scripts/build.sh
  INSIDE_VIRTUALENV=1 exec pg_virtualenv -v 15 -o shared_buffers=256MB -o max_locks_per_transaction=1024 bash "$0" "$@"
fi
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS association;
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Project', '{"title": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('User', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects", "timestamps": false}');
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (name) SELECT 'team ' || g FROM generate_series(1, 1000) g;
INSERT INTO "Players" (name, "TeamId") SELECT 'player ' || g, 1 + g % 1000 FROM generate_series(1, 10000) g;
INSERT INTO "Projects" (title) SELECT 'project ' || g FROM generate_series(1, 1000) g;
INSERT INTO "Users" (name) SELECT 'user ' || g FROM generate_series(1, 10000) g;
INSERT INTO "UserProjects" ("ProjectId", "UserId")
  SELECT 1 + g % 1000, 1 + (g * 7919) % 10000 FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING;
VACUUM ANALYZE;
SQL

ten='\set a random(1, 10000)
\set b random(1, 10000)
\set c random(1, 10000)
\set d random(1, 10000)
\set e random(1, 10000)
\set f random(1, 10000)
\set g random(1, 10000)
\set h random(1, 10000)
\set i random(1, 10000)
\set j random(1, 10000)'
arr='ARRAY[:a, :b, :c, :d, :e, :f, :g, :h, :i, :j]::int[]'

write() { printf '%s\n' "$2" > "$work/$1.sql"; }
write get_ours   '\set t random(1, 1000)
SELECT * FROM association.get('"'"'Team'"'"', :t, '"'"'Players'"'"');'
write get_hand   '\set t random(1, 1000)
SELECT row_to_json(p) FROM (SELECT id, name, "TeamId" FROM "Players" WHERE "TeamId" = :t) p;'
write count_ours '\set t random(1, 1000)
SELECT association.count('"'"'Team'"'"', :t, '"'"'Players'"'"');'
write count_hand '\set t random(1, 1000)
SELECT count(*) FROM "Players" WHERE "TeamId" = :t;'
write has_ours   "\\set p random(1, 1000)
\\set u random(1, 10000)
SELECT association.has('Project', :p, 'Users', ARRAY[:u, :u + 1]::int[]);"
write has_hand   "\\set p random(1, 1000)
\\set u random(1, 10000)
SELECT count(DISTINCT \"UserId\") = 2 FROM \"UserProjects\" WHERE \"ProjectId\" = :p AND \"UserId\" = ANY (ARRAY[:u, :u + 1]::int[]);"
write add_ours   "\\set p random(1, 1000)
\\set u random(1, 10000)
SELECT association.add('Project', :p, 'Users', :u);"
write add_hand   "\\set p random(1, 1000)
\\set u random(1, 10000)
INSERT INTO \"UserProjects\" (\"ProjectId\", \"UserId\") VALUES (:p, :u) ON CONFLICT DO NOTHING;"
write set_ours   "\\set p random(1, 1000)
$ten
SELECT association.set('Project', :p, 'Users', $arr);"
write set_hand   "\\set p random(1, 1000)
$ten
WITH del AS (DELETE FROM \"UserProjects\" WHERE \"ProjectId\" = :p AND \"UserId\" <> ALL ($arr))
INSERT INTO \"UserProjects\" (\"ProjectId\", \"UserId\") SELECT DISTINCT :p::int, u FROM unnest($arr) u ORDER BY 2 ON CONFLICT DO NOTHING;"
write bulk_ours  "BEGIN;
SELECT association.add('Project', 1, 'Users', (SELECT array_agg(g) FROM generate_series(1, 10000) g));
ROLLBACK;"
write bulk_hand  "BEGIN;
INSERT INTO \"UserProjects\" (\"ProjectId\", \"UserId\") SELECT 1, g FROM generate_series(1, 10000) g ON CONFLICT DO NOTHING;
ROLLBACK;"

# One pgbench run per operation with both scripts, each transaction picking
# one at random: both sides run under the same conditions (this machine's
# speed drifts from one second to the next).  The time of every call comes
# from pgbench's transaction log; each side's median is reported.
median_us() {   # median_us SCRIPT_NO LOGS...: median latency (us) of one script's transactions
  local n=$1; shift
  awk -v n="$n" '$4 == n { print $3 }' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

printf '%-28s %12s %12s %8s\n' "operation" "ours us" "hand us" "ratio"
for op in get count has add set bulk; do
  case $op in
    get) label="get (10 rows)";; count) label="count";; has) label="has (2 targets)";;
    add) label="add (1 target, n:m)";; set) label="set (10 targets, n:m)";; bulk) label="bulk add (10,000 targets)";;
  esac
  pgbench -n -M prepared -c 1 -T 1 -f "$work/${op}_ours.sql@1" -f "$work/${op}_hand.sql@1" >/dev/null 2>&1  # warm-up
  rm -f "$work"/log.*
  for round in $(seq "$ROUNDS"); do
    pgbench -n -M prepared -c 1 -T "$DURATION" -l --log-prefix="$work/log.$round" \
      -f "$work/${op}_ours.sql@1" -f "$work/${op}_hand.sql@1" >/dev/null 2>&1
  done
  ours=$(median_us 0 "$work"/log.*); hand=$(median_us 1 "$work"/log.*)
  printf '%-28s %12d %12d %8.2f\n' "$label" "$ours" "$hand" "$(echo "$ours / $hand" | bc -l)"
done
