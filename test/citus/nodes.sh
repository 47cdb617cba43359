# Sourced by test/citus/run.sh and bench/citus_bench.sh: starts a Citus
# coordinator and two workers (three throwaway PostgreSQL instances on
# loopback ports, citus preloaded) and joins them in database $citus_db.
# citus_available tells whether the citus extension is installed here;
# citus_start sets citus_base (the sockets' directory) and citus_ports
# (coordinator first) and stops the nodes when the calling shell exits;
# citus_psql PORT ARGS... runs psql on one node.
citus_pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
citus_bindir=$("$citus_pg_config" --bindir)
citus_libdir=$("$citus_pg_config" --pkglibdir)
citus_db=${citus_db:-association_citus}

citus_available() {
  [ -f "$citus_libdir/citus.so" ] &&
    [ -f "$("$citus_pg_config" --sharedir)/extension/citus.control" ]
}

citus_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

citus_psql() { citus_as_pg "$citus_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$citus_base" -p "$1" -U postgres "${@:2}"; }

citus_stop() {
  local n
  for n in 0 1 2; do
    [ -d "$citus_base/node$n" ] &&
      citus_as_pg "$citus_bindir/pg_ctl" -D "$citus_base/node$n" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$citus_base"
}

# citus_start [extra postgresql.conf lines]: returns non-zero with a message on failure
citus_start() {
  local n p
  citus_base=$(mktemp -d /tmp/association_citus.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres: "$citus_base"
  trap citus_stop EXIT
  citus_ports=()
  for p in $(seq 56400 56499); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    citus_ports+=("$p"); [ ${#citus_ports[@]} -eq 3 ] && break
  done
  for n in 0 1 2; do
    citus_as_pg "$citus_bindir/initdb" -D "$citus_base/node$n" -U postgres -A trust -E UTF8 \
      --locale=C.UTF-8 --no-sync >"$citus_base/initdb$n.log" 2>&1 ||
      { echo "initdb failed:"; cat "$citus_base/initdb$n.log"; return 1; }
    cat >>"$citus_base/node$n/postgresql.conf" <<CONF
port = ${citus_ports[$n]}
listen_addresses = 'localhost'
unix_socket_directories = '$citus_base'
shared_preload_libraries = 'citus'
max_prepared_transactions = 50
fsync = off
citus.enable_stat_counters = on
${1:-}
CONF
    citus_as_pg "$citus_bindir/pg_ctl" -D "$citus_base/node$n" -l "$citus_base/node$n.log" -w -t 60 start >/dev/null ||
      { echo "node $n did not start:"; cat "$citus_base/node$n.log"; return 1; }
  done
  for n in 0 1 2; do
    citus_psql "${citus_ports[$n]}" -d postgres -c "CREATE DATABASE $citus_db" >/dev/null 2>&1 &&
      citus_psql "${citus_ports[$n]}" -d "$citus_db" -c "CREATE EXTENSION citus" >/dev/null ||
      { echo "could not create database $citus_db on node $n"; return 1; }
  done
  citus_psql "${citus_ports[0]}" -d "$citus_db" >/dev/null <<SQL || { echo "could not join the workers"; return 1; }
SELECT pg_catalog.citus_set_coordinator_host('localhost', ${citus_ports[0]});
SELECT pg_catalog.citus_add_node('localhost', ${citus_ports[1]});
SELECT pg_catalog.citus_add_node('localhost', ${citus_ports[2]});
SQL
}
