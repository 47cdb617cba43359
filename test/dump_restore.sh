#!/usr/bin/env bash
# pg_dump of a database using association, restored into a fresh database:
# every declaration, view and association must work there without being
# declared again.  Runs against the server in the environment (PGHOST...),
# e.g. inside pg_virtualenv; prints TAP lines "ok N - ..." / "not ok N - ...".
set -uo pipefail
src=assoc_dump_src
dst=assoc_dump_dst
n=0
failed=0
check() {   # check "description" "expected" "actual"
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok $n - dump_restore: $1"
  else echo "not ok $n - dump_restore: $1"; echo "#   expected: $2"; echo "#   actual:   $3"; failed=1; fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2" 2>&1; }

dropdb --if-exists "$src" >/dev/null 2>&1; dropdb --if-exists "$dst" >/dev/null 2>&1
createdb "$src" && createdb "$dst"
psql -X -q -v ON_ERROR_STOP=1 -d "$src" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION association;
SELECT association.define_model('User', '{"name": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Project', '{"title": "TEXT"}', '{"timestamps": false}');
SELECT association.define_model('Task', '{"title": "TEXT"}', '{"underscored": true}');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects", "timestamps": false}');
SELECT association.belongs_to_many('Project', 'User', '{"through": "UserProjects", "timestamps": false}');
SELECT association.has_many('Project', 'Task');
SELECT association.belongs_to('Task', 'Project');
SELECT count(*) FROM association.sync();
INSERT INTO "Users" (name) VALUES ('ann'), ('bob');
INSERT INTO "Projects" (title) VALUES ('apollo'), ('gemini');
SELECT association.add('User', 1, 'Projects', ARRAY[1, 2]);
SELECT association.create_associated('Project', 1, 'Tasks', '{"title": "launch"}') IS NOT NULL;
ALTER TABLE "Users" RENAME TO people;
SELECT count(*) FROM association.sync();   -- re-creates the views that named "Users"
SQL
check "setup script succeeds" "0" "$?"

before=$(q "$src" "SELECT jsonb_agg(r) FROM association.find_all('User', '{\"include\": {\"association\": \"Projects\", \"include\": {\"association\": \"Tasks\", \"attributes\": [\"title\"]}}}') r")
pg_dump "$src" | psql -X -q -v ON_ERROR_STOP=1 -d "$dst" >/dev/null 2>&1
check "restore succeeds" "0" "$?"
after=$(q "$dst" "SELECT jsonb_agg(r) FROM association.find_all('User', '{\"include\": {\"association\": \"Projects\", \"include\": {\"association\": \"Tasks\", \"attributes\": [\"title\"]}}}') r")
check "find_all returns the same tree" "$before" "$after"
check "declarations restored" "3 4" "$(q "$dst" "SELECT (SELECT count(*) FROM association.models) || ' ' || (SELECT count(*) FROM association.associations)")"
check "renamed table still the model's table" "people" "$(q "$dst" "SELECT association.describe('User')->>'table'")"
check "nothing to sync after restore" "0" "$(q "$dst" "SELECT count(*) FROM association.sync()")"
q "$dst" "SELECT association.add('Project', 2, 'Users', 2)" >/dev/null
check "mutators work" "2" "$(q "$dst" "SELECT association.count('Project', 2, 'Users')")"
check "accessor views restored" "apollo,gemini" "$(q "$dst" "SELECT string_agg(title, ',' ORDER BY title) FROM user_projects WHERE source_key = 1")"
dropdb "$src"; dropdb "$dst"
exit $failed
