#!/usr/bin/env bash
# Installs what is needed, builds and installs association, then runs the
# demo (examples/demo.sql: the seeds' Team/Player, Movie/Actor and
# Ship/Captain) on a throwaway PostgreSQL 15 cluster made by pg_virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec pg_virtualenv -v 15 psql -X -v ON_ERROR_STOP=1 -f examples/demo.sql
