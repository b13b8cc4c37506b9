#!/usr/bin/env bash
# Builds the application and the benchmark, starts the application on its embedded PostgreSQL (a
# fresh data directory, fixed port), runs the benchmark against both, and stops the application.
# Usage: bash bench/run.sh [--steps=1600] [--clients=1,4,8] [--warm-up=24000 (at most; until the JIT settles)] [--profile=DIR (async-profiler stacks of each measured phase)] [extra application options after --]
#        bash bench/run.sh --scenario=read-side [--cards=100000 --enrolments=100000]
#        bash bench/run.sh --scenario=as-of [--events=1000]
#        bash bench/run.sh --scenario=import [--rows=20000 --first-rows=20000 --import-rounds=4] (first-rows=0: no cold import first)
#        bash bench/run.sh --scenario=audit [--events=1000000 --clients=8 --steps=1600 --rounds=4]
# BENCH_KEEP_DATA=1 keeps the database of the previous run (with --seed=false: measure it again).
set -euo pipefail
cd "$(dirname "$0")/.."

bench_args=()
app_args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; app_args=("$@"); break; fi
  bench_args+=("$1"); shift
done

./mvnw -q -B package -DskipTests
data=bench/target/postgres
[ "${BENCH_KEEP_DATA:-}" = 1 ] || rm -rf "$data" bench/target/audit
pg_port=${BENCH_PG_PORT:-15432}
app_port=${BENCH_APP_PORT:-18081}

# as the README runs it: the extracted jar with its class data sharing archive (app/pom.xml); Java 17
# does not load a profiler's agent into a JVM that maps the archive, so a profiled run goes without it
sharing=-XX:SharedArchiveFile=app/target/casebook/casebook.jsa
for arg in "${bench_args[@]}"; do
  case "$arg" in --profile=*) sharing=-Xshare:off ;; esac
done
started=$(date +%s%N)
java -Xmx2g "$sharing" ${BENCH_JAVA_OPTS:-} \
  -jar app/target/casebook/casebook-app.jar --server.port="$app_port" --casebook.data-dir="$data" \
  --casebook.embedded-postgres.port="$pg_port" --casebook.embedded-postgres.statement-statistics=true \
  --logging.level.root=warn "${app_args[@]}" >bench/target/app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://localhost:$app_port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -50 bench/target/app.log >&2; exit 1; }
  sleep 0.2
done
ready=$(date +%s%N)
awk -v ns=$((ready - started)) 'BEGIN { printf "start to ready (%s data directory): %.1f s\n", ENVIRON["BENCH_KEEP_DATA"] == "1" ? "existing" : "a fresh", ns / 1e9 }'

java -jar bench/target/casebook-bench.jar --url="http://localhost:$app_port" \
  --jdbc="jdbc:postgresql://localhost:$pg_port/postgres" --db-user=postgres --app-pid="$app" "${bench_args[@]}"
