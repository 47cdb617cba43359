#!/bin/bash
# test/sequelize/run.sh
#
# Differential test of the extension against the real Sequelize v6: runs
# every scenario of scenarios/ through both on twin databases and reports
# what differs (see README.md).  Uses the cluster named by PGHOST/PGPORT when
# set, else re-runs itself under pg_virtualenv on a throwaway cluster.
# Last line: "N scenarios, M differences"; exit status 1 when M > 0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ -z "${PGPORT:-}" ] && [ -z "${PGHOST:-}" ]; then
	# pg_virtualenv talks on stderr (and prints the server logs after a
	# failing command): the inner run exits 0, hands over its status and
	# summary in files, and the summary is printed here, last
	tmp="$(mktemp -d)"
	trap 'rm -rf "$tmp"' EXIT
	SEQ_DIFF_STATUS_FILE="$tmp/status" SEQ_DIFF_SUMMARY_FILE="$tmp/summary" \
		pg_virtualenv -v 15 bash "$here/run.sh" "$@" 2>"$tmp/stderr" \
		| grep --line-buffered -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' || true
	grep -vE '^(Creating new PostgreSQL cluster|Dropping cluster) ' "$tmp/stderr" >&2 || true
	cat "$tmp/summary" 2>/dev/null || echo "0 scenarios, 1 differences"
	exit "$(cat "$tmp/status" 2>/dev/null || echo 2)"
fi

cd "$here"
if [ ! -d node_modules ]; then
	# npm's chatter would break the TAP stream: keep it for failures only
	npm ci --no-audit --no-fund >npm-ci.log 2>&1 || { cat npm-ci.log >&2; exit 2; }
	rm -f npm-ci.log
fi

db_a="${SEQ_DIFF_DB_A:-seq_a}"
db_b="${SEQ_DIFF_DB_B:-seq_b}"
jobs="${SEQ_DIFF_JOBS:-1}"
export SEQ_DIFF_DB_A="$db_a" SEQ_DIFF_DB_B="$db_b" SEQ_DIFF_JOBS="$jobs"

# job 1 works on seq_a/seq_b, job n on seq_a_n/seq_b_n
dbs=("$db_a" "$db_b")
for ((j = 2; j <= jobs; j++)); do
	dbs+=("${db_a}_$j" "${db_b}_$j")
done

admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "$1" >/dev/null; }
drop_dbs() {
	for db in "${dbs[@]}"; do
		admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
	done
}
drop_dbs
for db in "${dbs[@]}"; do
	admin "CREATE DATABASE \"$db\""
done
trap drop_dbs EXIT

status=0
node lib/main.js || status=$?
if [ -n "${SEQ_DIFF_STATUS_FILE:-}" ]; then
	echo "$status" >"$SEQ_DIFF_STATUS_FILE"
	exit 0
fi
exit "$status"
