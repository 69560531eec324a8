package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.github.darkfactory.it.ReadableFiles.assertReadableByAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scenario shards and factory:merge-evidence in real builds: a pricing product ({@code shards-product})
 * gated on a scenario jar of several classes ({@code shards-scenarios}), run whole, in three shards,
 * and merged; and every bad shard option and shard directory.
 */
class ShardBuildsTest {

    private static final String SCENARIOS = "it.factory:shards-scenarios:1.0.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MavenBuild product(String copyName) {
        String sha = ScenarioJars.install("shards-scenarios", "shards-scenarios-1.0.0.jar");
        return MavenBuild.copyOf("shards-product", copyName).property("scenario.sha256", sha);
    }

    private static void assertExactLine(MavenBuild.Result result, String line) {
        assertTrue(result.lines().contains(line), () -> "no line is exactly\n" + line + "\nin:\n" + result.log());
    }

    /** Asserts Maven failed the goal with exactly this message (its first line, when it has several). */
    private static void assertFailedWith(MavenBuild.Result result, String message) {
        assertTrue(result.lines().stream().anyMatch(l -> l.startsWith("[ERROR] Failed to execute goal")
                && (l.endsWith(": " + message) || l.endsWith(": " + message + " -> [Help 1]"))),
                () -> "Maven did not fail with\n" + message + "\nin:\n" + result.log());
    }

    private static JsonNode json(Path file) throws Exception {
        return JSON.readTree(file.toFile());
    }

    /** Scenario id → status, and requirement id → status, of an evidence.json. */
    private static Map<String, String> statuses(JsonNode evidence) {
        Map<String, String> statuses = new TreeMap<>();
        evidence.get("scenarios").forEach(s -> statuses.put(s.get("id").asText(), s.get("status").asText()));
        evidence.get("requirements").forEach(r -> statuses.put(r.get("id").asText(), r.get("status").asText()));
        return statuses;
    }

    @Test
    void three_shards_merged_give_the_verdict_reports_and_summary_of_the_unsharded_run() throws Exception {
        MavenBuild whole = product("whole");
        whole.run("verify").assertFailure().assertLine("missing behavioural evidence for 1 requirement(s)");
        JsonNode unsharded = json(whole.file("target/factory/evidence.json"));
        assertEquals(8, unsharded.at("/summary/scenarios").asInt(), unsharded.toString());

        MavenBuild sharded = product("sharded");
        Set<String> seen = new HashSet<>();
        int scenarios = 0;
        for (int i = 1; i <= 3; i++) {
            sharded.property("factory.scenarios.shard", i + "/3").run("verify").assertSuccess()
                    .assertLine("Shard " + i + " of 3: ", " of the 7 classes of the scenario jar (balanced by class count)")
                    .assertLine("The requirement gates are not applied to a shard")
                    .assertNoLine("missing behavioural evidence");
            JsonNode shard = json(sharded.file("target/factory/evidence-shard-" + i + "-of-3.json"));
            assertEquals(i, shard.at("/shard/index").asInt());
            assertEquals(SCENARIOS, shard.at("/scenarioArtifact/coordinates").asText());
            for (JsonNode scenario : shard.get("scenarios")) {
                assertTrue(seen.add(scenario.get("id").asText()), "in two shards: " + scenario);
                scenarios++;
            }
        }
        assertEquals(8, scenarios, "every scenario ran in exactly one shard");
        Path summary = sharded.file("step-summary.md");

        MavenBuild.Result merged = MavenBuild.in(sharded.baseDir()).environment("GITHUB_STEP_SUMMARY", summary.toString())
                .run("factory:merge-evidence", "-Dfactory.evidence.shards=target/factory").assertFailure()
                .assertLine("Merging 3 shards of " + SCENARIOS + " (8 scenarios)")
                .assertLine("Requirements: 4, satisfied 3, missing 1, failed 0 — FAILED");
        assertExactLine(merged, "[ERROR]   PRC-3 (pricing): WHEN a line has a unit price below 0 THEN totalCents SHALL"
                + " throw IllegalArgumentException. — 0 of 1 passing scenario(s)");

        JsonNode evidence = json(sharded.file("target/factory/evidence.json"));
        assertEquals(statuses(unsharded), statuses(evidence));
        assertEquals(unsharded.get("summary"), evidence.get("summary"));
        assertEquals(unsharded.get("scenarioArtifact"), evidence.get("scenarioArtifact"));
        assertEquals("### Behavioural evidence: FAILED\n\n"
                + "Scenarios of `" + SCENARIOS + "`: 8 run, 7 passed, 0 failed.\n"
                + "Requirements: 4, satisfied 3, missing 1, failed 0.\n\n"
                + "| Requirement | Spec | Status | Text |\n|---|---|---|---|\n"
                + "| PRC-3 | pricing | MISSING | WHEN a line has a unit price below 0 THEN totalCents SHALL throw"
                + " IllegalArgumentException. |\n\n", Files.readString(summary));
        assertTrue(Files.isRegularFile(sharded.file("target/factory/scenario-reports/TEST-it.factory.scenarios.QuantityScenarios.xml")));
        String html = Files.readString(sharded.file("target/factory/evidence.html"));
        assertTrue(html.contains("<h1>Behavioural evidence of Shards pricing (it.factory:shards-product:1.0.0):"), html);
        assertTrue(html.contains("<small class=\"spec\">src/main/specs/pricing.md</small>"), html);
        assertTrue(java.util.regex.Pattern.compile("<p class=\"build\">Built <time>\\d{4}-\\d\\d-\\d\\dT[0-9:]{8}Z</time>"
                + " (from commit <code>[0-9a-f]{40}</code>|— not a git checkout)</p>").matcher(html).find(), html);
        assertReadableByAll(sharded.file("target/factory/evidence-shard-1-of-3.json"),
                sharded.file("target/factory/evidence.json"), sharded.file("target/factory/evidence.html"),
                sharded.file("target/factory/scenario-reports/TEST-it.factory.scenarios.QuantityScenarios.xml"));
    }

    @Test
    void a_shard_fails_on_a_failing_scenario_and_still_writes_its_file() throws Exception {
        MavenBuild build = product("shard-fails").property("pricing.bug", "true").property("factory.scenarios.shard", "1/3");

        MavenBuild.Result result = build.run("verify").assertFailure()
                .assertLine("scenario(s) failed in shard 1 of 3", "see target/factory/evidence-shard-1-of-3.json:");

        assertExactLine(result, "[ERROR]   - PRC-1: EmptyOrderScenarios › an_empty_order_costs_nothing():"
                + " expected: <0> but was: <1>");
        assertEquals("FAILED", json(build.file("target/factory/evidence-shard-1-of-3.json")).at("/scenarios/0/status").asText());
    }

    @Test
    void gitlab_and_circleci_variables_choose_the_shard() throws Exception {
        MavenBuild build = product("ci").environment("CIRCLE_NODE_INDEX", "2").environment("CIRCLE_NODE_TOTAL", "3");

        build.run("verify").assertSuccess().assertLine("Shard 3 of 3: 2 of the 7 classes");

        assertTrue(Files.isRegularFile(build.file("target/factory/evidence-shard-3-of-3.json")));
    }

    @Test
    void shards_balanced_by_an_earlier_runs_durations_say_so() throws Exception {
        MavenBuild build = product("timings");
        build.run("verify").assertFailure();
        Files.copy(build.file("target/factory/evidence.json"), build.file("timings.json"));

        build.property("factory.scenarios.shard", "2/2").property("factory.scenarios.timings", "timings.json")
                .run("verify").assertSuccess()
                .assertLine("Shard 2 of 2: ", "(balanced by the durations in " + build.file("timings.json") + ")");
        assertEquals("timings", json(build.file("target/factory/evidence-shard-2-of-2.json")).get("balancedBy").asText());
    }

    @Test
    void each_bad_shard_option_fails_naming_it_and_the_fix() {
        Map<String, String> expected = Map.of(
                "0/4", "-Dfactory.scenarios.shard=0/4: the shard must be between 1 and 4 (shards count from 1): give 1/4 to 4/4.",
                "5/4", "-Dfactory.scenarios.shard=5/4: the shard must be between 1 and 4 (shards count from 1): give 1/4 to 4/4.",
                "a/b", "-Dfactory.scenarios.shard=a/b is not <i>/<n>: give this machine's shard and the number of"
                        + " shards, counting from 1, such as 1/4.",
                "1/0", "-Dfactory.scenarios.shard=1/0: the number of shards must be at least 1, such as 1/4.");
        MavenBuild build = product("bad-option");
        expected.forEach((value, line) -> {
            MavenBuild.Result result = build.property("factory.scenarios.shard", value).run("factory:scenarios").assertFailure();
            assertFailedWith(result, line);
            result.assertNoLine("Running the scenarios");
        });
    }

    @Test
    void ci_variables_half_set_or_not_numbers_fail_naming_them_and_the_fix() {
        MavenBuild.Result half = MavenBuild.copyOf("shards-product", "half").environment("CI_NODE_INDEX", "2")
                .run("factory:scenarios").assertFailure();
        assertFailedWith(half, "CI_NODE_INDEX is set (2) but CI_NODE_TOTAL is not: set both (GitLab's parallel: sets"
                + " both), or choose the shard with -Dfactory.scenarios.shard=<i>/<n>.");

        MavenBuild.Result words = MavenBuild.copyOf("shards-product", "words").environment("CIRCLE_NODE_INDEX", "one")
                .environment("CIRCLE_NODE_TOTAL", "4").run("factory:scenarios").assertFailure();
        assertFailedWith(words, "CIRCLE_NODE_INDEX=one, CIRCLE_NODE_TOTAL=4 are not both whole numbers: set them to"
                + " numbers (CIRCLE_NODE_INDEX counts from 0), or choose the shard with -Dfactory.scenarios.shard=<i>/<n>.");
    }

    /** Writes a shard file as a shard would, with one passing scenario per shard. */
    private static void shardFile(Path directory, int index, int total, String sha) throws Exception {
        ObjectNode root = JSON.createObjectNode().put("format", "factory-evidence-shard/1");
        root.putObject("shard").put("index", index).put("total", total);
        root.putObject("scenarioArtifact").put("coordinates", SCENARIOS).put("sha256", sha);
        ObjectNode scenario = root.putArray("scenarios").addObject().put("id", "[engine:junit-jupiter]/[class:S" + index + "]")
                .put("displayName", "x()").put("className", "it.factory.scenarios.S" + index).put("status", "SUCCESSFUL")
                .put("durationMs", 1);
        scenario.putArray("tags").add("PRC-1");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("evidence-shard-" + index + "-of-" + total + ".json"), root.toString());
    }

    private static MavenBuild.Result merge(MavenBuild build) {
        return build.run("factory:merge-evidence", "-Dfactory.evidence.shards=shards").assertFailure();
    }

    @Test
    void merging_a_missing_a_duplicate_or_another_jars_shard_or_an_empty_directory_fails_and_writes_nothing() throws Exception {
        String sha = ScenarioJars.install("shards-scenarios", "shards-scenarios-1.0.0.jar");
        MavenBuild build = product("bad-merge");
        Path shards = build.file("shards");

        Files.createDirectories(shards);
        assertFailedWith(merge(build), "No shard file (evidence-shard-*-of-*.json) in " + shards + " or below it");

        shardFile(shards.resolve("shard-1"), 1, 3, sha);
        shardFile(shards.resolve("shard-3"), 3, 3, sha);
        MavenBuild.Result missing = merge(build);
        assertFailedWith(missing, "1 of 3 shards missing in " + shards + ": evidence-shard-2-of-3.json");
        missing.assertLine("Run the missing shard(s) with -Dfactory.scenarios.shard=<i>/<n> and add their files");

        shardFile(shards.resolve("shard-2"), 2, 3, sha);
        shardFile(shards.resolve("again"), 2, 3, sha);
        assertFailedWith(merge(build), "Shard 2 of 3 is given 2 times: again/evidence-shard-2-of-3.json,"
                + " shard-2/evidence-shard-2-of-3.json");

        MavenBuild.deleteTree(shards.resolve("again"));
        shardFile(shards.resolve("shard-2"), 2, 3, "0".repeat(64));
        MavenBuild.Result digests = merge(build);
        assertFailedWith(digests, "The shards ran different scenario jars:");
        assertExactLine(digests, "[ERROR]   shard-2/evidence-shard-2-of-3.json: " + SCENARIOS + " sha256 " + "0".repeat(64));
        assertExactLine(digests, "[ERROR]   shard-3/evidence-shard-3-of-3.json: " + SCENARIOS + " sha256 " + sha);

        assertTrue(Files.notExists(build.file("target/factory/evidence.json")), "nothing written");
    }

    @Test
    void merge_evidence_without_specs_fails_saying_where_to_run_it() {
        MavenBuild.Result result = product("no-specs").run("factory:merge-evidence", "-Dfactory.evidence.shards=shards",
                "-Dfactory.specs=src/main/none").assertFailure();

        result.assertLine("No specs directory ", "src/main/none (parameter specsDirectory, property factory.specs):"
                + " factory:merge-evidence judges every requirement of the specs by the shards' scenarios. Run it in the"
                + " product whose specs the scenarios cover, or point -Dfactory.specs at those specs.");
    }
}
