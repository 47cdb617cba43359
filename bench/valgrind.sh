#!/usr/bin/env bash
# Memory-error check: the pg_regress suite run against a throwaway
# PostgreSQL 15 server whose postmaster (and so every backend it forks) runs
# under Valgrind memcheck, the way PostgreSQL's own "skink" buildfarm member
# tests the server.  Then the Valgrind logs are scanned and summarised:
# total error reports, and those whose stack goes through association.so.
#
# Debian's postgres is not built with USE_VALGRIND, so palloc chunks inside a
# memory context are not tracked individually; reads and writes outside
# malloc'd blocks, and uses of uninitialised values, are still caught.
#
#   bash bench/valgrind.sh                       # whole REGRESS + ISOLATION lists
#   REGRESS_LIST="has_many where" RUN_ISOLATION=0 bash bench/valgrind.sh
#   RUN_UNIT=0 bash bench/valgrind.sh            # skip the unit tests under valgrind
#   KEEP=1 bash bench/valgrind.sh                # keep the data directory too
# The whole suite takes about 5 minutes under valgrind on 2 cores.
# Also runs the check unit tests of the pure-C units (test/unit_tests) under
# valgrind: they allocate with malloc, so there every block is bounds-checked,
# which palloc'd memory in the server is not.
#
# Must run as root (it installs packages); the server runs as user postgres.
# Prints "valgrind summary: ..." lines at the end.  Exit status is 0 when all
# tests passed, no Valgrind error has association.so in its stack, and the
# unit tests ran clean under Valgrind.
set -uo pipefail
cd "$(dirname "$0")/.."
ORIG=$(pwd)
BIN=/usr/lib/postgresql/15/bin
PORT=${PORT:-54329}
SUPP="$ORIG/bench/valgrind.supp"
RUN_ISOLATION=${RUN_ISOLATION:-1}
RUN_UNIT=${RUN_UNIT:-1}
REGRESS_LIST=${REGRESS_LIST:-$(sed -n 's/^REGRESS *= *//p' Makefile)}
ISOLATION_LIST=$(sed -n 's/^ISOLATION *= *//p' Makefile)
[ "$RUN_ISOLATION" = 1 ] || ISOLATION_LIST=

if [ "$(id -u)" -ne 0 ]; then echo "run as root" >&2; exit 2; fi

WORK=$(mktemp -d /tmp/association-valgrind.XXXXXX)
echo "== work directory: $WORK (valgrind logs in $WORK/vg)"

# The suite runs on a snapshot of the working tree (sources, tests, scripts)
# taken now, so that edits or "make clean" in the checkout while this runs
# cannot disturb it.  The snapshot is built and installed with its own
# scripts/build.sh; the installed association.so is still shared.
mkdir -p "$WORK/tree"
tar -C "$ORIG" --exclude=./.git --exclude=./results --exclude=./output_iso \
  --exclude=./regression.diffs --exclude=./regression.out -cf - . | tar -C "$WORK/tree" -xf - || exit 1
REPO="$WORK/tree"
cd "$REPO"
echo "== snapshot of $ORIG at $(git -C "$ORIG" rev-parse --short HEAD 2>/dev/null)$(git -C "$ORIG" status --porcelain -- src sql expected specs Makefile 2>/dev/null | grep -q . && echo ' + uncommitted changes')"

# ---- 1. dependencies, build, install ------------------------------------
scripts/install-deps.sh || exit 1
if ! command -v valgrind >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null || exit 1
fi
scripts/build.sh || exit 1
export PG_CONFIG=$BIN/pg_config

# ---- 2. throwaway cluster, postmaster under valgrind --------------------
mkdir -p "$WORK/vg" "$WORK/data"
chown postgres:postgres "$WORK" "$WORK/vg" "$WORK/data"
chmod 755 "$WORK"

as_pg() { runuser -u postgres -- "$@"; }

