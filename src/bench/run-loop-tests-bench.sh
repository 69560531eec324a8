#!/usr/bin/env bash
# The generate loop's test step versus a bare JUnit Platform launcher in a fresh JVM with the same
# classpath (docs/performance.md, "The product's tests in the generate loop"). Not a test: run by
# hand, then copy the figures into docs/performance.md.
#
#   src/bench/run-loop-tests-bench.sh [runs] [test classes]   (default 7 runs, 20 classes of 5 tests)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-7}
classes=${2:-20}
work=$root/target/bench/loop-tests
mkdir -p "$work"

echo "Compiling the plugin and writing its test classpath ..."
./mvnw -B -ntp -q test-compile dependency:build-classpath -pl factory-maven-plugin -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/classpath.txt"
cp="$root/factory-maven-plugin/target/classes:$(cat "$work/classpath.txt")"
uptime
java -cp "$cp" src/bench/loop-tests/LoopTestsBench.java "$work/run" "$runs" "$classes"
