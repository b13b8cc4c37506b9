#!/usr/bin/env bash
# Smoke test of the packaged application: it starts with the environment it is given; one mentor
# qualification case runs from enrolment to completion and one volunteer card from application to a
# valid card, a network gains a member and an honour is awarded, through the REST API and the job
# executor.
# Usage: [SPRING_DATASOURCE_URL=… SPRING_DATASOURCE_USERNAME=… SPRING_DATASOURCE_PASSWORD=…] bash .ci/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."

jar=app/target/casebook-app.jar
port=${SMOKE_PORT:-18080}
base="http://localhost:${port}"
log=app/target/smoke.log
[ -f "$jar" ] || { echo "no $jar: run ./mvnw verify (or package) first" >&2; exit 1; }

java -jar "$jar" --server.port="$port" --casebook.data-dir=app/target/smoke-postgres >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -sf "$base/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { echo "the application did not start:" >&2; tail -50 "$log" >&2; exit 1; }
  sleep 1
done
curl -sf "$base/actuator/health" | grep -q UP

if [ -n "${SPRING_DATASOURCE_URL:-}" ] && grep -q "Starting embedded PostgreSQL" "$log"; then
  echo "SPRING_DATASOURCE_URL was set, but an embedded PostgreSQL was started" >&2
  exit 1
fi

fail() { echo "smoke test failed: $*" >&2; tail -30 "$log" >&2; exit 1; }
call() { # user method path [json]
  local user=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -sS -u "$user:$user" -X "$method" -H 'Content-Type: application/json' -d "$body" "$base$path"
  else
    curl -sS -u "$user:$user" -X "$method" "$base$path"
  fi
}
task_of() { # case task-key [user]
  call "${3:-staff}" GET "/api/tasks?caseId=$1" | jq -r --arg key "$2" '.[] | select(.taskKey == $key) | .id'
}
complete() { # case task-key json [user]
  local task user=${4:-staff}
  for _ in $(seq 1 30); do
    task=$(task_of "$1" "$2" "$user")
    [ -n "$task" ] && break
    sleep 1
  done
  [ -n "$task" ] || fail "no open task $2 for case $1"
  code=$(curl -sS -o /dev/null -w '%{http_code}' -u "$user:$user" -X POST -H 'Content-Type: application/json' \
    -d "$3" "$base/api/tasks/$task/complete")
  [ "$code" = 204 ] || fail "completing $2 answered $code"
}

start=$(date -d '-20 days' +%F)
course=$(call staff POST /api/courses "{\"title\":\"Smoke-Kurs\",\"educationProvider\":\"VHS\",\"trainers\":[\"trainer\"],\"startDate\":\"$start\"}" | jq -r .id)
[ -n "$course" ] && [ "$course" != null ] || fail "no course created"
case_id=$(call staff POST "/api/courses/$course/enrolments" '{"name":"Anna Smoke","email":"anna@example.org"}' | jq -r .caseId)
[ -n "$case_id" ] && [ "$case_id" != null ] || fail "no enrolment"

complete "$case_id" user_admit_participant '{"decision":"admit"}'
for days_ago in 10 9 8 7; do
  day=$(date -d "-${days_ago} days" +%F)
  session=$(call trainer POST "/api/courses/$course/sessions" \
    "{\"date\":\"$day\",\"hours\":10,\"module\":\"Verbindungen schaffen\",\"participants\":[\"$case_id\"],\"confirmed\":true}" | jq -r .sessionId)
  [ -n "$session" ] && [ "$session" != null ] || fail "sign-off on $day"
done
complete "$case_id" user_issue_certificate '{}'
complete "$case_id" user_agree_activity_profile '{"fields":["schools"]}'

