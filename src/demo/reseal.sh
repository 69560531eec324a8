#!/usr/bin/env bash
# Re-releases the demo's scenario jar and payments twin into the demo's file repository and pins
# the scenario jar's new digest in the shop's pom, as the QA team and the product team would do by
# hand. factory:pin never pins a twin: copy the payments twin's sha256, which its seal prints in a
# <twin> snippet ("Sealed the twin com.example.twins:payments-twin:…"), into the shop's <twins><twin> by hand.
# A changed jar needs a new <version> in its pom (and in the shop's <artifact>): a release once
# downloaded is never downloaded again, so a changed jar under an old version fails its pin.
# Needs the plugin installed first: ./mvnw install -DskipTests (from the repository root).
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"

"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/shop-scenarios/pom.xml" clean package deploy:deploy \
  -DaltDeploymentRepository="demo-scenarios::file://$demo/repo"

"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/payments-twin/pom.xml" clean package deploy:deploy \
  -DaltDeploymentRepository="demo-scenarios::file://$demo/repo"

"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/shop/pom.xml" factory:pin -Dfactory.seal=../shop-scenarios
