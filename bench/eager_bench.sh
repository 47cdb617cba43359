#!/usr/bin/env bash
# Eager loading benchmark: association.find_all vs the best hand-written SQL
# vs Sequelize v6, from a Node.js client, on the same data in the same run.
# Installs what it needs (PostgreSQL 15 + build deps, association, npm
# packages in bench/eager), makes a throwaway cluster with pg_virtualenv,
# declares the models through association's API (bench/eager/schema.sql),
# loads ROWS children per workload (bench/eager/load.sql) and runs
# bench/eager/bench.js for each size; prints the table (bench/eager/report.js).
#
#   bash bench/eager_bench.sh                    # SIZES="10000 100000" RUNS=9 by default
#   SIZES=10000 RUNS=3 bash bench/eager_bench.sh
#   ONLY=hasMany,top3 bash bench/eager_bench.sh  # some workloads only (hasMany belongsToMany nested top3)
#   EXPLAIN=0 ...                                # skip the server-side EXPLAIN ANALYZE table (bench/eager/explain.js)
#   SEQ_TIMEOUT=60s                              # statement_timeout of Sequelize's connection
#
# Exit code 2 when find_all's JSON differs from the hand-written SQL's.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
if [ -z "${INSIDE_VIRTUALENV:-}" ]; then
  scripts/install-deps.sh
  scripts/build.sh
  command -v node >/dev/null || { echo "node (>= 18) and npm are needed" >&2; exit 1; }
  (cd bench/eager && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent;
                     else npm install --no-audit --no-fund --silent sequelize@6 pg; fi)
  INSIDE_VIRTUALENV=1 exec pg_virtualenv -t -v 15 -o shared_buffers=256MB -o work_mem=16MB bash "$0" "$@"
fi
SIZES=${SIZES:-10000 100000}
export RUNS=${RUNS:-9}
results=$(mktemp)
trap 'rm -f "$results"' EXIT

psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -f bench/eager/schema.sql
for n in $SIZES; do
  echo "== loading $n rows per workload"
  psql -X -q -v ON_ERROR_STOP=1 -v n="$n" -f bench/eager/load.sql
  echo "== running ($RUNS runs after a warm-up, median)"
  node --expose-gc bench/eager/bench.js "$n" "$results"
done
node bench/eager/report.js "$results"
if [ "${EXPLAIN:-1}" != 0 ]; then
  # server side, on the last size loaded: find_all's statement vs the hand-written ones, JIT on and off
  node bench/eager/explain.js
fi
psql -X -At -c "SELECT 'server: ' || version()"
echo "client: node $(node --version), sequelize $(node -p "require('$repo/bench/eager/node_modules/sequelize/package.json').version"), pg $(node -p "require('$repo/bench/eager/node_modules/pg/package.json').version")"
