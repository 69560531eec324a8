#!/usr/bin/env bash
# Benchmarks of factory:generate (issue 3). Not a test: run by hand, then copy the figures into
# docs/performance.md. Times come from the goal's own "Done with N spec(s) in M ms" line (the
# time inside the goal, without Maven's start-up); wall times of the whole mvn run are shown too.
#
#   src/bench/run-generate-bench.sh [runs] [uptodate|parallel|all]   (default 5 runs, all)
#
# uptodate: 500 specs with their implementations and a lock computed by the plugin's own code,
#           checked by `mvn factory:generate` (no model configured): unchanged with target/ kept
#           (a developer's repeated build, where the up-to-date stamp skips the check), target/
#           kept without the stamp (the first build after a change: the full check), and target/
#           deleted (CI's fresh checkout, which also writes the 1,000 contract files); the same
#           goal on 1 spec; and the baseline UpToDateFloor.java, the least file work of such a
#           check in plain JDK code.
# parallel: 16 independent specs against an OpenAI twin that answers each request after 2 s
#           with the correct implementation, at factory.parallelism 4 and 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-5}
what=${2:-all}
work=$root/target/bench/generate
repo=$root/it/target/it-repo            # the plugin of this checkout, as the ITs use it
tail_repo=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
mvn=("$root/mvnw" -B -ntp -Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$tail_repo")

echo "Building the plugin into $repo ..."
./mvnw -B -ntp -q verify -pl it -am -DskipTests
mkdir -p "$work"
"${mvn[@]}" -q dependency:build-classpath -pl factory-maven-plugin -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/classpath.txt"
cp="$root/factory-maven-plugin/target/classes:$root/factory-maven-plugin/target/test-classes:$(cat "$work/classpath.txt")"
bench() { java -cp "$cp" src/bench/generate/GenerateBench.java "$@"; }

# Runs factory:generate in a project; prints "<ms inside the goal> <CPU ms of the goal's thread>
# <wall ms of the whole mvn run>"; extra args go to mvn.
goal_ms() {
    local dir=$1; shift
    local start end out line
    start=$(date +%s%N)
    out=$("${mvn[@]}" -f "$dir/pom.xml" factory:generate "$@" 2>&1) || { echo "$out" >&2; return 1; }
    end=$(date +%s%N)
    line=$(grep -o 'Done with [0-9]* spec(s) in [0-9]* ms (this thread.s CPU [0-9]* ms)' <<<"$out")
    echo "$(sed -E 's/.* in ([0-9]+) ms .*CPU ([0-9]+) ms.*/\1 \2/' <<<"$line") $(( (end - start) / 1000000 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column_of() { cut -d' ' -f"$1" <<<"$2" | tr '\n' ' '; }
report() {  # label, then "goal cpu wall" lines on stdin
    local lines
    lines=$(cat)
    printf '%s\n' "$1"
    for c in 1:goal 2:goal-thread-CPU 3:mvn-wall; do
        local values
        values=$(column_of "${c%%:*}" "$lines")
        printf '    %-16s ms: %s(median %s)\n' "${c#*:}" "$values" "$(tr ' ' '\n' <<<"$values" | grep . | median)"
    done
}

report_floor() {  # label, then "<ms> ms (...)" lines on stdin
    local values
    values=$(cut -d' ' -f1 | tr '\n' ' ')
    printf '%s\n    %-16s ms: %s(median %s)\n' "$1" plain-JDK "$values" "$(tr ' ' '\n' <<<"$values" | grep . | median)"
}

if [[ $what == all || $what == uptodate ]]; then
    rm -rf "$work/uptodate-500" "$work/uptodate-1" "$work/trash"
    bench uptodate "$work/uptodate-500" 500
    bench uptodate "$work/uptodate-1" 1
    uptime
    for dir in uptodate-1 uptodate-500; do
        project=$work/$dir
        stamp=$project/target/factory/up-to-date.txt
        goal_ms "$project" >/dev/null      # warm-up: writes target/ and the services files once
        sleep 1
        goal_ms "$project" >/dev/null      # a full check over settled files: writes the stamp
        test -f "$stamp"
        for ((i = 0; i < runs; i++)); do goal_ms "$project"; done | report "$dir, unchanged, target/ kept (the stamp skips the check)"
        for ((i = 0; i < runs; i++)); do rm "$stamp"; goal_ms "$project"; done \
            | report "$dir, target/ kept, no stamp (full check)"
        # target/ moved aside rather than deleted: deleting thousands of files just before a run slows the run's writes
        for ((i = 0; i < runs; i++)); do
            mkdir -p "$work/trash" && mv "$project/target" "$work/trash/$dir-$i" && sync
            goal_ms "$project"
        done | report "$dir, target/ deleted (CI)"
        rm -rf "$work/trash"
    done
    # the baseline: the least file work of an up-to-date check of the same 500 specs, in plain JDK code
    floor=$work/floor-contracts
    for ((i = 0; i < runs; i++)); do java src/bench/generate/UpToDateFloor.java "$work/uptodate-500" "$floor"; done \
        | report_floor "floor (UpToDateFloor.java), contracts kept"
    for ((i = 0; i < runs; i++)); do
        rm -rf "$floor" && sync && java src/bench/generate/UpToDateFloor.java "$work/uptodate-500" "$floor"
    done | report_floor "floor (UpToDateFloor.java), contracts written (as on CI)"
    uptime
fi

if [[ $what == all || $what == parallel ]]; then
    rm -rf "$work/parallel" "$work/twin.port"
    java -cp "$cp" src/bench/generate/GenerateBench.java twin "$work/twin.port" 2000 &
    twin_pid=$!                          # the java process itself, so the trap stops the twin
    trap 'kill "$twin_pid" 2>/dev/null || true' EXIT
    while [[ ! -s $work/twin.port ]]; do sleep 0.2; done
    bench parallel "$work/parallel" 16 "$(cat "$work/twin.port")"
    uptime
    for p in 4 1; do
        for ((i = 0; i < runs; i++)); do
            rm -rf "$work/parallel/target" "$work/parallel/src/factory" "$work/parallel/factory.lock.json"
            BENCH_TWIN_KEY=bench goal_ms "$work/parallel" -Dfactory.parallelism=$p
            test "$(grep -c '"inputHash"' "$work/parallel/factory.lock.json")" = 16   # all 16 generated
        done | report "16 specs, 2 s twin, parallelism $p"
    done
    echo "ideal: parallelism 4 = 8000 ms (limit 1.3 x = 10400 ms); parallelism 1 = 32000 ms"
    uptime
fi
