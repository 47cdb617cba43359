#!/usr/bin/env bash
# Makes test/upgrade/db_0.1.0.sql, the database the upgrade test starts
# from: version 0.1.0 of the extension (built from git, commit 02fc895) is
# installed, a throwaway cluster declares models and associations with it,
# syncs and writes rows, and pg_dump keeps the result.  The current version
# is installed again at the end.  Run once, as root, when the fixture has to
# change; the fixture is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
old=$(mktemp -d)
trap 'rm -rf "$old"; git -C "$repo" worktree prune' EXIT
git worktree add --detach "$old/src" 02fc895 >/dev/null
make -C "$old/src" -s clean all install
# the scenario runs as a non-superuser role (t_upgrade_app), as an
# application would; the upgrade test creates that role before restoring
INSIDE=1 pg_virtualenv -v 15 bash -c '
  set -euo pipefail
  psql -X -q -v ON_ERROR_STOP=1 -c "CREATE ROLE t_upgrade_app" -c "CREATE DATABASE upgrade_src OWNER t_upgrade_app"
  psql -X -q -v ON_ERROR_STOP=1 -d upgrade_src -c "CREATE EXTENSION association"
  psql -X -q -v ON_ERROR_STOP=1 -d upgrade_src -c "SET ROLE t_upgrade_app" -f "'"$repo"'/test/upgrade/scenario_0.1.0.sql" >/dev/null
  pg_dump -d upgrade_src --no-privileges > "'"$repo"'/test/upgrade/db_0.1.0.sql"
'
# pg_dump does not record the version: the fixture must make 0.1.0
sed -i "s/^CREATE EXTENSION IF NOT EXISTS association WITH SCHEMA association;/CREATE EXTENSION IF NOT EXISTS association WITH SCHEMA association VERSION '0.1.0';/" test/upgrade/db_0.1.0.sql
grep -q "VERSION '0.1.0'" test/upgrade/db_0.1.0.sql
# newer pg_dump guards its script with \restrict, which older psql lacks
sed -i '/^\\restrict /d; /^\\unrestrict /d' test/upgrade/db_0.1.0.sql
make -s clean all install
echo "wrote test/upgrade/db_0.1.0.sql"