server_pid=
stop_server() {
  if [ -f "$WORK/data/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" stop -D "$WORK/data" -m fast -t 600 >/dev/null 2>&1 \
      || as_pg "$BIN/pg_ctl" stop -D "$WORK/data" -m immediate -t 120 >/dev/null 2>&1
  fi
  if [ -n "$server_pid" ]; then wait "$server_pid" 2>/dev/null; server_pid=; fi
}
trap 'stop_server' EXIT
trap 'exit 130' INT TERM

as_pg "$BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 \
  --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 \
  || { echo "initdb failed"; cat "$WORK/initdb.log"; exit 1; }

echo "== starting postgres under valgrind (port $PORT, socket $WORK)"
as_pg valgrind --quiet --trace-children=yes --track-origins=no \
  --read-var-info=yes --error-exitcode=0 --num-callers=40 --fullpath-after= \
  --suppressions="$SUPP" --log-file="$WORK/vg/%p.log" \
  "$BIN/postgres" -D "$WORK/data" -c port="$PORT" \
  -c unix_socket_directories="$WORK" -c listen_addresses= \
  -c fsync=off -c autovacuum=off -c max_connections=20 \
  -c log_min_messages=warning -c log_line_prefix='%m [%p] ' \
  >"$WORK/server.log" 2>&1 &
server_pid=$!

export PGHOST="$WORK" PGPORT="$PORT" PGUSER=postgres
unset PGDATABASE PGPASSWORD PGSERVICE
for i in $(seq 1 300); do
  "$BIN/pg_isready" -q && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "server died at startup"; cat "$WORK/server.log"; exit 1
  fi
  sleep 1
done
psql -X -At -c 'SELECT version()' postgres || { echo "cannot connect"; cat "$WORK/server.log"; exit 1; }

# ---- 3. the suite --------------------------------------------------------
echo "== make installcheck under valgrind"
echo "   REGRESS=$REGRESS_LIST"
echo "   ISOLATION=${ISOLATION_LIST:-(skipped: RUN_ISOLATION=0)}"
start=$(date +%s)
make -s installcheck REGRESS="$REGRESS_LIST" ISOLATION="$ISOLATION_LIST" \
  REGRESS_OPTS="--inputdir=. --outputdir=$WORK/regress" \
  ISOLATION_OPTS="--outputdir=$WORK/isolation" \
  >"$WORK/installcheck.out" 2>&1
check_rc=$?
elapsed=$(( $(date +%s) - start ))
grep -E '^(test | +[a-z_]+ +\.\.\.)|^ *(All [0-9]+ tests|[0-9]+ of [0-9]+ tests)|^(ok|not ok) [0-9]+ ' \
  "$WORK/installcheck.out" || tail -n 40 "$WORK/installcheck.out"
for d in "$WORK/regress/regression.diffs" "$WORK/isolation/regression.diffs"; do
  [ -f "$d" ] && { echo "== $d (first 80 lines)"; head -n 80 "$d"; }
done
# Every test named on the command line counts; one without an "ok" failed.
tests_total=$(echo $REGRESS_LIST $ISOLATION_LIST | wc -w)
tests_passed=$(grep -cE '^(ok [0-9]+ |(test | +)[a-z_0-9]+ +\.\.\. ok)' "$WORK/installcheck.out")
tests_failed=$(( tests_total - tests_passed ))

# ---- 4. stop, scan logs --------------------------------------------------
echo "== stopping server"
stop_server
crashes=$(grep -cE 'terminated by signal|was terminated by exception' "$WORK/server.log")

# One valgrind error report = the lines from "==PID== <kind>" up to the next
# "==PID== " blank line.  Each report is written to reports.txt separated by a
# line "----", prefixed with its log file; association ones also to assoc.txt.
awk -v repo="$REPO/src/" -v out="$WORK/reports.txt" -v aout="$WORK/assoc.txt" '
  FNR == 1 { inrec = 0 }
  {
    line = $0; sub(/^==[0-9]+== ?/, "", line)
    if (!inrec) {
      if (line ~ /^(Invalid (read|write|free)|Conditional jump or move depends on uninitialised value|Use of uninitialised value|Syscall param .* (uninitialised|unaddressable)|Source and destination overlap|Mismatched free|Argument .* of function .* has a fishy|Process terminating with default action)/) {
        inrec = 1; rec = FILENAME "\n" $0; assoc = 0
        kind = line; sub(/ of size [0-9]+$/, "", kind); sub(/\(s\)$/, "", kind)
        if (kind ~ /^Syscall param/) kind = "Syscall param ... uninitialised/unaddressable"
      }
      next
    }
    if (line == "") {
      total++; kinds[kind]++
      print rec "\n----" > out
      if (assoc) { atotal++; print rec "\n----" > aout }
      inrec = 0; next
    }
    rec = rec "\n" $0
    if (index($0, "association.so") || index($0, repo)) assoc = 1
  }
  END {
    if (inrec) { total++; kinds[kind]++; print rec "\n----" > out; if (assoc) { atotal++; print rec "\n----" > aout } }
    printf "%d %d\n", total + 0, atotal + 0 > "/dev/stderr"
    for (k in kinds) printf "   %6d  %s\n", kinds[k], k
  }
' /dev/null "$WORK"/vg/*.log >"$WORK/kinds.txt" 2>"$WORK/counts.txt"
read -r vg_total vg_assoc <"$WORK/counts.txt"
logs_with_errors=$(grep -lE '^==[0-9]+== [A-Z]' "$WORK"/vg/*.log 2>/dev/null | wc -l)
logs_all=$(find "$WORK/vg" -name '*.log' | wc -l)

echo
echo "== valgrind error kinds"
if [ -s "$WORK/kinds.txt" ]; then sort -rn "$WORK/kinds.txt"; else echo "   none"; fi
if [ "${vg_assoc:-0}" -gt 0 ]; then
  echo "== first stacks with association.so (all in $WORK/assoc.txt)"
  awk 'BEGIN { RS = "----\n" } NR <= 5 { print; print "----" }' "$WORK/assoc.txt"
elif [ "${vg_total:-0}" -gt 0 ]; then
  echo "== first other stacks (all in $WORK/reports.txt)"
  awk 'BEGIN { RS = "----\n" } NR <= 3 { print; print "----" }' "$WORK/reports.txt"
fi

# ---- 5. the pure-C unit tests under valgrind (malloc: exact bounds) -----
unit_line="skipped (RUN_UNIT=0)"; unit_vg=0
if [ "$RUN_UNIT" = 1 ]; then
  echo "== unit tests (check, CK_FORK=no) under valgrind"
  make -s -C test unit_tests >"$WORK/unit_build.out" 2>&1
  (cd test && CK_FORK=no valgrind --quiet --error-exitcode=0 --num-callers=40 \
     --log-file="$WORK/unit_valgrind.log" ./unit_tests) >"$WORK/unit.out" 2>&1
  unit_line=$(grep -E '^[0-9]+%: Checks: ' "$WORK/unit.out" | tail -n 1)
  [ -n "$unit_line" ] || unit_line="did not run (see $WORK/unit_build.out, $WORK/unit.out)"
  unit_vg=$(grep -cE '^==[0-9]+== (Invalid|Conditional jump|Use of uninitialised|Syscall param|Source and destination|Mismatched)' "$WORK/unit_valgrind.log")
  [ "$unit_vg" -eq 0 ] || head -n 60 "$WORK/unit_valgrind.log"
fi

[ "${KEEP:-0}" = 1 ] || rm -rf "$WORK/data"
echo
echo "valgrind summary: suite took ${elapsed}s under valgrind (make installcheck exit $check_rc)"
echo "valgrind summary: tests $tests_passed passed, $tests_failed failed (of $tests_total)"
echo "valgrind summary: $logs_all processes traced, $logs_with_errors with valgrind error output, $crashes server processes crashed"
echo "valgrind summary: $vg_total valgrind errors in total, $vg_assoc with association.so in the stack"
echo "valgrind summary: unit tests under valgrind: $unit_line; $unit_vg valgrind errors"
echo "valgrind summary: logs and reports kept in $WORK"
[ "$tests_failed" -eq 0 ] && [ "$tests_total" -gt 0 ] && [ "$check_rc" -eq 0 ] && [ "${vg_assoc:-0}" -eq 0 ] && [ "$unit_vg" -eq 0 ]
