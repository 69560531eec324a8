#!/usr/bin/env bash
# Runs the published commons-codec tests jar (the scenario artifact of src/bench/tests-jar) whole,
# then in 4 shards one after another, merges the shards, and checks what issue 13 must show:
#   1. the merge gives exactly the requirement statuses and scenario results of the unsharded run;
#   2. the 4 shards' scenario sets are disjoint and cover all;
#   3. the slowest shard's scenario JVM ran at most 0.4x as long as the unsharded run's.
# BALANCE=count|timings|both (default both): shards balanced by class count, and/or by the
# durations of the unsharded run's evidence.json (-Dfactory.scenarios.timings).
# Prerequisite: the plugin in it/target/it-repo, e.g.
#   ./mvnw -B -ntp verify -pl it -am -Dtest=HelpTest -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
project="$root/src/bench/tests-jar"
repo="$root/it/target/it-repo"
logs="$(mktemp -d)"
balance="${BALANCE:-both}"
mvn=("$root/mvnw" -B -ntp -f "$project/pom.xml" "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository"
     -DargLine=-Xmx1g -Pscenarios "-Dfactory.specs=$project/specs-shards")

"${mvn[@]}" -q clean verify -Dfactory.skip=true > /dev/null 2>&1 || true   # warm the repository and compile

ms_of_fork() { grep -m1 -o "The scenario JVM ran for [0-9]* ms" "$1" | grep -o "[0-9]\+" || echo 0; }

start=$(date +%s.%N)
"${mvn[@]}" verify > "$logs/unsharded.log" 2>&1 || true
whole_wall=$(echo "$(date +%s.%N) - $start" | bc)
cp "$project/target/factory/evidence.json" "$logs/unsharded.json"
whole_fork=$(ms_of_fork "$logs/unsharded.log")
echo "unsharded: fork ${whole_fork} ms, build ${whole_wall} s, $(grep -m1 'Scenarios:' "$logs/unsharded.log" | sed 's/^\[INFO\] //')"

run_shards() {   # $1 = count | timings
  local mode=$1 dir="$logs/shards-$1" extra=()
  mkdir -p "$dir"
  [[ $mode == timings ]] && extra=("-Dfactory.scenarios.timings=$logs/unsharded.json")
  for i in 1 2 3 4; do
    start=$(date +%s.%N)
    "${mvn[@]}" verify "-Dfactory.scenarios.shard=$i/4" "${extra[@]}" > "$dir/shard-$i.log" 2>&1 || true
    echo "$(echo "$(date +%s.%N) - $start" | bc)" > "$dir/shard-$i.wall"
    cp "$project/target/factory/evidence-shard-$i-of-4.json" "$dir/"
  done
  "${mvn[@]}" factory:merge-evidence "-Dfactory.evidence.shards=$dir" > "$dir/merge.log" 2>&1 || true
  cp "$project/target/factory/evidence.json" "$dir/merged.json"
  python3 - "$logs/unsharded.json" "$dir" "$whole_fork" "$mode" "$logs/unsharded.log" "$dir/merge.log" <<'PY'
import json, sys, glob, os, re
unsharded = json.load(open(sys.argv[1])); d = sys.argv[2]; whole_fork = int(sys.argv[3]); mode = sys.argv[4]
merged = json.load(open(os.path.join(d, "merged.json")))
def results(e): return {s["id"]: s["status"] for s in e["scenarios"]}
def reqs(e): return {r["id"]: r["status"] for r in e["requirements"]}
same = results(unsharded) == results(merged) and reqs(unsharded) == reqs(merged) and unsharded["status"] == merged["status"]
def errors(log): return sorted(l for l in open(log) if l.startswith("[ERROR]   "))  # merged: by class, not discovery order
same_lines = errors(sys.argv[5]) == errors(sys.argv[6])
sets, forks = [], []
for i in range(1, 5):
    s = json.load(open(os.path.join(d, f"evidence-shard-{i}-of-4.json")))
    sets.append({x["id"] for x in s["scenarios"]}); forks.append(s["runMs"])
    wall = float(open(os.path.join(d, f"shard-{i}.wall")).read())
    tests = sum(x["durationMs"] for x in s["scenarios"])
    print(f"  {mode} shard {i}/4: {len(s['classes'])} classes, {len(s['scenarios'])} scenarios, tests {tests} ms,"
          f" fork {s['runMs']} ms, build {wall:.1f} s")
union = set().union(*sets)
disjoint = sum(len(s) for s in sets) == len(union)
covers = union == set(results(unsharded))
ratio = max(forks) / whole_fork if whole_fork else float("nan")
print(f"  {mode}: merged {merged['summary']} | unsharded {unsharded['summary']}")
print(f"  {mode}: same statuses and results: {same}; same gate lines (as a set): {same_lines}; disjoint: {disjoint}; cover all: {covers};"
      f" slowest shard fork {max(forks)} ms / unsharded fork {whole_fork} ms = {ratio:.2f} (<= 0.40: {ratio <= 0.40})")
PY
}

[[ $balance == count || $balance == both ]] && run_shards count
[[ $balance == timings || $balance == both ]] && run_shards timings
echo "logs: $logs"
