package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.github.darkfactory.it.ReadableFiles.assertReadableByAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenarios and seal goals in real builds: a hand-written pricing product ({@code scn-product})
 * gated on sealed scenario jars ({@code scn-scenarios*}) installed as a separate team releases them.
 */
class ScenarioBuildsTest {

    private static final String SCENARIOS = "it.factory:scn-scenarios:1.0.0";

    private static MavenBuild product(String copyName) {
        return MavenBuild.copyOf("scn-product", copyName);
    }

    private static MavenBuild pinnedProduct(String copyName, String scenarioProject) {
        String sha = ScenarioJars.install(scenarioProject, scenarioProject + "-1.0.0.jar");
        return product(copyName).property("scenario.artifact", "it.factory:" + scenarioProject + ":1.0.0")
                .property("scenario.sha256", sha);
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Asserts that Maven printed exactly this line. */
    private static void assertExactLine(MavenBuild.Result result, String line) {
        assertTrue(result.lines().contains(line), () -> "no line is exactly\n" + line + "\nin:\n" + result.log());
    }

    @Test
    void a_correct_product_passes_and_gets_json_html_and_surefire_reports() throws Exception {
        MavenBuild build = pinnedProduct("green", "scn-scenarios");

        build.run("verify").assertSuccess()
                .assertLine("Running the scenarios of " + SCENARIOS)
                .assertLine("Scenarios: 4 run, 4 passed, 0 failed")
                .assertLine("Requirements: 2, satisfied 2, missing 0, failed 0");

        JsonNode evidence = json(build.file("target/factory/evidence.json"));
        assertEquals("PASSED", evidence.get("status").asText());
        assertEquals(SCENARIOS, evidence.at("/scenarioArtifact/coordinates").asText());
        assertEquals(4, evidence.at("/summary/scenarios").asInt());
        assertEquals("PRC-2", evidence.at("/requirements/1/id").asText());
        assertEquals(2, evidence.at("/requirements/1/scenarios").size(), "the @Nested class inherits PRC-2");
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("PRC-1") && html.contains("PASSED"), html);
        String xml = Files.readString(build.file("target/factory/scenario-reports/TEST-it.factory.scenarios.PricingScenarios.xml"));
        assertTrue(xml.contains("tests=\"3\" failures=\"0\" errors=\"0\" skipped=\"0\""), xml);
        String args = Files.readString(build.file("target/factory/scenario-jvm.args"));
        assertTrue(args.contains("junit-platform-launcher-1.13.4.jar"), args);
    }

    @Test
    void every_report_and_file_of_the_fork_is_readable_by_group_and_others() throws Exception {
        MavenBuild build = pinnedProduct("modes", "scn-scenarios");

        build.run("verify").assertSuccess();

        assertReadableByAll(build.file("target/factory/evidence.json"), build.file("target/factory/evidence.html"),
                build.file("target/factory/scenario-reports/TEST-it.factory.scenarios.PricingScenarios.xml"),
                build.file("target/factory/scenario-jvm.args"), build.file("target/factory/scenario-results.jsonl"),
                build.file("target/factory/scenario-output.txt"));
    }

    @Test
    void a_junit_6_scenario_jar_runs_on_its_own_platform() throws Exception {
        MavenBuild build = pinnedProduct("junit6", "scn-scenarios-junit6");

        build.run("verify").assertSuccess().assertLine("Scenarios: 4 run, 4 passed, 0 failed");

        String args = Files.readString(build.file("target/factory/scenario-jvm.args"));
        assertTrue(args.contains("junit-platform-launcher-6.0.3.jar") && !args.contains("1.13.4"), args);
    }

    @Test
    void an_uncovered_requirement_fails_with_missing_behavioural_evidence_and_how_to_release_new_scenarios() {
        MavenBuild.Result result = pinnedProduct("uncovered", "scn-scenarios")
                .property("factory.specs", "src/main/specs-uncovered").run("verify").assertFailure()
                .assertLine("missing behavioural evidence for 1 requirement(s)");

        assertExactLine(result, "[ERROR]   PRC-3 (pricing): WHEN a line has a unit price below 0 THEN totalCents SHALL"
                + " throw IllegalArgumentException. — 0 of 1 passing scenario(s)");
        assertExactLine(result, "[ERROR] Add scenarios tagged @Tag(\"PRC-3\") (in Gherkin: @PRC-3) to the scenario"
                + " project, release it, and pin the new version and sha256 in <scenarios> (factory:seal of the"
                + " scenario project prints the snippet).");
    }

