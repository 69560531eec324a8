#!/usr/bin/env bash
# Rewrites the demo shop's factory.lock.json (and its services files) with the real
# `factory:generate` goal, without a real model: an OpenAI twin (DemoTwin, in the plugin's test
# sources) answers each spec with the implementation committed under shop/src/factory/java. Every
# check of the goal (paths, compile, architecture, spec boundaries, ServiceLoader) runs on those
# files; the lock records the twin as the model (provider openai, name twin-replaying-committed-code)
# and the token counts it reported.
#
# Needs the plugin built and installed where Maven finds it: ./mvnw -B -ntp install -DskipTests from
# the repository root, or pass another repository in DEMO_MAVEN_ARGS, for example
#   DEMO_MAVEN_ARGS="-Dmaven.repo.local=$PWD/it/target/it-repo -Dmaven.repo.local.tail=$HOME/.m2/repository"
# after an `it` module build. Then commit shop/factory.lock.json.
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$demo/../.." && pwd)"
mvnw="$root/mvnw"
work="$(mktemp -d)"
twin_pid=""
cleanup() { [ -n "$twin_pid" ] && kill "$twin_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$mvnw" -B -ntp -q -f "$root/pom.xml" -pl factory-maven-plugin -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt"
classpath="$root/factory-maven-plugin/target/test-classes:$root/factory-maven-plugin/target/classes:$(cat "$work/classpath.txt")"

java -cp "$classpath" io.github.darkfactory.factory.twin.DemoTwin "$work/port" "$demo/shop" &
twin_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.2; done
[ -s "$work/port" ] || { echo "the twin did not start" >&2; exit 1; }

# The key only has to be present; the twin accepts any. regenerate=all also replaces an existing lock.
OPENAI_API_KEY="sk-demo-twin" "$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/shop/pom.xml" factory:generate \
  -Dfactory.regenerate=all -Dfactory.demo.baseUrl="http://127.0.0.1:$(cat "$work/port")/v1" \
  -Dfactory.demo.model=twin-replaying-committed-code
echo "Rewrote $demo/shop/factory.lock.json; review and commit it."
