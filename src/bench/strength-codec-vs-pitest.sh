#!/usr/bin/env bash
# factory:strength against pitest-maven 1.30.2 on Apache Commons Codec 1.17.1: the same classes (the
# codec jar, unpacked into a bench product's target/classes), the same tests (codec's published test
# sources, tagged CODEC-1 and sealed as a scenario jar), the same PIT version, mutators and threads.
# Prints each side's mutants by status, whether both made the same mutants with the same outcome, and
# each goal's wall time (from Maven's timestamps). See strength-codec/ and docs/performance.md.
# Prerequisite: the plugin in a local repository, by default it/target/it-repo, e.g.
#   ./mvnw -B -ntp install -DskipTests -pl factory-rules,factory-maven-plugin -Dmaven.repo.local=it/target/it-repo -Dmaven.repo.local.tail=$HOME/.m2/repository
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
repo="${REPO:-$root/it/target/it-repo}"
threads="${THREADS:-2}"
# PACKAGE=net (say) mutates only org.apache.commons.codec.net and tags only its tests; unset, all of codec.
package="${PACKAGE:+org/apache/commons/codec/$PACKAGE/}"
package="${package:-org/apache/commons/codec/}"
work="$(mktemp -d)"
cp -r "$root/src/bench/strength-codec/." "$work/"
mvn=("$root/mvnw" -B -ntp "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository"
     -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

# The jars this bench starts from (downloaded once) and PIT as the strength goal resolves it.
for a in commons-codec:commons-codec:1.17.1 commons-codec:commons-codec:1.17.1:jar:test-sources \
         org.pitest:pitest-command-line:1.30.2 org.pitest:pitest-junit5-plugin:1.2.3; do
  "${mvn[@]}" -q dependency:get "-Dartifact=$a" > /dev/null
done
codec_jar="$repo/commons-codec/commons-codec/1.17.1/commons-codec-1.17.1.jar"
[ -f "$codec_jar" ] || codec_jar="$HOME/.m2/repository/commons-codec/commons-codec/1.17.1/commons-codec-1.17.1.jar"
sources_jar="${codec_jar%.jar}-test-sources.jar"

# The scenario project: codec's test sources, every top-level class tagged CODEC-1. Left out for both
# sides: the tests that read their resources as files, which a jar cannot give (docs/performance.md,
# the scenarios bench): XXHash32Test, and three methods of DigestUtilsTest; and the three tests that
# allocate 2 to 5 GiB when the heap allows (skipped by their own assumption in the scenario JVM's
# 1 GiB, they crashed PIT's coverage JVM at the default heap): all @Disabled.
python3 - "$sources_jar" "$work/scenarios" "$package" <<'PY'
import re, sys, zipfile, pathlib
jar, project, package = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
failing_from_a_jar = {"XXHash32Test.java"}
disabled = re.compile(r"^(\s+)(public void (testDigestAs|testSha224_FileAsHex|testSha224_PathAsHex|testCodec265"
                      r"|testEnsureBufferSizeExpandsToBeyondMaxBufferSize|testEnsureBufferSizeExpandsToMaxBufferSize)\()", re.M)
declaration = re.compile(r"^((public|abstract|final)\s+)*class\s", re.M)
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        if name.endswith("/") or name.startswith("META-INF/") or name.rsplit("/", 1)[-1] in failing_from_a_jar:
            continue
        if name.endswith(".java"):
            text = z.read(name).decode("utf-8")
            if name.startswith(package):
                text = declaration.sub(lambda m: '@org.junit.jupiter.api.Tag("CODEC-1")\n' + m.group(0), text, count=1)
            text = disabled.sub(lambda m: m.group(1) + '@org.junit.jupiter.api.Disabled("bench: see the script")\n'
                                + m.group(1) + m.group(2), text)
            target = project / "src/main/java" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        else:
            target = project / "src/main/resources" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(name))
PY
"${mvn[@]}" -q -f "$work/scenarios/pom.xml" install > "$work/scenarios-install.log" 2>&1
sha=$(sha256sum "$work/scenarios/target/codec-scenarios-1.17.1.jar" | cut -d' ' -f1)

# The lock: every top-level class of the codec jar (of PACKAGE) is one of spec codec's files.
python3 - "$codec_jar" "$work/product/factory.lock.json" "$package" <<'PY'
import json, sys, zipfile
names = sorted(n[:-len(".class")] + ".java" for n in zipfile.ZipFile(sys.argv[1]).namelist()
               if n.startswith(sys.argv[3]) and n.endswith(".class") and "$" not in n and not n.endswith("package-info.class"))