summary=$(call staff GET "/api/qualifications/$case_id")
[ "$(echo "$summary" | jq -r .status)" = completed ] || fail "status is not completed: $summary"
number=$(echo "$summary" | jq -r .certificateNumber)
# to a file first: a reader that stops after five bytes would break the pipe of a larger PDF
certificate=app/target/smoke-certificate.pdf
call staff GET "/api/qualifications/$case_id/certificate" >"$certificate"
head -c 5 "$certificate" | grep -q '%PDF-' || fail "no certificate PDF"
steps=$(call auditor GET "/api/cases/$case_id/history" | jq length)
[ "$steps" -ge 8 ] || fail "history has only $steps events"

echo "smoke test: case $case_id completed with certificate $number, $steps events in its history"

# A volunteer card: the organisation answers its mailed link, the job executor runs the rules, staff approve.
card=$(call staff POST /api/card-applications '{"program":"nrw","applicant":{"name":"Carla Smoke","birthDate":"1985-04-03","street":"Lindenweg 3","postalCode":"12345","city":"Musterstadt","email":"carla@example.org"},"organisations":[{"name":"Tafel","contactName":"Herr Tafel","contactEmail":"tafel@example.org","hoursPerWeek":6,"since":"2019-06-01","role":"Ausgabe","unpaid":true}]}' | jq -r .caseId)
[ -n "$card" ] && [ "$card" != null ] || fail "no card application"
token=""
for _ in $(seq 1 60); do
  token=$(call staff GET /api/outbox | jq -r '[.items[] | select(.to == "tafel@example.org")][0].body // ""' \
    | grep -o '/public/confirmations/[A-Za-z0-9_-]*' | head -1 | sed 's|.*/||') || true
  [ -n "$token" ] && break
  sleep 1
done
[ -n "$token" ] || fail "no confirmation link in the outbox"
code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d '{"decision":"confirm"}' \
  "$base/public/confirmations/$token")
[ "$code" = 200 ] || fail "confirming answered $code"
for _ in $(seq 1 60); do
  [ -n "$(task_of "$card" user_review_application)" ] && break
  sleep 1
done
complete "$card" user_review_application '{"decision":"approve"}'
verification=$(call staff GET "/api/card-applications/$card" | jq -r .card.verificationCode)
[ "$(curl -sS "$base/public/cards/$verification" -H 'Accept: application/json' | jq -r .status)" = valid ] \
  || fail "the card does not check as valid"

card_number=$(call staff GET "/api/card-applications/$card" | jq -r .card.number)

# A network: the ministry founds it, a municipality applies, its coordinator admits it.
network=$(call ministry POST /api/networks '{"name":"Smoke-Netzwerk","kind":"municipalities","leadOrganisation":"Land","coordinators":["coordinator"],"goals":[{"text":"Karte überall","reviewEveryMonths":12}]}' | jq -r .networkId)
[ -n "$network" ] && [ "$network" != null ] || fail "no network founded"
call staff-b POST "/api/networks/$network/membership-applications" '{"municipality":"beispielheim","contactPerson":"Frau B","declarationSigned":true}' >/dev/null
complete "$network" user_decide_membership '{"decision":"admit"}' coordinator
[ "$(call coordinator GET "/api/networks/$network" | jq -r '.members[0].municipality')" = beispielheim ] \
  || fail "beispielheim is not a member"

# An honour: a thank-you letter passes the formal check and the mayor awards it.
nomination=$(call staff POST /api/nominations '{"awardKind":"thank-you-letter","nominator":{"name":"Nina","email":"nina@example.org"},"nominee":{"name":"Hans Smoke","birthDate":"1955-03-04","street":"Markt 2","postalCode":"12345","city":"Musterstadt"},"engagementSince":"2010-01-01","justification":"Stadtfest","references":[]}' | jq -r .caseId)
[ -n "$nomination" ] && [ "$nomination" != null ] || fail "no nomination"
complete "$nomination" user_formal_check '{"decision":"pass"}'
complete "$nomination" user_decide '{"decision":"award"}' mayor
[ "$(call staff GET "/api/nominations/$nomination" | jq -r .status)" = awarded ] || fail "the honour is not awarded"

echo "smoke test passed: certificate $number; card $card_number issued and valid; network $network with a member; honour awarded"
