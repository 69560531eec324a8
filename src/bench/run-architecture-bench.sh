#!/usr/bin/env bash
# Wall time of `factory:architecture` versus the same rules in a Surefire ArchUnit test, on the
# classes of Guava and ArchUnit (~4,900 classes) unpacked into target/classes. Not a test: run by
# hand, then copy the numbers into docs/performance.md.
#
#   src/bench/run-architecture-bench.sh [runs]     (default 5 runs of each, median reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}
bench=src/bench/architecture
repo=$root/it/target/it-repo            # the plugin of this checkout, as the ITs use it
tail_repo=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
mvn=("$root/mvnw" -B -ntp -q -f "$bench/pom.xml" -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")

echo "Building the plugin into $repo ..."
./mvnw -B -ntp -q verify -pl it -am -DskipTests
echo "Preparing the bench project (unpack, compile the test) and recording the baseline ..."
"${mvn[@]}" test-compile
"${mvn[@]}" factory:architecture -Dfactory.architecture.updateBaseline=true >/dev/null

time_of() {  # prints the wall time in milliseconds of one Maven invocation
    local start end
    start=$(date +%s%N)
    "${mvn[@]}" "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

plugin=(); surefire=()
for ((i = 0; i < runs; i++)); do
    plugin+=("$(time_of factory:architecture)")
    surefire+=("$(time_of surefire:test)")
done
p=$(printf '%s\n' "${plugin[@]}" | median)
s=$(printf '%s\n' "${surefire[@]}" | median)

echo "classes checked:           $(grep '^classes' $bench/target/bench/archunit-counts.txt | cut -d' ' -f2)"
echo "factory:architecture ms:   ${plugin[*]} (median $p)"
echo "surefire ArchUnit test ms: ${surefire[*]} (median $s)"
echo "ratio plugin/surefire:     $(awk -v p="$p" -v s="$s" 'BEGIN {printf "%.2f", p / s}')"
echo "violations (plugin):       $(grep -o '"violations" : [0-9]*' $bench/target/factory/architecture.json)"
echo "violations (ArchUnit):     $(grep -v '^classes' $bench/target/bench/archunit-counts.txt | tr '\n' ' ')"
