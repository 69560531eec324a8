#!/usr/bin/env bash
# Wall time of the demo shop's scenario run with its payments twin started by the plugin (the demo
# exactly as committed: the pinned shop-scenarios jar and the pinned payments-twin, WireMock
# standalone in its own JVM) versus the SAME scenario classes with WireMock started inside the
# scenario JVM by a small JUnit 5 extension, what a team would write by hand (twins-demo/: the
# extension, registered through JUnit's extension autodetection, so the scenario sources are
# unchanged). Whole `mvn verify` invocations with strength skipped (PIT would dominate), offline,
# alternating, median of each; plus the scenarios goal's own time from Maven's timestamps. Not a
# test: run by hand, then copy the numbers into docs/performance.md.
#
#   src/bench/twins-vs-junit-extension.sh [runs]     (default 5 runs of each)
#
# SKIP_PLUGIN_BUILD=true reuses the plugin already in it/target/it-repo; KEEP_WORK=true keeps the
# temporary directory with both shops and every build's log. Nothing is written into src/demo or
# into ~/.m2: the demo is copied, and the extension's scenario jar (the demo's version plus
# "-junit-bench") is installed into it/target/it-repo, the local repository of both sides.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}
repo=$root/it/target/it-repo            # the plugin of this checkout, as the ITs use it
tail_repo=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
mvn=("$root/mvnw" -B -ntp -o -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")
timed=(-Dfactory.strength.skip=true -Dorg.slf4j.simpleLogger.showDateTime=true
       -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS verify)
work=$(mktemp -d)
cleanup() { [[ "${KEEP_WORK:-}" == true ]] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

if [[ "${SKIP_PLUGIN_BUILD:-}" != true ]]; then
    echo "Building the plugin into $repo ..."
    ./mvnw -B -ntp -o -q verify -pl it -am -DskipTests
fi

# Twin side: the demo's shop and file repository, copied side by side as in src/demo, unchanged.
mkdir -p "$work/twin" "$work/junit"
cp -r src/demo/shop src/demo/repo "$work/twin/"
# Extension side: the same, plus the scenario project to rebuild with the extension.
cp -r src/demo/shop src/demo/repo src/demo/shop-scenarios "$work/junit/"
rm -rf "$work"/*/shop/target "$work/junit/shop-scenarios/target"

echo "Building the demo's scenarios with the JUnit extension ..."
scenarios=$work/junit/shop-scenarios
pinned=$(sed -n 's:.*<artifact>com.example\:shop-scenarios\:\([^<]*\)</artifact>.*:\1:p' "$work/twin/shop/pom.xml")
variant=$pinned-junit-bench
[[ $(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$scenarios/pom.xml") == "$pinned" ]] \
    || { echo "src/demo/shop-scenarios is not the version the shop pins ($pinned)" >&2; exit 1; }
cp -r src/bench/twins-demo/src/. "$scenarios/src/"
mkdir -p "$scenarios/src/main/resources/payments-twin"
cp -r src/demo/payments-twin/src/main/resources/mappings "$scenarios/src/main/resources/payments-twin/"
python3 - "$scenarios/pom.xml" "$pinned" "$variant" <<'PY'
import sys
pom, pinned, variant = sys.argv[1:]
text = open(pom).read()
old = f"<version>{pinned}</version>"
assert text.count(old) == 1, "the scenario project's version"
text = text.replace(old, f"<version>{variant}</version>")
wiremock = """    <dependency>
      <groupId>org.wiremock</groupId>
      <artifactId>wiremock-standalone</artifactId>
      <version>3.13.2</version>
    </dependency>
  </dependencies>"""
assert text.count("  </dependencies>") == 1, "the scenario project's dependencies"
open(pom, "w").write(text.replace("  </dependencies>", wiremock))
PY
rm -rf "$repo/com/example/shop-scenarios/$variant"
"${mvn[@]}" -q -f "$scenarios/pom.xml" install > "$work/variant-build.log" 2>&1 \
    || { cat "$work/variant-build.log"; exit 1; }
jar=$repo/com/example/shop-scenarios/$variant/shop-scenarios-$variant.jar
unzip -l "$jar" | grep -q 'META-INF/services/org.junit.jupiter.api.extension.Extension' \
    || { echo "$jar lacks the extension's service file" >&2; exit 1; }
# The copy's <scenarios> pins that jar (both sides pinned) and has no <twins>.
python3 - "$work/junit/shop/pom.xml" "$pinned" "$variant" "$(sha256sum "$jar" | cut -d' ' -f1)" <<'PY'
import re, sys
pom, pinned, variant, sha = sys.argv[1:]
text = open(pom).read()
old = f"<artifact>com.example:shop-scenarios:{pinned}</artifact>"
assert text.count(old) == 1, "the shop's scenario artifact"
text = text.replace(old, f"<artifact>com.example:shop-scenarios:{variant}</artifact>")
text, n = re.subn(r"(<artifact>com.example:shop-scenarios:[^<]*</artifact>\s*<sha256>)[0-9a-f]{64}(</sha256>)",
                  rf"\g<1>{sha}\g<2>", text)
assert n == 1, "the shop's scenario sha256"
text, n = re.subn(r"\n\s*(<!--[^>]*-->\s*)?<twins>.*?</twins>", "", text, flags=re.S)
assert n == 1, "the shop's <twins>"
open(pom, "w").write(text)
PY

time_of() {  # side, run: prints the wall time in milliseconds of one `mvn verify`, its log in $work
    local log=$work/$1-$2.log start end
    start=$(date +%s%N)
    "${mvn[@]}" -f "$work/$1/shop/pom.xml" "${timed[@]}" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    end=$(date +%s%N)
    grep -q 'Scenarios: 19 run, 19 passed, 0 failed' "$log" \
        || { grep 'Scenarios:' "$log" >&2; echo "$1: not 19 scenarios run and passed, see $log" >&2; exit 1; }
    echo $(( (end - start) / 1000000 ))
}
span_ms() {  # log, two line fragments: ms from the first line with the one to the next with the other
    python3 - "$@" <<'PY'
import datetime, sys
lines = open(sys.argv[1]).read().splitlines()
t = lambda l: datetime.datetime.strptime(l[:12], "%H:%M:%S.%f")
start = next((i for i, l in enumerate(lines) if sys.argv[2] in l), None)
end = None if start is None else next((l for l in lines[start:] if sys.argv[3] in l), None)
print("?" if end is None else int((t(end) - t(lines[start])).total_seconds() * 1000))  # "?": wording changed
PY
}
goal_ms() { span_ms "$1" ':scenarios (default)' 'Requirements:'; }               # the scenarios goal
twin_ms() { span_ms "$1" 'Starting 1 twin' 'Twin factory.twin.payments.url'; }  # the twin's start
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "Warming up both sides (not counted) ..."
time_of twin warm > /dev/null
time_of junit warm > /dev/null
load_before=$(uptime)

twin=(); junit=(); twin_goal=(); junit_goal=(); twin_start=()
for ((i = 1; i <= runs; i++)); do
    twin+=("$(time_of twin "$i")")
    twin_goal+=("$(goal_ms "$work/twin-$i.log")"); twin_start+=("$(twin_ms "$work/twin-$i.log")")
    requests=$(wc -l < "$work/twin/shop/target/factory/twins/payments.jsonl")
    [[ $requests -gt 0 ]] || { echo "twin run $i: the payments journal is empty" >&2; exit 1; }
    junit+=("$(time_of junit "$i")")
    junit_goal+=("$(goal_ms "$work/junit-$i.log")")
    [[ ! -e "$work/junit/shop/target/factory/twins" ]] \
        || { echo "extension run $i: the plugin started a twin" >&2; exit 1; }
done
t=$(printf '%s\n' "${twin[@]}" | median); j=$(printf '%s\n' "${junit[@]}" | median)
tg=$(printf '%s\n' "${twin_goal[@]}" | median); jg=$(printf '%s\n' "${junit_goal[@]}" | median)
ts=$(printf '%s\n' "${twin_start[@]}" | median)

echo "uptime before the timed runs: $load_before"
echo "uptime after:                 $(uptime)"
echo "JDK: $(java -version 2>&1 | head -1); $("$root/mvnw" -v 2>/dev/null | head -1)"
echo "whole mvn verify, twin (plugin starts WireMock) ms:  ${twin[*]} (median $t)"
echo "whole mvn verify, JUnit extension (in the tests) ms: ${junit[*]} (median $j)"
echo "ratio twin/extension, whole build:                   $(ratio "$t" "$j")"
echo "scenarios goal, twin ms:                             ${twin_goal[*]} (median $tg)"
echo "scenarios goal, JUnit extension ms:                  ${junit_goal[*]} (median $jg)"
echo "ratio twin/extension, scenarios goal:                $(ratio "$tg" "$jg")"
echo "  of which the twin's start (to its URL), twin ms:   ${twin_start[*]} (median $ts)"
for side in twin junit; do
    echo "$side: $(grep -o 'Scenarios: .*' "$work/$side-$runs.log")"
done
echo "journal: $requests requests in the twin side's target/factory/twins/payments.jsonl"
