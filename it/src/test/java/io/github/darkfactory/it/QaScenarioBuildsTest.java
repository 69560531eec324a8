package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario jars written the way QA teams write them, gating the {@code scn-product} pricing product:
 * requirements covered by {@code @TestFactory} methods only ({@code scn-qa-dynamic}), Gherkin features
 * on the Cucumber engine ({@code scn-qa-gherkin}), and a graph that mixes JUnit Platform versions
 * ({@code scn-qa-mixed}). {@code pricing.bug} makes PRC-1 (an empty order costs nothing) fail.
 */
class QaScenarioBuildsTest {

    private static MavenBuild productGatedOn(String scenarioProject, String copyName) {
        String sha = ScenarioJars.install(scenarioProject, scenarioProject + "-1.0.0.jar");
        return MavenBuild.copyOf("scn-product", copyName)
                .property("scenario.artifact", "it.factory:" + scenarioProject + ":1.0.0")
                .property("scenario.sha256", sha);
    }

    private static JsonNode evidence(MavenBuild build) throws Exception {
        return new ObjectMapper().readTree(build.file("target/factory/evidence.json").toFile());
    }

    private static JsonNode requirement(JsonNode evidence, String id) {
        for (JsonNode requirement : evidence.get("requirements")) {
            if (requirement.get("id").asText().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("no requirement " + id + " in " + evidence);
    }

    private static List<String> tagsOf(JsonNode evidence, String displayName) {
        List<String> tags = new ArrayList<>();
        for (JsonNode scenario : evidence.get("scenarios")) {
            if (scenario.get("displayName").asText().equals(displayName)) {
                scenario.get("tags").forEach(t -> tags.add(t.asText()));
                return tags;
            }
        }
        throw new AssertionError("no scenario " + displayName + " in " + evidence);
    }

    @Test
    void dynamic_tests_count_for_the_tags_of_their_factory_and_its_classes() throws Exception {
        MavenBuild build = productGatedOn("scn-qa-dynamic", "dynamic").property("pricing.bug", "true");

        build.run("verify").assertFailure()
                .assertLine("Scenarios: 4 run, 2 passed, 2 failed")
                .assertLine("Requirements: 2, satisfied 1, missing 0, failed 1")
                .assertLine("  - PRC-1: DynamicPricingScenarios › an empty order", ": expected: <0> but was: <1>");

        JsonNode evidence = evidence(build);
        assertEquals("FAILED", requirement(evidence, "PRC-1").get("status").asText(), "its dynamic tests failed");
        assertEquals("SATISFIED", requirement(evidence, "PRC-2").get("status").asText(), "covered by a factory only");
        assertEquals(2, requirement(evidence, "PRC-2").get("scenarios").size());
        assertEquals(List.of("PRC-2"), tagsOf(evidence, "quantity 0"), "the tag of the @Nested class");
    }

    @Test
    void gherkin_scenarios_give_evidence_for_their_tags_and_are_named_by_feature_and_scenario() throws Exception {
        MavenBuild build = productGatedOn("scn-qa-gherkin", "gherkin").property("pricing.bug", "true");

        build.run("verify").assertFailure()
                .assertLine("Scenarios: 5 run, 4 passed, 1 failed")
                .assertLine("Requirements: 2, satisfied 1, missing 0, failed 1")
                .assertLine("  - PRC-1: Pricing › An empty order costs nothing: expected a total of 0 cents but was 1")
                .assertLine("[WARNING]", "Scenario tag PRC-9 looks like a requirement id but names no requirement")
                .assertNoLine("[engine:cucumber]");

        JsonNode evidence = evidence(build);
        assertEquals("FAILED", requirement(evidence, "PRC-1").get("status").asText());
        JsonNode quantities = requirement(evidence, "PRC-2");
        assertEquals("SATISFIED", quantities.get("status").asText());
        assertEquals(3, quantities.get("scenarios").size(), "the feature's tag covers its rule's scenario too");
        assertEquals(List.of(), tagsOf(evidence, "An order can be priced without any requirement in mind"));
        assertEquals("[\"PRC-9\"]", evidence.get("unknownTags").toString());
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("Quantities › Negative quantities are rejected too › A negative quantity is rejected"), html);
    }

    @Test
    void a_graph_mixing_junit_platform_versions_is_aligned_to_the_highest_and_runs() throws Exception {
        MavenBuild build = productGatedOn("scn-qa-mixed", "mixed");

        build.run("verify").assertSuccess()
                .assertLine("Aligned the scenario graph's JUnit to one line, Platform 1.14.2 (Jupiter 5.14.2)",
                        "junit-platform-commons 1.11.4 → 1.14.2", "junit-jupiter-engine 5.11.4 → 5.14.2")
                .assertLine("Scenarios: 2 run, 2 passed, 0 failed")
                .assertLine("Requirements: 2, satisfied 2, missing 0, failed 0");

        String args = Files.readString(build.file("target/factory/scenario-jvm.args"));
        assertTrue(args.contains("junit-platform-commons-1.14.2.jar") && !args.contains("1.11.4"), args);
    }

    @Test
    void a_jvm_that_cannot_start_is_reported_as_such_with_its_cause() {
        productGatedOn("scn-qa-dynamic", "no-start").property("argLine", "-XX:+FactoryNoSuchOption")
                .run("verify").assertFailure()
                .assertLine("The scenario JVM could not start the run (exit code 1, no scenario had started)",
                        "Unrecognized VM option 'FactoryNoSuchOption'")
                .assertNoLine("System.exit");
    }
}
