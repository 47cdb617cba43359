#!/usr/bin/env bash
# Runs the driver tests (node-postgres, psycopg 3) against the cluster in the
# PG* environment, each in a database of its own.  Prints their TAP lines.
set -uo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --silent --no-audit --no-fund >/dev/null
rc=0
for t in node psycopg; do
  db="assoc_driver_$t"
  dropdb --if-exists "$db" >/dev/null 2>&1; createdb "$db" || exit 1
  if [ "$t" = node ]; then DRIVER_DB="$db" node node_pg.js || rc=1
  else DRIVER_DB="$db" /usr/bin/python3 psycopg_test.py || rc=1; fi
  dropdb --if-exists "$db" >/dev/null 2>&1
done
exit $rc
