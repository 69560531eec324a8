#!/usr/bin/env bash
# Re-releases the demo's scenario jar into the demo's file repository and pins its new digest in
# the shop's pom, as the QA team and the product team would do by hand.
# Needs the plugin installed first: ./mvnw install -DskipTests (from the repository root).
set -euo pipefail
demo="$(cd "$(dirname "$0")" && pwd)"
mvnw="$demo/../../mvnw"

"$mvnw" -B -ntp -f "$demo/shop-scenarios/pom.xml" clean package deploy:deploy \
  -DaltDeploymentRepository="demo-scenarios::file://$demo/repo"

sha=$(sed -n 's:.*<sha256>\(.*\)</sha256>.*:\1:p' "$demo/shop-scenarios/target/factory/seal.txt")
sed -i "s:<sha256>[^<]*</sha256>:<sha256>$sha</sha256>:" "$demo/shop/pom.xml"
echo "Pinned com.example:shop-scenarios at sha256 $sha in shop/pom.xml"
