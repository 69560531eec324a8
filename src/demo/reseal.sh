#!/usr/bin/env bash
# Re-releases the demo's scenario jar into the demo's file repository and pins its new digest in
# the shop's pom, as the QA team and the product team would do by hand. A changed jar needs a new
# <version> in shop-scenarios/pom.xml (and in the shop's <scenarios><artifact>): a release once
# downloaded is never downloaded again, so a changed jar under an old version fails its pin.
# Needs the plugin installed first: ./mvnw install -DskipTests (from the repository root).
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"

"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/shop-scenarios/pom.xml" clean package deploy:deploy \
  -DaltDeploymentRepository="demo-scenarios::file://$demo/repo"

"$mvnw" -B -ntp ${DEMO_MAVEN_ARGS:-} -f "$demo/shop/pom.xml" factory:pin -Dfactory.seal=../shop-scenarios
