#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test: the check suites of
# the pure-C units, the architecture check, then the pg_regress suite on a throwaway cluster made by
# pg_virtualenv.  Prints each runner's own summary, then one line
# "N passed, N failed" summing both.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh || exit 1
scripts/build.sh || exit 1
export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config

echo "== unit tests (check)"
unit_out=$(make -s unitcheck 2>&1); unit_rc=$?
echo "$unit_out" | grep -v '^cc ' | tail -n 20
unit_line=$(echo "$unit_out" | grep -E '^[0-9]+%: Checks: ' | tail -n 1)
unit_total=$(echo "$unit_line" | sed -E 's/.*Checks: ([0-9]+).*/\1/')
unit_fail=$(echo "$unit_line" | sed -E 's/.*Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2/' | awk '{print $1+$2}')
if [ -z "$unit_line" ]; then unit_total=1; unit_fail=1; fi

echo "== architecture (scripts/check_layers.py: includes and calls go one way, no call cycle between files)"
layers_out=$(python3 scripts/check_layers.py 2>&1); layers_rc=$?
echo "$layers_out"
layers_fail=$(( layers_rc == 0 ? 0 : 1 ))

echo "== regression, isolation, dump/restore, driver, Sequelize and Citus tests (pg_regress, pg_isolation_regress, test/dump_restore.sh, test/drivers, test/sequelize on a throwaway cluster; test/citus on its own coordinator and workers when Citus is installed)"
rm -rf results regression.diffs regression.out output_iso test/citus/regression.diffs
reg_out=$(pg_virtualenv -v 15 bash -c 'make -s installcheck; rc=$?; test/dump_restore.sh || rc=1; test/drivers/run.sh || rc=1; test/sequelize/run.sh || rc=1; test/citus/run.sh || rc=1; exit $rc' 2>&1); reg_rc=$?
echo "$reg_out" | grep -E '^(test | +[a-z_]+ +\.\.\.)|^ *(All [0-9]+ tests|[0-9]+ of [0-9]+ tests)|^(ok|not ok) [0-9]+ |^#|^[0-9]+ scenarios, [0-9]+ differences$' || echo "$reg_out" | tail -n 40
for d in regression.diffs output_iso/regression.diffs test/citus/regression.diffs; do
  if [ -f "$d" ]; then echo "== $d"; cat "$d"; fi
done
reg_total=$(echo "$reg_out" | grep -cE '^(ok|not ok) [0-9]+ |^ *(test )?[a-z_]+ +\.\.\. ' )
reg_fail=$(echo "$reg_out" | grep -cE '^not ok [0-9]+ |\.\.\. FAILED' )
if [ "$reg_total" -eq 0 ]; then reg_total=1; reg_fail=1; fi

passed=$(( unit_total - unit_fail + 1 - layers_fail + reg_total - reg_fail ))
failed=$(( unit_fail + layers_fail + reg_fail ))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$unit_rc" -eq 0 ] && [ "$reg_rc" -eq 0 ]
