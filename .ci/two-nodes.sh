#!/usr/bin/env bash
# Two application nodes on one PostgreSQL 15 database: a signed-in page session made on node A is
# served by node B, also after A died; course participants are enrolled and admitted (task
# completions) alternately on both; card applications are entered alternately, then node A is
# killed (-9) while applications are still being sent to it; node B carries every case on (its
# confirmation links requested and mailed within two minutes, from the jobs A had locked) and takes
# the remaining steps, with no step, mail or job done twice and no acknowledged application lost.
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/postgres15.sh casebook_two
port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" {print $3}')
as_postgres() { PGOPTIONS="-c client_min_messages=warning" runuser -u postgres -- "$@"; }
sql() { as_postgres psql -qtA -d casebook_two -c "$1"; }
jar=app/target/casebook-app.jar
cases=${TWO_NODES_CASES:-12}

start_node() { # name port
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:${port}/casebook_two" \
  SPRING_DATASOURCE_USERNAME=casebook_app SPRING_DATASOURCE_PASSWORD=casebook_app \
  SPRING_FLYWAY_USER=casebook SPRING_FLYWAY_PASSWORD=casebook CASEBOOK_NODE_NAME="$1" \
    java -jar "$jar" --server.port="$2" >"app/target/$1.log" 2>&1 &
  echo $!
}
wait_healthy() { # port pid name
  for _ in $(seq 1 180); do
    curl -sf "http://localhost:$1/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { tail -50 "app/target/$3.log" >&2; return 1; }
    sleep 1
  done
  return 1
}
a=$(start_node node-a 18091)
trap 'kill -9 $a $b 2>/dev/null || true' EXIT
b=""
wait_healthy 18091 "$a" node-a
b=$(start_node node-b 18092)
wait_healthy 18092 "$b" node-b
grep -q "node-a" app/target/node-a.log && grep -q "node-b" app/target/node-b.log

fail() { echo "two nodes: $*" >&2; tail -20 app/target/node-b.log >&2; exit 1; }

