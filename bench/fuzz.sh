#!/usr/bin/env bash
# Fuzzing: 100,000 random and mutated calls (two seeds) to every function on
# a throwaway cluster, then the count of calls by SQLSTATE, and the server
# log checked for crashes ("terminated by signal").
#   bash bench/fuzz.sh            # ITERATIONS=50000 per seed by default
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${INSIDE_VIRTUALENV:-}" ]; then
  scripts/install-deps.sh; scripts/build.sh
  INSIDE_VIRTUALENV=1 exec pg_virtualenv -v 15 bash "$0" "$@"
fi
N=${ITERATIONS:-50000}
psql -X -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
CREATE EXTENSION association;
CREATE SCHEMA t_fuzz;
SET search_path = t_fuzz, public;
SELECT association.define_model('Team', '{"name": "STRING"}', '{"timestamps": false}');
SELECT association.define_model('Player', '{"name": "STRING", "score": "INTEGER"}', '{"timestamps": false}');
SELECT association.define_model('User', '{}', '{"timestamps": false}');
SELECT association.define_model('Project', '{}', '{"timestamps": false}');
SELECT association.has_many('Team', 'Player');
SELECT association.belongs_to('Player', 'Team');
SELECT association.belongs_to_many('User', 'Project', '{"through": "UserProjects"}');
SELECT association.define_model('Node', '{}', '{"timestamps": false}');
SELECT association.has_many('Node', 'Node', '{"as": "Children", "foreignKey": "parentId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "parent", "foreignKey": "parentId"}');
SELECT association.has_many('Node', 'Node', '{"as": "Links", "foreignKey": "linkId"}');
SELECT association.belongs_to('Node', 'Node', '{"as": "link", "foreignKey": "linkId"}');
SELECT count(*) FROM association.sync();
INSERT INTO "Teams" (name) VALUES ('a'), ('b');
INSERT INTO "Players" (name, "TeamId") VALUES ('p', 1), ('q', 2);
SET client_min_messages = error;
\i test/fuzz_setup.sql
SELECT sqlstate, sum(calls) AS calls FROM
  (SELECT * FROM fuzz.run($N, 0.42) UNION ALL SELECT * FROM fuzz.run($N, -0.7)) r
 GROUP BY 1 ORDER BY 1;
SQL
log=$(ls -t /var/log/postgresql/*.log 2>/dev/null | head -n 1 || true)
crashes=$(grep -c "terminated by signal" "$log" 2>/dev/null || true)
echo "calls: $((2 * N)); backend crashes in the server log: ${crashes:-0}"
