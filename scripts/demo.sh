#!/usr/bin/env bash
# Installs what is needed, builds and installs association, then runs the
# demo (examples/demo.sql: Team/Player, Movie/Actor and Ship/Captain, the
# examples of Sequelize's associations guide).
#
#   bash scripts/demo.sh          runs it on a throwaway PostgreSQL 15 cluster
#                                 made by pg_virtualenv, gone when it ends
#   KEEP=1 bash scripts/demo.sh   runs it in a new database of the machine's
#                                 own PostgreSQL 15 cluster (15/main, created
#                                 and started if needed) and keeps it; prints
#                                 how to connect.  DB=name picks the database
#                                 (default association_demo); it must not
#                                 exist yet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

if [ -z "${KEEP:-}" ] || [ "$KEEP" = 0 ]; then
  scripts/build.sh
  exec pg_virtualenv -v 15 psql -X -v ON_ERROR_STOP=1 -f examples/demo.sql
fi

db=${DB:-association_demo}
# as_postgres runs a command as the cluster's superuser, the postgres OS user
# (peer authentication), when this script runs as root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cluster_field() { pg_lsclusters -h | awk -v f="$1" '$1 == 15 && $2 == "main" { print $f }'; }

[ -n "$(cluster_field 1)" ] || pg_createcluster 15 main >/dev/null
case "$(cluster_field 4)" in online*) ;; *) pg_ctlcluster 15 main start ;; esac
port=$(cluster_field 3)
exists=$(echo "SELECT 1 FROM pg_database WHERE datname = :'db'" |
         as_postgres psql -X -At -p "$port" -d postgres -v db="$db")
if [ -n "$exists" ]; then
  echo "database $db already exists in cluster 15/main (port $port); remove it with" >&2
  echo "  su postgres -c 'dropdb -p $port $db'     or pick another name: DB=name KEEP=1 bash scripts/demo.sh" >&2
  exit 1
fi

scripts/build.sh
as_postgres createdb -p "$port" "$db"
# Read by this shell, so the postgres user need not be able to read the file.
as_postgres psql -X -v ON_ERROR_STOP=1 -p "$port" -d "$db" -f - < examples/demo.sql
cat <<EOF

== The demo database is kept: database $db, cluster 15/main, port $port.
   Connect:  su postgres -c 'psql -p $port $db'
   Remove:   su postgres -c 'dropdb -p $port $db'
EOF
