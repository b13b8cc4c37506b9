#!/usr/bin/env bash
# Reliability under crashes: nothing acknowledged is lost, processes and cases never disagree.
#
#   bash bench/reliability.sh [--rounds=20]                  kill -9 of the application under load
#   bash bench/reliability.sh [--rounds=20] --with-database  kill -9 of the application and its PostgreSQL
#   bash bench/reliability.sh --database-crash               PostgreSQL 15 of this machine stopped with
#                                                             "-m immediate" under load, the application running on
#
# Four clients enrol participants and admit them through the API while the crash happens; each
# acknowledged step (201, 204) is written down. Kill rounds restart the packaged application with its
# default settings (embedded PostgreSQL, random port) every time. Afterwards every acknowledged step
# must be there, and the database must hold no process without its case, no case without its process
# and no completed admission task without its event. Needs curl, jq and psql (postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=20
mode=kill
for arg in "$@"; do
  case $arg in
    --rounds=*) rounds=${arg#*=} ;;
    --with-database) mode=kill-with-database ;;
    --database-crash) mode=database-crash ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

jar=app/target/casebook-app.jar
[ -f "$jar" ] && [ "${RELIABILITY_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B package -DskipTests
work=bench/target/reliability-$mode
rm -rf "$work" && mkdir -p "$work"
data=$work/postgres
port=${RELIABILITY_APP_PORT:-18082}
base="http://localhost:$port"
acked=$work/acknowledged.txt
body_file=$work/body.main
touch "$acked" "$work/errors.txt"
app=""

log() { echo "[reliability $mode] $*"; }
start_app() { # extra options…
  java -jar "$jar" --server.port="$port" --casebook.data-dir="$data" "$@" >>"$work/app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do
    curl -sf "$base/actuator/health/readiness" >/dev/null 2>&1 && return 0
    kill -0 "$app" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}

call() { # user method path [json] -> prints "status content-type body"
  curl -sS --max-time 20 -u "$1:$1" -X "$2" -H 'Content-Type: application/json' ${4:+-d "$4"} \
    -o "$body_file" -w '%{http_code} %{content_type}' "$base$3" 2>/dev/null || echo "000 none"
}

client() { # number
  local n=$1 i=0 answer status type course case task
  body_file=$work/body.$n
  answer=$(call staff POST /api/courses "{\"title\":\"Kurs $n-$RANDOM\",\"educationProvider\":\"VHS\",\"trainers\":[\"trainer\"],\"startDate\":\"$(date +%F)\",\"maxParticipants\":500}")
  [ "${answer%% *}" = 201 ] || return 0
  course=$(jq -r .id "$body_file")
  while :; do
    i=$((i + 1))
    answer=$(call staff POST "/api/courses/$course/enrolments" "{\"name\":\"Jürgen Weiß $n-$i\",\"email\":\"juergen.$n.$i.$RANDOM@example.org\"}")
    status=${answer%% *}; type=${answer#* }
    note "$status" "$type" "enrol"
    [ "$status" = 201 ] || continue
    case=$(jq -r .caseId "$body_file")
    echo "enrolled $case" >>"$acked"
    answer=$(call staff GET "/api/tasks?caseId=$case")
    [ "${answer%% *}" = 200 ] || continue
    task=$(jq -r '.[] | select(.taskKey == "user_admit_participant") | .id' "$body_file" | head -1)
    [ -n "$task" ] || continue
    answer=$(call staff POST "/api/tasks/$task/complete" '{"decision":"admit"}')
    status=${answer%% *}; type=${answer#* }
    note "$status" "$type" "admit"
    [ "$status" = 204 ] && echo "admitted $case" >>"$acked"
  done
}

note() { # status content-type step: answers other than success must be problem details (or no answer at all)
  case $1 in
    2??) ;;
    000) echo "no-answer $3" >>"$work/errors.txt" ;;
    *) [[ $2 == application/problem+json* ]] && echo "problem $1 $3" >>"$work/errors.txt" \
         || echo "NOT-A-PROBLEM-DETAIL $1 $2 $3" >>"$work/errors.txt" ;;
  esac
}

start_clients() {
  clients=()
  for n in 1 2 3 4; do client "$n" & clients+=($!); done
}
stop_clients() {
  kill "${clients[@]}" 2>/dev/null || true
  wait "${clients[@]}" 2>/dev/null || true
}

postmaster_pid() { head -1 "$data/postmaster.pid" 2>/dev/null || true; }
sql() { # query against the database the application used
  if [ "$mode" = database-crash ]; then
    runuser -u postgres -- psql -qtA -d casebook_reliability -c "$1"
  else
    psql -qtA -h localhost -p "$(sed -n 4p "$data/postmaster.pid")" -U postgres -d postgres -c "$1"
  fi
}

