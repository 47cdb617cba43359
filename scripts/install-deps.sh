#!/usr/bin/env bash
# Installs what building and testing association needs on Debian 12, as root:
# PostgreSQL 15 server and headers, the check unit-test framework, a C
# toolchain, psycopg 3 for the driver tests, and Node.js with npm for the
# node-postgres and Sequelize tests (Debian's, unless a node is already
# installed).  Skips apt-get when everything is already there.
set -euo pipefail

packages=(postgresql-15 postgresql-server-dev-15 postgresql-common check pkg-config make gcc python3-psycopg)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
