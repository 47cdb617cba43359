#!/usr/bin/env bash
# Peak backend memory of a full eager load over 1,000,000 parents (each with
# one child): find_all in a select list (streams from a cursor), find_all as
# a table function (collects into a tuplestore, which spills to disk past
# work_mem), and the fastest hand-written statement (one grouped pass).
# The client reads the rows through a cursor, 10,000 at a time, so that only
# the backend's memory is measured: the peak of its private memory
# (RssAnon, polled every 20 ms from /proc), in MB.
#   bash bench/memory_bench.sh        # PARENTS=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INSIDE_VIRTUALENV:-}" ]; then
  scripts/install-deps.sh >/dev/null
  scripts/build.sh >/dev/null
  INSIDE_VIRTUALENV=1 exec pg_virtualenv -v 15 -o shared_buffers=256MB -o work_mem=16MB bash "$0" "$@"
fi
PARENTS=${PARENTS:-1000000}
psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
SET client_min_messages = warning;
CREATE EXTENSION association;
SELECT association.define_model('Team', '{"name": "text"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "text"}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (name) SELECT 'team ' || i FROM generate_series(1, $PARENTS) i;
INSERT INTO "Players" (name, "TeamId") SELECT 'player ' || i, i FROM generate_series(1, $PARENTS) i;
ANALYZE;
SQL

peak() {   # peak NAME QUERY: reads the query's rows through a cursor, prints the backend's peak RssAnon
  local out pid max=0 kb
  out=$(mktemp)
  { echo "SELECT pg_backend_pid();"; echo "SELECT pg_sleep(0.5);"
    echo "BEGIN; DECLARE c NO SCROLL CURSOR FOR $2;"
    for _ in $(seq $((PARENTS / 10000 + 1))); do echo "FETCH 10000 FROM c \\g /dev/null"; done
    echo "COMMIT;"; } | psql -X -q -At >"$out" 2>&1 &
  local client=$!
  while [ -z "$(head -1 "$out")" ]; do sleep 0.05; done
  pid=$(head -1 "$out")
  while kill -0 "$client" 2>/dev/null; do
    kb=$(awk '/^RssAnon/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${kb:-0}" -gt "$max" ] && max=$kb
    sleep 0.02
  done
  [ "$max" -gt 0 ] || { echo "no sample of backend $pid; psql said: $(head -c 300 "$out")" >&2; exit 1; }
  printf '| %-44s | %8.1f |\n' "$1" "$(awk -v k="$max" 'BEGIN { print k / 1024 }')"
  rm -f "$out"
}
echo "| $PARENTS parents, one player each         | peak MB |"
echo "|---|---:|"
peak "find_all in a select list" \
  "SELECT association.find_all('Team', '{\"include\": \"Players\"}')"
peak "find_all as a table function" \
  "SELECT x FROM association.find_all('Team', '{\"include\": \"Players\"}') x"
peak "hand-written (grouped join)" \
  "SELECT pg_catalog.row_to_json(r) FROM \"Teams\" t LEFT JOIN (SELECT p.\"TeamId\" AS k, pg_catalog.array_to_json(pg_catalog.array_agg(q ORDER BY p.id)) AS v FROM \"Players\" p CROSS JOIN LATERAL (SELECT p.id, p.name, p.\"TeamId\") q GROUP BY 1) g ON g.k = t.id CROSS JOIN LATERAL (SELECT t.id, t.name, COALESCE(g.v, '[]') AS \"Players\") r"
