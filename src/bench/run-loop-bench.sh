#!/usr/bin/env bash
# factory:run on the demo shop against the demo twin, broken twice so that three rounds run
# (round 1 and 2 fail SHP-2, round 3 passes), with each round's time split into the model's wait
# (generate's "waited N ms for the model"), generate's checks (the rest of the generate goal) and the
# rest of the round's verify build. Figures: docs/performance.md.
# Uses this checkout's plugin from it/target/it-repo (build the it module first).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp -d)"
export DEMO_MAVEN_ARGS="${DEMO_MAVEN_ARGS:--Dmaven.repo.local=$root/it/target/it-repo -Dmaven.repo.local.tail=$HOME/.m2/repository}"
uptime
start=$(date +%s%N)
BREAK_TIMES=2 ROUNDS=3 RUN_LOG_COPY="$out" "$root/src/demo/run-with-twin.sh" > "$out/script.log" 2>&1 || true
end=$(date +%s%N)
grep -F "[factory:run]" "$out/run.log" | sed 's/^\[INFO\] //'
echo "whole factory:run (Maven start-up, 3 rounds): $(( (end - start) / 1000000 )) ms, including the twin's start"
for log in "$out"/run/round-*.log; do
  n=$(basename "$log" .log)
  total=$(sed -n 's/.*Total time: *\([0-9.]*\) s.*/\1/p' "$log" | tail -1)
  generate=$(sed -n 's/.*Done with [0-9]* spec(s) in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  wait=$(sed -n 's/.*; waited \([0-9]*\) ms for the model.*/\1/p' "$log" | awk '{ s += $1 } END { print s + 0 }')
  awk -v n="$n" -v t="${total:-0}" -v g="${generate:-0}" -v w="$wait" \
    'BEGIN { printf "%s: round build %.0f ms = model wait %d ms + checks %d ms + the rest of verify %.0f ms\n", n, t*1000, w, g-w, t*1000-g }'
done
echo "logs in $out"