starts_ok=0
if [ "$mode" = database-crash ]; then
  bash .ci/postgres15.sh casebook_reliability
  export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')/casebook_reliability"
  export SPRING_DATASOURCE_USERNAME=casebook_app SPRING_DATASOURCE_PASSWORD=casebook_app
  export SPRING_FLYWAY_USER=casebook SPRING_FLYWAY_PASSWORD=casebook
  start_app || { tail -50 "$work/app.log"; exit 1; }
  starts_ok=1
  start_clients
  sleep 5
  log "stopping PostgreSQL with -m immediate"
  pg_ctlcluster 15 main stop -m immediate
  sleep 5
  pg_ctlcluster 15 main start
  log "PostgreSQL is back; load goes on"
  sleep 10
  stop_clients
else
  for round in $(seq 1 "$rounds"); do
    if start_app; then starts_ok=$((starts_ok + 1)); else log "round $round: the application did not start"; tail -30 "$work/app.log"; fi
    start_clients
    sleep $((3 + RANDOM % 5))
    pm=$(postmaster_pid)
    kill -9 "$app" 2>/dev/null || true
    if [ "$mode" = kill-with-database ] && [ -n "$pm" ]; then
      pkill -9 -P "$pm" 2>/dev/null || true
      kill -9 "$pm" 2>/dev/null || true
    fi
    wait "$app" 2>/dev/null || true
    stop_clients
    log "round $round: killed ($(wc -l <"$acked") steps acknowledged so far)"
  done
  start_app || { tail -50 "$work/app.log"; exit 1; }
fi

lost=0
while read -r step case; do
  answer=$(call staff GET "/api/qualifications/$case")
  if [ "${answer%% *}" != 200 ]; then lost=$((lost + 1)); log "LOST: $step $case (${answer%% *})"; continue; fi
  if [ "$step" = admitted ] && [ "$(jq -r .status "$body_file")" = registered ]; then
    lost=$((lost + 1)); log "LOST: admission of $case"
  fi
done <"$acked"

processes_without_case=$(sql "SELECT count(*) FROM act_hi_procinst p WHERE p.super_process_instance_id_ IS NULL
  AND p.business_key_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM domainevententry d WHERE d.aggregateidentifier = p.business_key_)")
cases_without_process=$(sql "SELECT count(DISTINCT d.aggregateidentifier) FROM domainevententry d WHERE d.type = 'Qualification'
  AND NOT EXISTS (SELECT 1 FROM act_hi_procinst p WHERE p.business_key_ = d.aggregateidentifier)")
tasks_without_event=$(sql "SELECT count(*) FROM act_hi_taskinst t JOIN act_hi_procinst p ON p.id_ = t.proc_inst_id_
  WHERE t.task_def_key_ = 'user_admit_participant' AND t.end_time_ IS NOT NULL AND t.delete_reason_ = 'completed'
  AND NOT EXISTS (SELECT 1 FROM domainevententry d WHERE d.aggregateidentifier = p.business_key_
    AND (d.payloadtype LIKE '%ParticipantAdmittedEvent' OR d.payloadtype LIKE '%ParticipantDeclinedEvent'))")
not_problems=$(grep -c NOT-A-PROBLEM-DETAIL "$work/errors.txt" 2>/dev/null || true)
server_errors=$(grep -c '^problem 5[0-9][0-9]' "$work/errors.txt" | tr -d ' ' || true)
unavailable=$(grep -c '^problem 503' "$work/errors.txt" | tr -d ' ' || true)
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true

log "starts: $starts_ok/$([ "$mode" = database-crash ] && echo 1 || echo "$rounds")"
log "acknowledged steps: $(wc -l <"$acked"), lost: $lost"
log "processes without case: $processes_without_case, cases without process: $cases_without_process, completed admission tasks without event: $tasks_without_event"
log "refused or unanswered requests: $(wc -l <"$work/errors.txt") (not a problem detail: ${not_problems:-0}; 503 database unavailable: ${unavailable:-0}; other 5xx: $((server_errors - unavailable)))"
[ "$lost" = 0 ] && [ "$((server_errors - unavailable))" = 0 ] && [ "$processes_without_case" = 0 ] && [ "$cases_without_process" = 0 ] \
  && [ "$tasks_without_event" = 0 ] && [ "${not_problems:-0}" = 0 ] \
  && { [ "$mode" = database-crash ] || [ "$starts_ok" = "$rounds" ]; }
