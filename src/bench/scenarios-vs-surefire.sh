#!/usr/bin/env bash
# Runs the published commons-codec tests jar as a factory scenario artifact and through Surefire's
# dependenciesToScan on the same product, and prints tests, failures and wall time of each.
# Prerequisite: the plugin in it/target/it-repo, e.g.
#   ./mvnw -B -ntp verify -pl it -am -Dtest=HelpTest -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
project="$root/src/bench/tests-jar"
repo="$root/it/target/it-repo"
logs="$(mktemp -d)"
# Same heap for both forks: one codec test sizes its allocation from the heap it sees.
mvn=("$root/mvnw" -B -ntp -f "$project/pom.xml" "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository" -DargLine=-Xmx1g)

"${mvn[@]}" -q clean dependency:resolve -Psurefire,scenarios > /dev/null 2>&1 || true   # warm the repository


start=$(date +%s.%N)
"${mvn[@]}" clean verify -Pscenarios > "$logs/scenarios.log" 2>&1 || true
scenarios_time=$(echo "$(date +%s.%N) - $start" | bc)
scenarios_summary=$(grep -m1 "Scenarios:" "$logs/scenarios.log" || echo "no summary")
scenarios_failed=$(grep -E "^\[ERROR\]   FAILED" "$logs/scenarios.log" | sed "s/ — .*//" | sort || true)

start=$(date +%s.%N)
"${mvn[@]}" clean verify -Psurefire -Dmaven.test.failure.ignore=true > "$logs/surefire.log" 2>&1 || true
surefire_time=$(echo "$(date +%s.%N) - $start" | bc)
surefire_summary=$(grep -E "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" "$logs/surefire.log" | tail -1 || echo "no summary")

echo "factory:scenarios  ${scenarios_time}s  $scenarios_summary"
echo "surefire           ${surefire_time}s  $surefire_summary"
echo "logs: $logs"
echo "failed scenarios:"; echo "$scenarios_failed"
echo "surefire errors:"; grep -E "^\[ERROR\]   [A-Za-z0-9]+Test\." "$logs/surefire.log" | sort || true
echo "ratio scenarios/surefire: $(echo "scale=2; $scenarios_time / $surefire_time" | bc)"
