#!/usr/bin/env bash
# The Citus suite: on a coordinator and two workers started here
# (test/citus/nodes.sh), runs test/citus/sql/*.sql through pg_regress
# against test/citus/expected/.  When the citus extension is not installed
# in this PostgreSQL it says so and runs nothing.  Needs the extension
# installed (make install) and Citus 13 for PostgreSQL 15.
set -uo pipefail
cd "$(dirname "$0")"
here=$(pwd)
. ./nodes.sh
tests=(citus_sync citus_calls citus_refusals)

if ! citus_available; then
  echo "# citus: skipped, the citus extension is not installed in this PostgreSQL ($citus_libdir)"
  exit 0
fi
citus_start || { echo "not ok 1 - citus: could not start a coordinator and two workers"; exit 1; }
echo "# citus: $(citus_psql "${citus_ports[0]}" -d "$citus_db" -At -c 'SELECT pg_catalog.citus_version()' | cut -d' ' -f1-2), coordinator and 2 workers on ports ${citus_ports[*]}"
mkdir -p "$citus_base/out" && [ "$(id -u)" = 0 ] && chown postgres: "$citus_base/out"
citus_as_pg "$citus_libdir/pgxs/src/test/regress/pg_regress" --use-existing --dbname="$citus_db" \
  --host="$citus_base" --port="${citus_ports[0]}" --user=postgres \
  --inputdir="$here" --outputdir="$citus_base/out" "${tests[@]}" 2>&1
rc=$?
# kept beside the suite: the results to read (or to accept as expected), the diffs
rm -rf "$here/results" "$here/regression.diffs"
cp -r "$citus_base/out/results" "$here/results"
[ -f "$citus_base/out/regression.diffs" ] && cp "$citus_base/out/regression.diffs" "$here/regression.diffs"
exit $rc
