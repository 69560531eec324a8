package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strength goal in real builds: one spec's class ({@code str-product}) mutated by PIT against
 * a scenario that asserts nothing ({@code str-scenarios-vacuous}) or asserts its result but not
 * at the boundary ({@code str-scenarios-real}).
 */
class StrengthBuildsTest {

    private static MavenBuild product(String copyName, String scenarioProject) {
        String sha = ScenarioJars.install(scenarioProject, scenarioProject + "-1.0.0.jar");
        return MavenBuild.copyOf("str-product", copyName)
                .property("scenario.artifact", "it.factory:" + scenarioProject + ":1.0.0")
                .property("scenario.sha256", sha);
    }

    private static void assertExactLine(MavenBuild.Result result, String line) {
        assertTrue(result.lines().contains(line), () -> "no line is exactly\n" + line + "\nin:\n" + result.log());
    }

    @Test
    void a_scenario_that_asserts_nothing_is_vacuous_and_the_build_fails_naming_it_and_a_surviving_mutant() throws Exception {
        MavenBuild build = product("vacuous", "str-scenarios-vacuous");
        MavenBuild.Result result = build.run("verify").assertFailure()
                .assertLine("vacuous behavioural evidence for 1 requirement(s): their scenarios pass but notice no broken code:");

        assertExactLine(result, "[ERROR]   X-1 (x): WHEN a number up to 1000 is given THEN twice SHALL return the number"
                + " times two. — its scenarios kill 0 of the 3 mutants they run, strength 0.00");
        assertExactLine(result, "[ERROR]       surviving: SimpleDoubler.twice line 9: replaced int return with 0 for"
                + " it/factory/x/internal/SimpleDoubler::twice");
        result.assertLine("To only warn, set -Dfactory.strength.failOnVacuous=false.");
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("<title>Behavioural evidence: PASSED, strength FAILED</title>")
                && html.contains(" · strength: <span class=\"FAILED\">FAILED</span>")
                && html.contains("<br><span class=\"FAILED\">strength 0.00: VACUOUS</span>"), html);
        String strengthSection = html.substring(html.indexOf("<h2>Evidence strength</h2>"));
        assertTrue(strengthSection.contains("<td>DoublingScenarios › doubles_a_small_number()</td></tr>"),
                "the surviving mutant's scenarios by name: " + strengthSection);
        assertFalse(strengthSection.contains("[engine:junit-jupiter]"), strengthSection);
    }

    @Test
    void a_scenario_with_a_real_assertion_has_strength_and_the_build_passes_then_reuses_the_result() throws Exception {
        MavenBuild build = product("real", "str-scenarios-real");

        build.run("verify").assertSuccess()
                .assertLine("[INFO] Strength X-1 (x): its scenarios kill 2 of the 3 mutants they run, strength 0.67")
                .assertLine("[INFO] Strength of all requirements, each mutant counted once: 3 mutants, 2 killed by some"
                        + " scenario, 1 survived every scenario (0 run by none); 0 vacuous, 0 below minimum");

        JsonNode strength = new ObjectMapper().readTree(build.file("target/factory/strength.json").toFile());
        assertEquals("PASSED", strength.get("status").asText());
        assertEquals("X-1", strength.at("/requirements/0/id").asText());
        assertEquals(3, strength.at("/requirements/0/mutants").asInt());
        assertEquals(2, strength.at("/requirements/0/killed").asInt());
        assertEquals(1, strength.get("survivingMutants").size());
        assertEquals("ConditionalsBoundaryMutator", strength.at("/survivingMutants/0/mutator").asText());
        assertEquals("X-1", strength.at("/survivingMutants/0/survivesFor/0").asText());
        assertTrue(strength.at("/survivingMutants/0/scenarios/0").asText().contains("doubles_a_small_number"));
        String html = Files.readString(build.file("target/factory/evidence.html"));
        assertTrue(html.contains("Evidence strength") && html.contains("0.67"), html);

        build.run("verify").assertSuccess()
                .assertLine("Classes and scenarios unchanged since the last run: the mutants are reused")
                .assertLine("Strength X-1 (x): its scenarios kill 2 of the 3 mutants they run, strength 0.67");
    }

    @Test
    void fail_on_vacuous_false_passes_with_a_warning_and_strength_json_says_passed() throws Exception {
        MavenBuild build = product("vacuous-warn", "str-scenarios-vacuous").property("factory.strength.failOnVacuous", "false");
        build.run("verify").assertSuccess()
                .assertLine("[WARNING] vacuous behavioural evidence for 1 requirement(s)");

        JsonNode strength = new ObjectMapper().readTree(build.file("target/factory/strength.json").toFile());
        assertEquals("PASSED", strength.get("status").asText(), "the build passed");
        assertEquals("VACUOUS", strength.at("/requirements/0/status").asText());
    }

    @Test
    void a_requirement_below_min_strength_fails_the_build() {
        MavenBuild.Result result = product("min-strength", "str-scenarios-real").property("factory.minStrength", "0.9")
                .run("verify").assertFailure()
                .assertLine("1 requirement(s) below the minimum strength 0.90:");

        assertExactLine(result, "[ERROR]   X-1 (x): WHEN a number up to 1000 is given THEN twice SHALL return the number"
                + " times two. — its scenarios kill 2 of the 3 mutants they run, strength 0.67");
    }

    @Test
    void min_strength_outside_0_to_1_is_refused_before_anything_runs() {
        for (String minStrength : List.of("1.5", "-0.1")) {
            MavenBuild build = product("min-strength-bad", "str-scenarios-real").property("factory.minStrength", minStrength);
            MavenBuild.Result result = build.run("verify").assertFailure();

            assertExactLine(result, "[ERROR] Failed to execute goal io.github.darkfactory:factory-maven-plugin:"
                    + System.getProperty("it.pluginVersion") + ":strength (default) on project str-product: minStrength"
                    + " (factory.minStrength) is " + minStrength + "; it must be between 0 and 1 (default 0). -> [Help 1]");
            result.assertNoLine("Mutating");
            assertFalse(Files.exists(build.file("target/factory/strength")), "nothing of strength's is written");
            assertFalse(Files.exists(build.file("target/factory/strength.json")));
        }
    }

    @Test
    void without_a_lock_there_is_nothing_to_mutate_and_without_this_builds_scenarios_nothing_to_measure() {
        product("no-lock", "str-scenarios-real").property("factory.lockFile", "no-such-lock.json")
                .run("verify").assertSuccess()
                .assertLine("No generated classes in ", "no-such-lock.json: nothing to mutate");

        product("no-scenarios", "str-scenarios-real").property("factory.scenarios.skip", "true")
                .run("verify").assertSuccess()
                .assertLine("[WARNING] The scenarios goal did not run before strength in this build: strength measures"
                        + " only evidence that passed in the same build, so no evidence strength was measured. Bind the"
                        + " strength goal after the scenarios goal, in the same <execution> (goals run in the order they"
                        + " are listed), or run both with the verify phase (mvn verify), not the strength goal alone.");
    }
}
