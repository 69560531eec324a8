#!/usr/bin/env bash
# Wall time of `factory:architecture` with the harness rules (capabilities, no-evidence-gaming)
# against the same goal without them, on the classes of the architecture bench (Guava and
# ArchUnit, ~4,900 classes). With: one spec (architecture/harness-specs) whose package `com` holds
# every class, granting no capability. Without: no specs directory, so neither rule runs (nor does
# anything else that needs specs: one spec means no cycle rule either way). The runs alternate.
# Not a test: run by hand, then copy the numbers into docs/performance.md.
#
#   src/bench/run-harness-rules-bench.sh [runs]     (default 3 runs of each, median reported)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-3}
bench=src/bench/architecture
repo=$root/it/target/it-repo            # the plugin of this checkout, as the ITs use it
tail_repo=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
mvn=("$root/mvnw" -B -ntp -q -f "$bench/pom.xml" -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")
with=(-Dfactory.specs="$root/$bench/harness-specs")
without=(-Dfactory.specs="$root/$bench/no-specs-here")

if [[ "${SKIP_BUILD:-}" != true ]]; then
    echo "Building the plugin into $repo ..."
    ./mvnw -B -ntp -q verify -pl it -am -DskipTests
fi
echo "Preparing the bench project and recording a baseline holding every violation of both ..."
"${mvn[@]}" test-compile
"${mvn[@]}" factory:architecture -Dfactory.architecture.updateBaseline=true "${with[@]}" >/dev/null
report=$bench/target/factory/architecture.json
count() { grep -c "\"rule\" *: *\"$1\"" "$report" || true; }
capabilities=$(count capabilities); gaming=$(count no-evidence-gaming)

time_of() {  # prints the wall time in milliseconds of one Maven invocation
    local start end
    start=$(date +%s%N)
    "${mvn[@]}" factory:architecture "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load before: $(uptime)"
plain=(); harness=()
for ((i = 0; i < runs; i++)); do
    plain+=("$(time_of "${without[@]}")")
    harness+=("$(time_of "${with[@]}")")
done
echo "load after:  $(uptime)"
p=$(printf '%s\n' "${plain[@]}" | median)
h=$(printf '%s\n' "${harness[@]}" | median)

echo "without the harness rules ms: ${plain[*]} (median $p)"
echo "with the harness rules ms:    ${harness[*]} (median $h)"
echo "ratio with/without:           $(awk -v h="$h" -v p="$p" 'BEGIN {printf "%.3f", h / p}')"
echo "violations recorded:          capabilities $capabilities, no-evidence-gaming $gaming"
