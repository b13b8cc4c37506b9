#!/usr/bin/env bash
# Starts this machine's PostgreSQL 15 (installing it if missing), gives Casebook a fresh database
# there, and runs the smoke test through the SPRING_DATASOURCE_* variables.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/postgres15.sh casebook_smoke

port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:${port}/casebook_smoke" \
SPRING_DATASOURCE_USERNAME=casebook_app \
SPRING_DATASOURCE_PASSWORD=casebook_app \
SPRING_FLYWAY_USER=casebook \
SPRING_FLYWAY_PASSWORD=casebook \
  bash .ci/smoke.sh

as_postgres() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- "$@"; }
events=$(as_postgres psql -qtA -d casebook_smoke -c "SELECT count(*) FROM domainevententry")
echo "events stored in PostgreSQL 15: ${events}"
[ "${events}" -ge 8 ]

# the application's role may append to the audit trail, never change it
for statement in "UPDATE domainevententry SET payload = payload" "DELETE FROM domainevententry" "TRUNCATE domainevententry"; do
  if as_postgres psql -qtA -d casebook_smoke -c "SET ROLE casebook_app; ${statement}" 2>/dev/null; then
    echo "the application's role could run: ${statement}"; exit 1
  fi
done
echo "the application's role may not update, delete or truncate the event table"
