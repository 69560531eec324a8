package io.github.darkfactory.factory.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.PRC_1;
import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.PRC_2;
import static io.github.darkfactory.factory.scenarios.EvidenceReportTest.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceMergeTest {

    private static final String JAR = "com.acme:shop-scenarios:1.0.0";
    private static final String SHA = "a".repeat(64);
    private static final String COMMIT = "c".repeat(40);

    @TempDir
    Path dir;

    private Path shards() {
        return dir.resolve("shards");
    }

    private void shard(String subdirectory, int index, int total, String sha, ScenarioResult... scenarios) throws IOException {
        shardOf(COMMIT, subdirectory, index, total, sha, scenarios);
    }

    private void shardOf(String commit, String subdirectory, int index, int total, String sha, ScenarioResult... scenarios)
            throws IOException {
        ShardFile.write(shards().resolve(subdirectory), new ShardFile.Contents(new Shard(index, total), JAR, sha, "count",
                "split", List.of("com.acme.S" + index), List.of(scenarios), 12, commit));
    }

    private EvidenceMerge.Request request(String pin) {
        return new EvidenceMerge.Request(shards(), pin, dir.resolve("target/factory"), dir, List.of(PRC_1, PRC_2), 1,
                Map.of(), EvidenceHeader.NONE);
    }

    private MergeFailure failure(MergeFailure.Reason reason) {
        MergeFailure failure = assertThrows(MergeFailure.class, () -> EvidenceMerge.merge(request(null), FactoryLog.SILENT));
        assertEquals(reason, failure.reason(), failure.getMessage());
        return failure;
    }

    @Test
    void a_shard_file_reads_back_as_written_with_gherkin_labels_and_failures() throws Exception {
        ScenarioResult gherkin = new ScenarioResult("[engine:cucumber]/[feature:x]/[scenario:1]", "An empty order",
                null, null, List.of("PRC-1"), ScenarioResult.Status.FAILED, 7,
                new ScenarioResult.Failure("java.lang.AssertionError", "expected 0", "trace"), "Pricing › An empty order");
        shard("", 2, 3, SHA, gherkin, scenario("b", ScenarioResult.Status.SKIPPED, "PRC-2"));

        ShardFile.Contents read = ShardFile.read(shards().resolve("evidence-shard-2-of-3.json"));

        assertEquals(new ShardFile.Contents(new Shard(2, 3), JAR, SHA, "count", "split", List.of("com.acme.S2"),
                List.of(gherkin, scenario("b", ScenarioResult.Status.SKIPPED, "PRC-2")), 12, COMMIT), read);
    }

    @Test
    void every_shard_once_merges_into_the_reports_of_the_whole_and_passes_every_gate() throws Exception {
        shard("shard-1", 1, 2, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));
        shard("shard-2", 2, 2, SHA, scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));

        EvidenceReport report = EvidenceMerge.merge(request(SHA.toUpperCase()), FactoryLog.SILENT);

        assertTrue(report.passed());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/factory/evidence.json").toFile());
        assertEquals("PASSED", json.get("status").asText());
        assertEquals(2, json.at("/summary/scenarios").asInt());
        assertEquals(SHA, json.at("/scenarioArtifact/sha256").asText());
        assertTrue(Files.isRegularFile(dir.resolve("target/factory/evidence.html")));
        assertTrue(Files.isRegularFile(dir.resolve("target/factory/scenario-reports/TEST-com.acme.PricingScenarios.xml")));
    }

    @Test
    void the_merged_scenarios_are_ordered_by_class_whatever_shard_ran_them() throws Exception {
        ScenarioResult b = new ScenarioResult("b1", "b1()", "com.acme.B", "b1", List.of("PRC-1"), ScenarioResult.Status.SUCCESSFUL, 1, null);
        ScenarioResult a2 = new ScenarioResult("a2", "a2()", "com.acme.A$Inner", "a2", List.of("PRC-2"), ScenarioResult.Status.SUCCESSFUL, 1, null);
        ScenarioResult a1 = new ScenarioResult("a1", "a1()", "com.acme.A", "a1", List.of("PRC-2"), ScenarioResult.Status.SUCCESSFUL, 1, null);
        shard("", 1, 2, SHA, b);
        shard("", 2, 2, SHA, a2, a1);

        EvidenceReport report = EvidenceMerge.merge(request(null), FactoryLog.SILENT);

        assertEquals(List.of("a2", "a1", "b1"), report.scenarios().stream().map(ScenarioResult::id).toList());
    }

    @Test
    void the_merge_applies_the_evidence_gate_that_no_shard_applied() throws Exception {
        shard("", 1, 2, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));
        shard("", 2, 2, SHA);

        ScenarioFailure failure = assertThrows(ScenarioFailure.class, () -> EvidenceMerge.merge(request(null), FactoryLog.SILENT));

        assertEquals(ScenarioFailure.Reason.MISSING_EVIDENCE, failure.reason());
        assertTrue(failure.getMessage().contains("PRC-2 (pricing)"), failure.getMessage());
        assertTrue(Files.isRegularFile(dir.resolve("target/factory/evidence.json")), "the reports are written first");
    }

    @Test
    void shards_without_any_scenario_fail_as_a_jar_without_tests() throws Exception {
        shard("", 1, 1, SHA);

        ScenarioFailure failure = assertThrows(ScenarioFailure.class, () -> EvidenceMerge.merge(request(null), FactoryLog.SILENT));

        assertEquals(ScenarioFailure.Reason.NO_TESTS, failure.reason());
    }

    @Test
    void a_missing_shard_is_named() throws Exception {
        shard("", 1, 4, SHA);
        shard("", 2, 4, SHA);
        shard("", 4, 4, SHA);

        assertEquals("1 of 4 shards missing in " + shards() + ": evidence-shard-3-of-4.json",
                failure(MergeFailure.Reason.MISSING).getMessage());
    }

    @Test
    void a_shard_given_twice_is_named_with_both_files() throws Exception {
        shard("run-a", 1, 2, SHA);
        shard("run-a", 2, 2, SHA);
        shard("run-b", 2, 2, SHA);

        assertEquals("Shard 2 of 2 is given 2 times: run-a/evidence-shard-2-of-2.json, run-b/evidence-shard-2-of-2.json",
                failure(MergeFailure.Reason.DUPLICATE).getMessage());
    }

    @Test
    void shards_of_different_counts_are_listed() throws Exception {
        shard("", 1, 2, SHA);
        shard("", 2, 3, SHA);

        assertEquals("The shard files come from splits into different numbers of shards (2, 3):\n"
                + "  evidence-shard-1-of-2.json: shard 1 of 2\n  evidence-shard-2-of-3.json: shard 2 of 3",
                failure(MergeFailure.Reason.DIFFERENT_TOTALS).getMessage());
    }

    @Test
    void shards_of_different_digests_are_listed() throws Exception {
        shard("", 1, 2, SHA);
        shard("", 2, 2, "b".repeat(64));

        assertEquals("The shards ran different scenario jars:\n"
                + "  evidence-shard-1-of-2.json: " + JAR + " sha256 " + SHA + "\n"
                + "  evidence-shard-2-of-2.json: " + JAR + " sha256 " + "b".repeat(64),
                failure(MergeFailure.Reason.DIFFERENT_ARTIFACTS).getMessage());
    }

    @Test
    void shards_of_different_splits_or_a_scenario_run_twice_fail() throws Exception {
        shard("", 1, 2, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));
        shard("", 2, 2, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));
        assertEquals("The scenario [engine:junit-jupiter]/[method:a()] ran in two shards: evidence-shard-1-of-2.json and"
                + " evidence-shard-2-of-2.json", failure(MergeFailure.Reason.SCENARIO_IN_TWO_SHARDS).getMessage());

        ShardFile.write(shards(), new ShardFile.Contents(new Shard(2, 2), JAR, SHA, "timings", "other", List.of(),
                List.of(), 0, COMMIT));
        assertTrue(failure(MergeFailure.Reason.DIFFERENT_SPLITS).getMessage().endsWith(
                "  evidence-shard-2-of-2.json: balanced by timings, split other"));
    }

    @Test
    void shards_of_different_commits_fail_and_the_page_names_the_commit_the_shards_tested() throws Exception {
        shard("", 1, 2, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));
        shardOf("d".repeat(40), "", 2, 2, SHA, scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));
        assertEquals("The shards tested different commits of the product:\n"
                + "  evidence-shard-1-of-2.json: commit " + COMMIT + "\n"
                + "  evidence-shard-2-of-2.json: commit " + "d".repeat(40),
                failure(MergeFailure.Reason.DIFFERENT_COMMITS).getMessage());

        shard("", 2, 2, SHA, scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));
        EvidenceMerge.merge(new EvidenceMerge.Request(shards(), null, dir.resolve("target/factory"), dir,
                List.of(PRC_1, PRC_2), 1, Map.of(), new EvidenceHeader("shop", "2026-12-02T12:00:00Z", "e".repeat(40),
                Map.of())), FactoryLog.SILENT);
        String html = Files.readString(dir.resolve("target/factory/evidence.html"));
        assertTrue(html.contains(COMMIT), "the shards' commit");
        assertFalse(html.contains("e".repeat(40)), "not the merge job's commit");
    }

    @Test
    void shards_of_another_jar_than_the_pinned_one_fail() throws Exception {
        shard("", 1, 1, SHA, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));

        MergeFailure failure = assertThrows(MergeFailure.class,
                () -> EvidenceMerge.merge(request("c".repeat(64)), FactoryLog.SILENT));

        assertEquals(MergeFailure.Reason.NOT_THE_PINNED_ARTIFACT, failure.reason());
    }

    @Test
    void an_empty_directory_a_missing_one_and_a_file_that_is_no_shard_file_fail() throws Exception {
        failure(MergeFailure.Reason.NO_DIRECTORY);
        Files.createDirectories(shards().resolve("sub"));
        Files.writeString(shards().resolve("other.json"), "{}");
        assertEquals("No shard file (evidence-shard-*-of-*.json) in " + shards() + " or below it",
                failure(MergeFailure.Reason.NO_SHARDS).getMessage());
        Files.writeString(shards().resolve("sub/evidence-shard-1-of-1.json"), "{\"format\": \"other\"}");
        assertTrue(failure(MergeFailure.Reason.UNREADABLE).getMessage().endsWith(
                "evidence-shard-1-of-1.json is not a shard file: no \"format\": \"factory-evidence-shard/1\""));
        assertTrue(Files.notExists(dir.resolve("target/factory/evidence.json")), "nothing written");
    }

    @Test
    void timings_are_summed_per_top_level_class_from_an_evidence_json() throws Exception {
        Path evidence = dir.resolve("evidence.json");
        Files.writeString(evidence, EvidenceJson.render(EvidenceReport.judge(JAR, SHA, 1, List.of(PRC_1), List.of(
                new ScenarioResult("1", "x()", "com.acme.A", "x", List.of(), ScenarioResult.Status.SUCCESSFUL, 30, null),
                new ScenarioResult("2", "y()", "com.acme.A$Inner", "y", List.of(), ScenarioResult.Status.SUCCESSFUL, 12, null),
                new ScenarioResult("3", "z()", "com.acme.B", "z", List.of(), ScenarioResult.Status.FAILED, 5, null)))));

        assertEquals(Map.of("com.acme.A", 42L, "com.acme.B", 5L), ShardTimings.read(evidence));
        Files.writeString(evidence, "{\"shard\": {\"index\": 1, \"total\": 3}, \"scenarios\": []}");
        assertTrue(assertThrows(IOException.class, () -> ShardTimings.read(evidence)).getMessage()
                .endsWith("is the file of shard 1 of 3, which knows only its own classes"));
        Files.writeString(evidence, "{not json");
        assertTrue(assertThrows(IOException.class, () -> ShardTimings.read(evidence)).getMessage().contains("is not JSON"));
        assertTrue(assertThrows(IOException.class, () -> ShardTimings.read(dir.resolve("none.json"))).getMessage()
                .endsWith("none.json does not exist"));
    }
}