files = {n: "0" * 64 for n in names}
json.dump({"formatVersion": 1, "specs": {"codec": {"files": files}}}, open(sys.argv[2], "w"), indent=2)
print(f"lock: {len(names)} top-level classes")
PY
# pitest-maven skips a project whose main and test source roots hold no file
mkdir -p "$work/product/src/main/java" "$work/product/src/test/java"
touch "$work/product/src/main/java/.keep" "$work/product/src/test/java/.keep"
product=(-f "$work/product/pom.xml" "-Dscenario.sha256=$sha" "-Dbench.threads=$threads"
         "-Dbench.targetClasses=$(echo "$package" | tr / .)*")
"${mvn[@]}" -q "${product[@]}" -Ppitest dependency:resolve dependency:resolve-plugins > /dev/null 2>&1 || true  # warm

goal_seconds() {  # log, the goal's "--- " header fragment: from its header to the next header or the end
  python3 - "$1" "$2" <<'PY'
import sys, datetime
lines = open(sys.argv[1]).read().splitlines()
t = lambda l: datetime.datetime.strptime(l[:12], "%H:%M:%S.%f")
start = next(i for i, l in enumerate(lines) if "--- " in l and sys.argv[2] in l)
end = next((i for i in range(start + 1, len(lines)) if "--- " in lines[i] or "BUILD" in lines[i]), len(lines) - 1)
print(f"{(t(lines[end]) - t(lines[start])).total_seconds():.1f}")
PY
}

# The same heap for the scenario JVM as in scenarios-vs-surefire.sh (Base64Test.testCodec265).
"${mvn[@]}" -o "${product[@]}" -DargLine=-Xmx1g verify > "$work/strength.log" 2>&1 || true
cp -r "$work/product/target/factory" "$work/strength-reports"
rm -rf "$work/product/target"
"${mvn[@]}" -o "${product[@]}" -Ppitest -Dfactory.scenarios.skip=true -Dfactory.strength.skip=true -Dmaven.test.skip.exec=true \
    verify org.pitest:pitest-maven:1.30.2:mutationCoverage > "$work/pitest.log" 2>&1 || true

strength_goal=$(goal_seconds "$work/strength.log" ":strength ")
pitest_goal=$(goal_seconds "$work/pitest.log" ":mutationCoverage ")
grep -E "^.{13}\[(INFO|WARNING)\] (Strength|Scenarios)" "$work/strength.log" | cut -c14- || true
python3 - "$work/strength-reports/strength/run/pit-report/mutations.xml" "$work/product/target/pit-reports/mutations.xml" <<'PY'
import sys, collections, xml.etree.ElementTree as ET
def mutants(path):
    out = {}
    for m in ET.parse(path).getroot():
        key = tuple("".join(m.find(t).itertext()).strip() for t in ("mutatedClass", "mutatedMethod", "methodDescription",
                                                                   "lineNumber", "mutator", "indexes", "blocks"))
        out[key] = m.get("status")
    return out
s, p = mutants(sys.argv[1]), mutants(sys.argv[2])
for name, ms in (("factory:strength", s), ("pitest-maven", p)):
    statuses = collections.Counter(ms.values())
    detected = sum(n for st, n in statuses.items() if st in ("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"))
    print(f"{name:17} {len(ms)} mutants, {detected} detected, {statuses['SURVIVED']} survived, {statuses['NO_COVERAGE']} no coverage; {dict(sorted(statuses.items()))}")
print(f"same mutants: {set(s) == set(p)} (only strength {len(set(s) - set(p))}, only pitest {len(set(p) - set(s))})")
differ = [(k, s[k], p[k]) for k in set(s) & set(p) if s[k] != p[k]]
print(f"mutants whose status differs: {len(differ)}")
for k, a, b in sorted(differ)[:20]:
    print(f"  {k[0]}.{k[1]} line {k[3]} {k[4].rsplit('.', 1)[-1]}: strength {a}, pitest {b}")
PY
echo "factory:strength goal ${strength_goal}s; pitest-maven mutationCoverage goal ${pitest_goal}s"
echo "ratio strength/pitest (goal): $(echo "scale=2; $strength_goal / $pitest_goal" | bc)"
echo "logs: $work"
