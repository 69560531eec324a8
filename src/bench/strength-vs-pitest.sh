#!/usr/bin/env bash
# Runs factory:strength and pitest-maven (same PIT version, mutators and threads) on the demo shop's
# generated classes and sealed scenarios, and prints the mutants, the killed/survived split and the
# wall time of each goal (from Maven's timestamps), plus each whole build. pitest-maven starts no
# twin, so its side leaves out PaymentScenarios (they need the payments twin); its target classes
# never included the payments adapter.
# Prerequisite: the plugin and shop-rules in a local repository, by default it/target/it-repo, e.g.
#   ./mvnw -B -ntp install -DskipTests -Dmaven.repo.local=it/target/it-repo -Dmaven.repo.local.tail=$HOME/.m2/repository
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
repo="${REPO:-$root/it/target/it-repo}"
threads="${THREADS:-2}"
work="$(mktemp -d)"
cp -r "$root/src/demo/shop" "$work/shop"
cp -r "$root/src/demo/repo" "$work/repo"
rm -rf "$work/shop/target"
# pitest-maven skips a project whose main and test source roots hold no file
mkdir -p "$work/shop/src/main/java" "$work/shop/src/test/java"
touch "$work/shop/src/main/java/.keep" "$work/shop/src/test/java/.keep"
scenarios=$(sed -n 's:.*<artifact>\(com.example\:shop-scenarios\:[^<]*\)</artifact>.*:\1:p' "$work/shop/pom.xml")
mutators="EMPTY_RETURNS,FALSE_RETURNS,TRUE_RETURNS,NULL_RETURNS,PRIMITIVE_RETURNS,VOID_METHOD_CALLS,NEGATE_CONDITIONALS,CONDITIONALS_BOUNDARY"

# pitest-maven needs the scenarios as test classes: a profile unpacks them into target/test-classes.
python3 - "$work/shop/pom.xml" "$scenarios" "$mutators" "$threads" <<'PY'
import sys
pom, coords, mutators, threads = sys.argv[1:]
g, a, v = coords.split(":")
mut = "".join(f"<mutator>{m}</mutator>" for m in mutators.split(","))
profile = f"""
    <profile>
      <id>pitest-bench</id>
      <dependencies>
        <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.13.4</version><scope>test</scope></dependency>
        <dependency><groupId>org.junit.platform</groupId><artifactId>junit-platform-launcher</artifactId><version>1.13.4</version><scope>test</scope></dependency>
      </dependencies>
      <build><plugins>
        <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>
          <executions><execution><phase>process-test-classes</phase><goals><goal>unpack</goal></goals>
            <configuration><artifactItems><artifactItem><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version>
              <outputDirectory>${{project.build.testOutputDirectory}}</outputDirectory><includes>com/example/shop/scenarios/**</includes><excludes>com/example/shop/scenarios/PaymentScenarios*</excludes>
            </artifactItem></artifactItems></configuration></execution></executions></plugin>
        <plugin><groupId>org.pitest</groupId><artifactId>pitest-maven</artifactId><version>1.30.2</version>
          <dependencies><dependency><groupId>org.pitest</groupId><artifactId>pitest-junit5-plugin</artifactId><version>1.2.3</version></dependency></dependencies>
          <configuration>
            <targetClasses><param>com.example.shop.domain.catalog.InMemoryCatalog*</param><param>com.example.shop.domain.pricing.VolumeDiscountPriceCalculator*</param><param>com.example.shop.application.checkout.CatalogCheckout*</param></targetClasses>
            <targetTests><param>com.example.shop.scenarios.*</param></targetTests>
            <mutators>{mut}</mutators><threads>{threads}</threads>
            <outputFormats><param>XML</param></outputFormats><fullMutationMatrix>true</fullMutationMatrix><timestampedReports>false</timestampedReports>
          </configuration></plugin>
      </plugins></build>
    </profile>
"""
text = open(pom).read().replace("</profiles>", profile + "  </profiles>", 1)
open(pom, "w").write(text)
PY

mvn=("$root/mvnw" -B -ntp -f "$work/shop/pom.xml" "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository"
     -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
"${mvn[@]}" -q -Ppitest-bench verify dependency:resolve-plugins -Dfactory.strength.skip=true > /dev/null 2>&1 || true  # warm

goal_seconds() {  # log, the goal's "--- " header fragment: from its header to the next header or the end
  python3 - "$1" "$2" <<'PY'
import re, sys, datetime
lines = open(sys.argv[1]).read().splitlines()
t = lambda l: datetime.datetime.strptime(l[:12], "%H:%M:%S.%f")
start = next(i for i, l in enumerate(lines) if "--- " in l and sys.argv[2] in l)
end = next((i for i in range(start + 1, len(lines)) if "--- " in lines[i] or "BUILD" in lines[i]), len(lines) - 1)
print(f"{(t(lines[end]) - t(lines[start])).total_seconds():.1f}")
PY
}

run() {  # name, args...
  local name=$1; shift
  local start=$(date +%s.%N)
  "${mvn[@]}" "$@" > "$work/$name.log" 2>&1 || true
  echo "$(echo "$(date +%s.%N) - $start" | bc)"
}

rm -rf "$work/shop/target"
strength_build=$(run strength "-Dfactory.strength.threads=$threads" verify)
strength_again=$(run strength-again "-Dfactory.strength.threads=$threads" verify)
cp -r "$work/shop/target/factory/strength" "$work/strength-reports"
rm -rf "$work/shop/target"
pitest_build=$(run pitest -Ppitest-bench -Dfactory.strength.skip=true verify org.pitest:pitest-maven:1.30.2:mutationCoverage)

strength_goal=$(goal_seconds "$work/strength.log" ":strength ")
pitest_goal=$(goal_seconds "$work/pitest.log" ":mutationCoverage ")
echo "factory:strength  goal ${strength_goal}s, build ${strength_build}s: $(grep -m1 'each mutant counted once: ' "$work/strength.log" | sed 's/.*counted once: //')"
for xml in "$work"/strength-reports/run/pit-report/mutations.xml; do
  echo "  $(basename "$(dirname "$(dirname "$xml")")"): $(grep -c '<mutation ' "$xml") mutants, $(grep -c "detected='true'" "$xml") detected"
done
pxml="$work/shop/target/pit-reports/mutations.xml"
echo "pitest-maven      goal ${pitest_goal}s, build ${pitest_build}s: $(grep -c '<mutation ' "$pxml") mutants, $(grep -c "detected='true'" "$pxml") detected, $(grep -c "status='SURVIVED'" "$pxml") survived, $(grep -c "status='NO_COVERAGE'" "$pxml") no coverage"
echo "factory:strength, nothing changed: build ${strength_again}s ($(grep -c "the mutants are reused" "$work/strength-again.log") = reused)"
echo "ratio strength/pitest (goal): $(echo "scale=2; $strength_goal / $pitest_goal" | bc)"
echo "logs: $work"
