#!/usr/bin/env bash
# association on one node against association on Citus (a coordinator and
# two workers, all started here on this machine by test/citus/nodes.sh), on
# 100,000 teams, 1,000,000 players and 1,000,000 team-tag rows:
#  - throughput of single-instance calls (get of a team's players, add of a
#    tag to a team) with pgbench, beside the fastest hand-written statement;
#  - time of a full eager load (find_all of every team with its players, and
#    with its tags), beside the fastest hand-written statement.
# The single node is a database without Citus on the coordinator's instance,
# so both sides have the same settings and the same machine.
#   DURATION=20 CLIENTS=4 RUNS=3 bash bench/citus_bench.sh
set -uo pipefail
cd "$(dirname "$0")"
. ../test/citus/nodes.sh
DURATION=${DURATION:-20}; CLIENTS=${CLIENTS:-4}; RUNS=${RUNS:-3}
citus_available || { echo "the citus extension is not installed in this PostgreSQL"; exit 1; }
citus_start "shared_buffers = 1GB
work_mem = 64MB" || exit 1
coord=${citus_ports[0]}
citus_psql "$coord" -d postgres -c "CREATE DATABASE single" >/dev/null

tps() {   # tps DB SCRIPT: transactions per second of pgbench
  citus_as_pg "$citus_bindir/pgbench" -h "$citus_base" -p "$coord" -U postgres -n -M prepared \
    -c "$CLIENTS" -j 2 -T "$DURATION" -f "citus/$2" "$1" 2>&1 |
    sed -nE 's/^tps = ([0-9.]+) \(without initial.*/\1/p'
}
best_ms() {   # best_ms DB VARIABLE: best time of RUNS runs of the query in citus/eager.sql
  { cat citus/eager.sql; echo '\timing on'; for _ in $(seq "$RUNS"); do echo ":$2;"; done; } |
    citus_psql "$coord" -d "$1" -At 2>&1 | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | sort -n | head -1
}
size() {   # size DB VARIABLE: the query's result (total json length), to check both sides agree
  { cat citus/eager.sql; echo ":$2;"; } | citus_psql "$coord" -d "$1" -At
}

printf '| %-8s | %-38s | %12s | %12s | %6s |\n' side measure association hand-written ratio
for side in single citus; do
  db=single; distributed=false
  [ "$side" = citus ] && { db=$citus_db; distributed=true; }
  citus_psql "$coord" -d "$db" -v distributed=$distributed -f citus/schema.sql >/dev/null || exit 1
  start=$(date +%s.%N)
  citus_psql "$coord" -d "$db" -f citus/load.sql >/dev/null || exit 1
  printf '| %-8s | %-38s | %12s | %12s | %6s |\n' "$side" "load (s)" "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')" "" ""
  for op in get add; do
    a=$(tps "$db" "$op.pgbench"); h=$(tps "$db" "${op}_sql.pgbench")
    printf '| %-8s | %-38s | %12s | %12s | %6s |\n' "$side" "$op: calls/s, $CLIENTS clients" "$a" "$h" \
      "$(awk -v a="$a" -v h="$h" 'BEGIN { printf "%.2f", h / a }')"
  done
  for q in hasmany btm; do
    [ "$(size "$db" "${q}_find")" = "$(size "$db" "${q}_sql")" ] || echo "warning: $q results differ in size"
    a=$(best_ms "$db" "${q}_find"); h=$(best_ms "$db" "${q}_sql")
    printf '| %-8s | %-38s | %12s | %12s | %6s |\n' "$side" "full eager load, $q (ms)" "$a" "$h" \
      "$(awk -v a="$a" -v h="$h" 'BEGIN { printf "%.2f", a / h }')"
  done
done
