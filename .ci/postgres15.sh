#!/usr/bin/env bash
# Starts this machine's PostgreSQL 15 (installing it, jq and curl if missing) and gives Casebook a
# fresh database there: role casebook (password casebook) owning the database named by $1, and the
# application's role casebook_app (password casebook_app), which may only read and append to the
# event table (README, "Database roles").
set -euo pipefail
database=${1:?usage: postgres15.sh <database>}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need pg_ctlcluster || ! need jq || ! need curl || ! [ -d /usr/lib/postgresql/15 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 jq curl >/dev/null
fi
if ! pg_lsclusters -h | grep -q '^15 *main'; then
  pg_createcluster 15 main >/dev/null
fi
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null

as_postgres() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- "$@"; }
as_postgres psql -qtA -c "SELECT 1 FROM pg_roles WHERE rolname = 'casebook'" | grep -q 1 \
  || as_postgres psql -q -c "CREATE ROLE casebook LOGIN PASSWORD 'casebook'"
as_postgres psql -qtA -c "SELECT 1 FROM pg_roles WHERE rolname = 'casebook_app'" | grep -q 1 \
  || as_postgres psql -q -c "CREATE ROLE casebook_app LOGIN PASSWORD 'casebook_app'"
# the owner hands the application its tables (ALTER ... OWNER TO needs the membership)
as_postgres psql -q -c "GRANT casebook_app TO casebook"
as_postgres psql -q -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database OWNER casebook"