# a page session made on A is served by B
jar_file=$(mktemp)
csrf=$(curl -s -c "$jar_file" http://localhost:18091/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=staff&password=staff&_csrf=$csrf" http://localhost:18091/login
code=$(curl -s -b "$jar_file" -o /dev/null -w '%{http_code}' http://localhost:18092/card-applications)
[ "$code" = 200 ] || fail "node B did not know node A's session (HTTP $code)"
echo "two nodes: a session signed in on node A is served by node B"

api() { # user method port path [body]
  curl -sS -u "$1:$1" -H 'Content-Type: application/json' -X "$2" "http://localhost:$3$4" ${5:+-d "$5"}
}
other() { [ "$1" = 18091 ] && echo 18092 || echo 18091; }

# a course: participants enrolled and admitted alternately on both nodes (4 of 6 before A dies)
start=$(date -d '-20 days' +%F)
course=$(api staff POST 18091 /api/courses "{\"title\":\"Kurs auf zwei Knoten\",\"educationProvider\":\"VHS\",\"trainers\":[\"trainer\",\"trainer2\"],\"startDate\":\"$start\"}" | jq -r .id)
[ -n "$course" ] && [ "$course" != null ] || fail "the course was not scheduled"
participants=()
for i in $(seq 1 6); do
  node=$(( i % 2 == 0 ? 18091 : 18092 ))
  id=$(api staff POST "$node" "/api/courses/$course/enrolments" "{\"name\":\"Çiğdem Öztürk-Łukasz $i\",\"email\":\"cigdem$i@example.org\"}" | jq -r .caseId)
  [ -n "$id" ] && [ "$id" != null ] || fail "enrolment $i was not accepted"
  participants+=("$id")
done
admit() { # case node
  local task
  task=$(api staff GET "$2" "/api/tasks?caseId=$1" | jq -r '.[] | select(.taskKey == "user_admit_participant") | .id')
  [ -n "$task" ] || fail "no admission task for $1 on $2"
  api staff POST "$2" "/api/tasks/$task/complete" '{"decision":"admit"}' >/dev/null
}
for i in 0 1 2 3; do admit "${participants[$i]}" "$(( i % 2 == 0 ? 18091 : 18092 ))"; done
echo "two nodes: 6 participants enrolled, 4 admitted, alternately on both nodes"

# cases entered alternately on both nodes, then node A dies while applications are sent to it
application() { # i
  echo "{\"program\":\"nrw\",\"applicant\":{\"name\":\"Jürgen Weiß $1\",\"birthDate\":\"1970-01-0$(( $1 % 9 + 1 ))\",\"street\":\"Lindenweg $1\",\"postalCode\":\"12345\",\"city\":\"Musterstadt\",\"email\":\"j$1@example.org\"},\"organisations\":[{\"name\":\"Tafel\",\"contactName\":\"Çiğdem Öztürk-Łukasz\",\"contactEmail\":\"tafel$1@example.org\",\"hoursPerWeek\":6,\"since\":\"2019-06-01\",\"role\":\"Ausgabe\",\"unpaid\":true}]}"
}
ids=()
for i in $(seq 1 "$cases"); do
  node=$(( i % 2 == 0 ? 18091 : 18092 ))
  id=$(api staff POST "$node" /api/card-applications "$(application "$i")" | jq -r .caseId)
  [ -n "$id" ] && [ "$id" != null ] || fail "application $i was not accepted"
  ids+=("$id")
done
acked=$(mktemp)
( for i in $(seq 101 140); do
    id=$(api staff POST 18091 /api/card-applications "$(application "$i")" 2>/dev/null | jq -r .caseId 2>/dev/null) || exit 0
    [ -n "$id" ] && [ "$id" != null ] && echo "$id" >>"$acked"
  done ) &
load=$!
for _ in $(seq 1 100); do [ "$(wc -l <"$acked")" -ge 3 ] && break; sleep 0.1; done
kill -9 "$a"
killed_at=$(date +%s)
wait "$load" || true
mapfile -t under_load <"$acked"
ids+=("${under_load[@]}")
echo "two nodes: ${#ids[@]} applications acknowledged (${#under_load[@]} of them by node A under load); node A killed"

code=$(curl -s -b "$jar_file" -o /dev/null -w '%{http_code}' http://localhost:18092/card-applications)
[ "$code" = 200 ] || fail "node A's session was lost with node A (HTTP $code on node B)"
echo "two nodes: the session signed in on node A is still served by node B after A died"

# node B takes the remaining steps of the course: the last two admissions, then a session signed off for all
admit "${participants[4]}" 18092
admit "${participants[5]}" 18092
list=$(printf '"%s",' "${participants[@]}")
api trainer POST 18092 "/api/courses/$course/sessions" "{\"date\":\"$(date -d '-1 day' +%F)\",\"hours\":3,\"module\":\"Verbindungen schaffen\",\"participants\":[${list%,}]}" | jq -e .sessionId >/dev/null \
  || fail "node B could not sign off the session"
for id in "${participants[@]}"; do
  steps=$(sql "SELECT string_agg(payloadtype, ',' ORDER BY sequencenumber) FROM domainevententry WHERE aggregateidentifier = '$id'")
  [ "$(grep -o 'ParticipantAdmittedEvent' <<<"$steps" | wc -l)" = 1 ] && [ "$(grep -o 'CourseHoursSignedOffEvent' <<<"$steps" | wc -l)" = 1 ] \
    || fail "participant $id: $steps"
done
echo "two nodes: node B admitted the last participants and signed off the session; each admitted and signed off once"

# every application stored (acknowledged or not: one in flight when A died may have committed) is carried on
submitted=$(sql "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE payloadtype LIKE '%CardApplicationSubmittedEvent'")
for id in "${ids[@]}"; do
  [ "$(sql "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = '$id' AND payloadtype LIKE '%CardApplicationSubmittedEvent'")" = 1 ] \
    || fail "acknowledged application $id is lost"
done
deadline=$(( killed_at + 150 ))
while :; do
  requested=$(sql "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE payloadtype LIKE '%ConfirmationRequestedEvent'")
  [ "$requested" -ge "$submitted" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || fail "150 s after A died only $requested of $submitted cases had their confirmation requested"
  sleep 2
done
echo "two nodes: node B carried all $submitted stored applications on, $(( $(date +%s) - killed_at )) s after node A died"

# the read models: node B's tracking processors take over the token claims node A held
deadline=$(( killed_at + 150 ))
while :; do
  listed=$(api staff GET 18092 "/api/card-applications?q=Wei%C3%9F&size=1" | jq -r .total)
  [ "$listed" = "$submitted" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || fail "150 s after A died node B lists $listed of $submitted applications"
  sleep 2
done
echo "two nodes: node B's read models list all $submitted applications, $(( $(date +%s) - killed_at )) s after node A died"

twice=$(sql "SELECT count(*) FROM (SELECT aggregateidentifier FROM domainevententry WHERE payloadtype LIKE '%ConfirmationRequestedEvent' GROUP BY aggregateidentifier HAVING count(*) > 1) t")
[ "$twice" = 0 ] || fail "$twice cases had their confirmation requested twice"
mails=$(sql "SELECT count(*) FROM outbox_mail WHERE recipient LIKE 'tafel%@example.org'")
[ "$mails" = "$submitted" ] || fail "$mails confirmation mails for $submitted cases"
jobs=$(sql "SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL")
[ "$jobs" = 0 ] || fail "$jobs jobs failed"
echo "two nodes: no step, mail or job twice; $mails confirmation mails for $submitted cases"
