#!/usr/bin/env bash
# Starts this machine's PostgreSQL 15 (installing it if missing), gives Casebook a fresh database
# there, and runs the smoke test through the SPRING_DATASOURCE_* variables.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
if ! need pg_ctlcluster || ! need jq || ! [ -d /usr/lib/postgresql/15 ]; then
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
as_postgres psql -q -c "DROP DATABASE IF EXISTS casebook_smoke" -c "CREATE DATABASE casebook_smoke OWNER casebook"

port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:${port}/casebook_smoke" \
SPRING_DATASOURCE_USERNAME=casebook \
SPRING_DATASOURCE_PASSWORD=casebook \
  bash .ci/smoke.sh

events=$(as_postgres psql -qtA -d casebook_smoke -c "SELECT count(*) FROM domainevententry")
echo "events stored in PostgreSQL 15: ${events}"
[ "${events}" -ge 8 ]
