#!/usr/bin/env bash
# Two application nodes on one PostgreSQL 15 database: a signed-in page session made on node A is
# served by node B; card applications are entered alternately on both; node A is killed (-9) right
# after; node B then carries every case on (its confirmation links requested and mailed within two
# minutes, from the jobs A had locked), with no step, mail or job done twice.
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

# cases entered alternately on both nodes, then node A dies
ids=()
for i in $(seq 1 "$cases"); do
  node=$(( i % 2 == 0 ? 18091 : 18092 ))
  id=$(curl -sS -u staff:staff -H 'Content-Type: application/json' -X POST "http://localhost:$node/api/card-applications" \
    -d "{\"program\":\"nrw\",\"applicant\":{\"name\":\"Jürgen Weiß $i\",\"birthDate\":\"1970-01-0$(( i % 9 + 1 ))\",\"street\":\"Lindenweg $i\",\"postalCode\":\"12345\",\"city\":\"Musterstadt\",\"email\":\"j$i@example.org\"},\"organisations\":[{\"name\":\"Tafel\",\"contactName\":\"Çiğdem Öztürk-Łukasz\",\"contactEmail\":\"tafel$i@example.org\",\"hoursPerWeek\":6,\"since\":\"2019-06-01\",\"role\":\"Ausgabe\",\"unpaid\":true}]}" \
    | jq -r .caseId)
  [ -n "$id" ] && [ "$id" != null ] || fail "application $i was not accepted"
  ids+=("$id")
done
kill -9 "$a"
echo "two nodes: ${#ids[@]} applications entered alternately; node A killed"

deadline=$(( $(date +%s) + 150 ))
while :; do
  requested=$(sql "SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE payloadtype LIKE '%ConfirmationRequestedEvent'")
  [ "$requested" -ge "${#ids[@]}" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || fail "after 150 s only $requested of ${#ids[@]} cases had their confirmation requested"
  sleep 2
done
echo "two nodes: node B carried all ${#ids[@]} cases on within $(( 150 - (deadline - $(date +%s)) )) s"

twice=$(sql "SELECT count(*) FROM (SELECT aggregateidentifier FROM domainevententry WHERE payloadtype LIKE '%ConfirmationRequestedEvent' GROUP BY aggregateidentifier HAVING count(*) > 1) t")
[ "$twice" = 0 ] || fail "$twice cases had their confirmation requested twice"
mails=$(sql "SELECT count(*) FROM outbox_mail WHERE recipient LIKE 'tafel%@example.org'")
[ "$mails" = "${#ids[@]}" ] || fail "$mails confirmation mails for ${#ids[@]} cases"
jobs=$(sql "SELECT count(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL")
[ "$jobs" = 0 ] || fail "$jobs jobs failed"
echo "two nodes: no step, mail or job twice; $mails confirmation mails for ${#ids[@]} cases"