    @Test
    void a_failing_scenario_is_named_as_evidence_html_names_it_with_its_requirement_and_what_to_change() throws Exception {
        MavenBuild build = pinnedProduct("failing", "scn-scenarios").property("pricing.bug", "true");
        Path stepSummary = build.file("step-summary.md");
        Files.writeString(stepSummary, "earlier step\n");
        build.environment("GITHUB_STEP_SUMMARY", stepSummary.toString());

        MavenBuild.Result result = build.run("verify").assertFailure()
                .assertLine("1 scenario(s) failed (1 requirement(s) affected); see target/factory/evidence.html:");

        assertExactLine(result, "[ERROR]   - PRC-1: PricingScenarios › an_empty_order_costs_nothing():"
                + " expected: <0> but was: <1>");
        assertExactLine(result, "[ERROR] Do not edit the generated code: if the product is wrong, clarify the"
                + " requirement in its spec and regenerate with mvn factory:generate -Dfactory.regenerate=pricing");
        assertExactLine(result, "[ERROR] If the scenario is wrong, fix it in the scenario project, release it, and pin"
                + " the new version and sha256 in <scenarios> (factory:seal of the scenario project prints the snippet).");
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("PricingScenarios › an_empty_order_costs_nothing()"), html);

        JsonNode evidence = json(build.file("target/factory/evidence.json"));
        assertEquals("FAILED", evidence.get("status").asText());
        assertEquals("FAILED", evidence.at("/requirements/0/status").asText());
        String summary = Files.readString(stepSummary);
        assertTrue(summary.startsWith("earlier step\n### Behavioural evidence: FAILED\n\n"), summary);
        assertTrue(summary.contains("| PRC-1 | pricing | FAILED | "), summary);
    }

    @Test
    void a_jar_that_does_not_match_its_pin_fails_printing_both_digests() {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");
        String wrong = "0".repeat(64);

        product("mismatch").property("scenario.sha256", wrong).run("verify").assertFailure()
                .assertLine("does not match its pin")
                .assertLine("expected sha256: " + wrong)
                .assertLine("actual sha256:   " + sha);
    }

    @Test
    void an_unpinned_jar_fails_with_the_digest_to_paste() {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");

        product("unpinned").run("verify").assertFailure()
                .assertLine("is not pinned; its sha256 is " + sha)
                .assertLine("Pin it with <sha256>" + sha + "</sha256> inside <scenarios>", "-Dfactory.allowUnpinned=true");
    }

    @Test
    void an_unpinned_jar_runs_with_a_warning_when_allowed() {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");

        product("allow-unpinned").property("factory.allowUnpinned", "true").run("verify").assertSuccess()
                .assertLine("[WARNING]", "is not pinned", sha);
    }

    @Test
    void a_product_depending_on_its_scenario_jar_fails() {
        pinnedProduct("dependency", "scn-scenarios").property("depend.on.scenarios", "true")
                .run("verify").assertFailure()
                .assertLine("is a dependency of it.factory:scn-product", "the evidence would not be sealed");
    }

    @Test
    void a_scenario_project_of_the_same_build_must_be_installed_first() {
        MavenBuild.copyOf("scn-reactor").run("verify").assertFailure()
                .assertLine("it.factory:scn-reactor-scenarios:1.0.0 is a project of this build; install it first");
    }

    @Test
    void a_jar_without_tests_fails() {
        pinnedProduct("empty", "scn-scenarios-empty").run("verify").assertFailure()
                .assertLine("holds no test");
    }

    @Test
    void a_scenario_calling_system_exit_fails_the_build_but_not_maven() {
        MavenBuild build = pinnedProduct("exit", "scn-scenarios-exit");

        build.run("verify").assertFailure()
                .assertLine("The scenario JVM exited (code 3) before all scenarios finished",
                        "a scenario may have called System.exit",
                        "running then: ExitScenarios › a_scenario_that_ends_the_jvm()")
                .assertLine("| about to call System.exit(3)")
                .assertLine("BUILD FAILURE");
    }

    @Test
    void a_hanging_scenario_is_killed_at_the_timeout() {
        long start = System.nanoTime();

        pinnedProduct("hang", "scn-scenarios-hang").property("factory.scenarios.timeout", "5")
                .run("verify").assertFailure()
                // Not asserting which scenario was running: on a loaded machine 5 s may end before
                // the JVM even started it.
                .assertLine("did not finish within 5 s and was killed")
                .assertLine("-Dfactory.scenarios.timeout=<seconds>");

        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 240, "took " + seconds + " s");
    }

    @Test
    void the_scenario_jvm_gets_the_arg_line() throws Exception {
        MavenBuild build = pinnedProduct("arg-line", "scn-scenarios").property("argLine", "-showversion");

        build.run("verify").assertSuccess();

        assertTrue(Files.readString(build.file("target/factory/scenario-output.txt")).contains("version"));
    }

    @Test
    void the_scenario_jvm_is_the_jdk_of_the_maven_toolchain() throws Exception {
        MavenBuild build = pinnedProduct("toolchain", "scn-scenarios").property("use.toolchain", "true");
        // The JDK running the tests, declared under a version only this toolchains.xml knows.
        String javaHome = System.getProperty("java.home");
        Path toolchains = build.file("toolchains.xml");
        Files.writeString(toolchains, "<toolchains><toolchain><type>jdk</type><provides><version>17-it</version>"
                + "</provides><configuration><jdkHome>" + javaHome + "</jdkHome></configuration></toolchain></toolchains>");

        build.run("-t", toolchains.toString(), "verify").assertSuccess()
                .assertLine("Scenario JVM from toolchain: " + Paths.get(javaHome, "bin", "java"));
    }

    @Test
    void skip_tests_skips_the_run_with_a_warning() {
        product("skip-tests").property("skipTests", "true").run("verify").assertSuccess()
                .assertLine("[WARNING]", "no behavioural evidence was checked");
    }

    @Test
    void two_products_run_their_scenarios_in_parallel() {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");
        MavenBuild build = MavenBuild.copyOf("scn-multi").property("scenario.sha256", sha);

        build.run("-T", "2", "verify").assertSuccess();

        List<Path> evidence = new ArrayList<>();
        for (String module : List.of("a", "b")) {
            evidence.add(build.file(module + "/target/factory/evidence.json"));
        }
        assertTrue(evidence.stream().allMatch(Files::isRegularFile), evidence.toString());
    }

    @Test
    void seal_prints_the_pin_of_a_released_scenario_jar() throws Exception {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");

        Path seal = Paths.get(System.getProperty("it.work"), "scn-scenarios-installed", "target/factory/seal.txt");
        assertEquals("<scenarios>\n  <artifact>" + SCENARIOS + "</artifact>\n  <sha256>" + sha + "</sha256>\n</scenarios>\n",
                Files.readString(seal));
        assertReadableByAll(seal);
    }

    @Test
    void pin_writes_a_seal_into_the_products_pom_and_the_pinned_build_passes() throws Exception {
        String sha = ScenarioJars.install("scn-scenarios", "scn-scenarios-1.0.0.jar");
        Path seal = Paths.get(System.getProperty("it.work"), "scn-scenarios-installed", "target/factory/seal.txt");
        MavenBuild build = MavenBuild.copyOf("scn-product", "pin");
        Path pom = build.file("pom.xml");
        String stale = "<artifact>it.factory:scn-scenarios:0.9.0</artifact>\n            <sha256>" + "0".repeat(64) + "</sha256>";
        String before = Files.readString(pom).replace(
                "<artifact>${scenario.artifact}</artifact>\n            <sha256>${scenario.sha256}</sha256>", stale);
        Files.writeString(pom, before);

        build.run("factory:pin", "-Dfactory.seal=" + seal).assertSuccess()
                .assertLine("[INFO] Pinned " + SCENARIOS + " with sha256 " + sha + " in " + pom + " (was it.factory:scn-scenarios:0.9.0"
                        + " with sha256 " + "0".repeat(64) + ").");
        assertEquals(before.replace(stale, "<artifact>" + SCENARIOS + "</artifact>\n            <sha256>" + sha + "</sha256>"),
                Files.readString(pom), "only the artifact and the digest change");
        build.run("verify").assertSuccess().assertLine("Scenarios: ", "passed");
        build.run("factory:pin", "-Dfactory.seal=" + seal.getParent().getParent().getParent()).assertSuccess()
                .assertLine("[INFO] " + pom + " already pins " + SCENARIOS + " with sha256 " + sha + "; nothing to change.");
    }

    @Test
    void pin_refuses_a_missing_or_malformed_seal_and_leaves_the_pom_alone() throws Exception {
        MavenBuild build = MavenBuild.copyOf("scn-product", "pin-bad");
        String before = Files.readString(build.file("pom.xml"));
        build.run("factory:pin").assertFailure().assertLine("No seal to pin: pass the scenario project's seal, e.g. -Dfactory.seal=");
        Path malformed = build.file("seal.txt");
        Files.writeString(malformed, "<scenarios><artifact>a:b:1</artifact><sha256>9f2c…</sha256></scenarios>");
        build.run("factory:pin", "-Dfactory.seal=seal.txt").assertFailure()
                .assertLine("seal.txt holds no seal (an <artifact> with group:artifact:version and a 64-character <sha256>)");
        assertEquals(before, Files.readString(build.file("pom.xml")));
    }

    @Test
    void help_describes_every_parameter_of_scenarios_and_seal() {
        for (String goal : List.of("scenarios", "seal")) {
            MavenBuild.copyOf("help", goal).property("detail", "true").property("goal", goal).run("factory:help")
                    .assertSuccess()
                    .assertLine(goal.equals("seal") ? "skipSeal" : "systemPropertyVariables")
                    .assertNoLine("no description");
        }
    }

    @Test
    void seal_refuses_a_snapshot() {
        MavenBuild.copyOf("scn-seal-snapshot").run("package").assertFailure()
                .assertLine("Refusing to seal it.factory:scn-seal-snapshot:jar:1.0.0-SNAPSHOT")
                .assertLine("[WARNING]", "project.build.outputTimestamp is not set");
    }
}
