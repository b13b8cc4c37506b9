#!/usr/bin/env bash
# Case steps of two builds of the application on the same machine, back to back, alternating: each
# round starts one build on a fresh embedded PostgreSQL (same settings as bench/run.sh), runs the
# step benchmark at the given concurrency, and stops it.
# Usage: bash bench/compare.sh <name-a>=<jar-a> <name-b>=<jar-b> [rounds] [clients] [steps]
# e.g. bash bench/compare.sh before=/tmp/base/app/target/casebook-app.jar after=app/target/casebook-app.jar 3 8 1600
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1 b=$2 rounds=${3:-3} clients=${4:-8} steps=${5:-1600}
pg_port=${BENCH_PG_PORT:-15432}
app_port=${BENCH_APP_PORT:-18081}
[ -f bench/target/casebook-bench.jar ] || ./mvnw -q -B package -DskipTests -pl bench -am

run() {
  local name=${1%%=*} jar=${1#*=} data=bench/target/compare-postgres
  rm -rf "$data" bench/target/compare-audit
  java -Xmx2g -jar "$jar" --server.port="$app_port" --casebook.data-dir="$data" \
    --casebook.audit.directory=bench/target/compare-audit \
    --casebook.embedded-postgres.port="$pg_port" --logging.level.root=warn >bench/target/compare-app.log 2>&1 &
  local app=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$app_port/actuator/health" >/dev/null 2>&1 && break
    kill -0 $app 2>/dev/null || { tail -30 bench/target/compare-app.log >&2; exit 1; }
    sleep 1
  done
  java -jar bench/target/casebook-bench.jar --url="http://localhost:$app_port" \
    --jdbc="jdbc:postgresql://localhost:$pg_port/postgres" --db-user=postgres --clients="$clients" --steps="$steps" \
    | awk -v name="$name" '$2 == "casebook" {print name, $0}'
  kill $app; wait $app 2>/dev/null || true
}

# the order alternates (a b, b a, ...), so that neither build always runs on the warmer machine
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  if [ $((round % 2)) = 1 ]; then run "$a"; run "$b"; else run "$b"; run "$a"; fi
done
