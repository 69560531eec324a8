#!/usr/bin/env bash
# Shows `factory:twin-check` finding where the demo's payments twin (payments-twin) lies. A second
# WireMock, started from real-payments/ on a free port, stands in for "the real payment service":
# it has the same three exchanges, except that its approved charge's "id" is a number (1001) where
# the twin answers a string ("ch_1001"). The check replays each of the twin's exchanges against it
# and reports exactly that one difference; the goal fails, as it would in a scheduled CI job, and
# this script exits 0 only when the check found that difference and nothing else.
#
# Needs the plugin installed where Maven finds it: ./mvnw -B -ntp install -DskipTests from the
# repository root (or another repository in DEMO_MAVEN_ARGS, as for the other demo scripts).
# Leaves the report in payments-twin/target/factory/twin-check.json.
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"
work="$(mktemp -d)"
service_pid=""
cleanup() { [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# the same WireMock the plugin runs twins with, resolved by Maven (from the local repository when it is there)
"$mvnw" -B -ntp -q ${DEMO_MAVEN_ARGS:-} -f "$demo/payments-twin/pom.xml" dependency:copy \
  -Dartifact=org.wiremock:wiremock-standalone:3.13.2 -DoutputDirectory="$work" -Dmdep.stripVersion=true

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
java -jar "$work/wiremock-standalone.jar" --bind-address 127.0.0.1 --port "$port" \
  --root-dir "$demo/real-payments" --disable-banner > "$work/service.out" 2>&1 &
service_pid=$!
for _ in $(seq 1 150); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.out" >&2; echo "the stand-in service did not start" >&2; exit 1; }
  sleep 0.2
done
echo "The stand-in for the real payment service listens at http://127.0.0.1:$port"

status=0
"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/payments-twin/pom.xml" factory:twin-check \
  -Dfactory.twin.target="http://127.0.0.1:$port" > "$work/check.log" 2>&1 || status=$?
grep -E '^\[(ERROR|WARNING|INFO)\] payments:|^\[(ERROR|WARNING)\]   ' "$work/check.log" || true

report="$demo/payments-twin/target/factory/twin-check.json"
if [ "$status" -ne 0 ] && [ -f "$report" ] && grep -q '"differ" *: *1' "$report" && grep -q '\$\.id' "$report"; then
  echo "As expected: the twin answers \"id\" as a string where the service answers a number; see $report"
  exit 0
fi
cat "$work/check.log" >&2
echo "Unexpected: the check should have found exactly one difference (\$.id); exit status $status" >&2
exit 1
