#!/usr/bin/env bash
# Builds association and installs it into the PostgreSQL 15 server.
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
make -s clean >/dev/null
make -s 2>&1 | grep -v '^gcc ' || true
test -f association.so
make -s install >/dev/null
