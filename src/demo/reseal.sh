#!/usr/bin/env bash
# Re-releases the demo's scenario jar into the demo's file repository and pins its new digest in
# the shop's pom, as the QA team and the product team would do by hand.
# Needs the plugin installed first: ./mvnw install -DskipTests (from the repository root).
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"

"$mvnw" -B -ntp -f "$demo/shop-scenarios/pom.xml" clean package deploy:deploy \
  -DaltDeploymentRepository="demo-scenarios::file://$demo/repo"

"$mvnw" -B -ntp -f "$demo/shop/pom.xml" factory:pin -Dfactory.seal=../shop-scenarios
