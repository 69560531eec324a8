#!/usr/bin/env bash
# Shows `factory:run` closing the loop on the demo shop without a real model: an OpenAI twin
# (DemoTwin, in the plugin's test sources) answers each spec with the code committed under
# shop/src/factory/java, except that its first answer for `shipping` is a broken variant (`>=`
# becomes `>`, so an order of exactly 5000 cents pays for shipping). It compiles and passes the
# rules, so round 1's verify runs the sealed scenarios, SHP-2 fails, and round 2 regenerates
# shipping told only "SHP-2 failed"; the twin's second answer is the committed code and round 2
# passes. Runs on a temporary copy of the demo: the committed files are never touched.
#
# Needs the plugin (and shop-rules) installed where Maven finds them: ./mvnw -B -ntp install
# -DskipTests from the repository root, or another repository in DEMO_MAVEN_ARGS, for example
#   DEMO_MAVEN_ARGS="-Dmaven.repo.local=$PWD/it/target/it-repo -Dmaven.repo.local.tail=$HOME/.m2/repository"
# BREAK_TIMES=2 breaks the first two answers (three rounds); src/bench/run-loop-bench.sh does that.
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$demo/../.." && pwd)"
mvnw="$root/mvnw"
work="$(mktemp -d)"
twin_pid=""
cleanup() { [ -n "$twin_pid" ] && kill "$twin_pid" 2>/dev/null; [ -z "${KEEP_WORK:-}" ] && rm -rf "$work"; }
trap cleanup EXIT

"$mvnw" -B -ntp -q -f "$root/pom.xml" -pl factory-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
classpath="$root/factory-maven-plugin/target/test-classes:$root/factory-maven-plugin/target/classes:$(cat "$work/classpath.txt")"

# the product and the file repository with its sealed scenario jar, side by side as in src/demo
mkdir -p "$work/demo"
cp -r "$demo/shop" "$demo/repo" "$work/demo/"
rm -rf "$work/demo/shop/target"

java -cp "$classpath" io.github.darkfactory.factory.twin.DemoTwin "$work/port" "$work/demo/shop" \
  shipping "${BREAK_TIMES:-1}" "orderCents >= FREE_FROM_CENTS" "orderCents > FREE_FROM_CENTS" &
twin_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.2; done
[ -s "$work/port" ] || { echo "the twin did not start" >&2; exit 1; }

# The key only has to be present; the twin accepts any.
status=0
OPENAI_API_KEY="sk-demo-twin" "$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$work/demo/shop/pom.xml" factory:run \
  -Dfactory.regenerate=shipping -Dfactory.rounds="${ROUNDS:-3}" \
  -Dfactory.demo.baseUrl="http://127.0.0.1:$(cat "$work/port")/v1" \
  -Dfactory.demo.model=twin-replaying-committed-code | tee "$work/run.log" || status=$?
echo
echo "Round logs: $work/demo/shop/target/factory/run/ (kept only with KEEP_WORK=1)"
grep -F "[factory:run]" "$work/run.log" | sed 's/^\[INFO\] //'
[ -n "${RUN_LOG_COPY:-}" ] && cp -r "$work/demo/shop/target/factory/run" "$work/run.log" "$RUN_LOG_COPY"/
exit $status
