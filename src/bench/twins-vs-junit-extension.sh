#!/usr/bin/env bash
# Wall time of a scenario run whose scenarios reach a payment service through a twin the plugin
# starts (WireMock standalone in its own JVM, profile "twin") versus the same scenarios starting
# WireMock inside the test JVM through a JUnit extension (profile "junit"), on the same product.
# Whole `mvn verify` invocations, alternating, median of each. Not a test: run by hand, then copy
# the numbers into docs/performance.md.
#
#   src/bench/twins-vs-junit-extension.sh [runs]     (default 5 runs of each)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}
bench=src/bench/twins
repo=$root/it/target/it-repo            # the plugin of this checkout, as the ITs use it
tail_repo=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
mvn=("$root/mvnw" -B -ntp -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")

if [[ "${SKIP_PLUGIN_BUILD:-}" != true ]]; then
    echo "Building the plugin into $repo ..."
    ./mvnw -B -ntp -q verify -pl it -am -DskipTests
fi
echo "Installing the twin and both scenario jars ..."
for project in payments-twin scenarios scenarios-junit; do
    "${mvn[@]}" -q -f "$bench/$project/pom.xml" install >/dev/null
done
"${mvn[@]}" -q -f "$bench/product/pom.xml" package >/dev/null

time_of() {  # prints the wall time in milliseconds of one Maven invocation
    local start end
    start=$(date +%s%N)
    "${mvn[@]}" -f "$bench/product/pom.xml" "$@" > "$bench/product/target/last-${1#-P}.log" 2>&1 \
        || { cat "$bench/product/target/last-${1#-P}.log"; exit 1; }
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

twin=(); junit=()
for ((i = 0; i < runs; i++)); do
    twin+=("$(time_of -Ptwin verify)")
    junit+=("$(time_of -Pjunit verify)")
done
t=$(printf '%s\n' "${twin[@]}" | median)
j=$(printf '%s\n' "${junit[@]}" | median)

echo "twin (plugin starts WireMock) ms:  ${twin[*]} (median $t)"
echo "JUnit extension (in the tests) ms: ${junit[*]} (median $j)"
echo "ratio twin/extension:              $(awk -v t="$t" -v j="$j" 'BEGIN {printf "%.2f", t / j}')"
for side in twin junit; do
    echo "$side: $(grep -o 'Scenarios: .*' "$bench/product/target/last-$side.log")"
done
echo "journal: $(wc -l < "$bench/product/target/factory/twins/payments.jsonl") requests in target/factory/twins/payments.jsonl"
