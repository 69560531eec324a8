package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strength goal's edges in one real build of {@code str-edges} against {@code str-scenarios-edges}:
 * a mutant that makes a scenario hang (spec loop), a mutant that calls {@code System.exit} (spec exit),
 * a spec without requirements (none) and a requirement whose only scenario is {@code @Disabled}
 * (skipped, with {@code factory.minEvidence=0}, without which the scenarios goal fails it as missing).
 * The build has five minutes (about one on a quiet machine): PIT's own timeouts end the hanging
 * mutants, so Maven never waits on them.
 */
class StrengthEdgesBuildsTest {

    private static MavenBuild build;
    private static MavenBuild.Result result;

    @BeforeAll
    static void build() {
        String sha = ScenarioJars.install("str-scenarios-edges", "str-scenarios-edges-1.0.0.jar");
        build = MavenBuild.copyOf("str-edges", "edges")
                .property("scenario.artifact", "it.factory:str-scenarios-edges:1.0.0")
                .property("scenario.sha256", sha)
                .property("factory.minEvidence", "0")
                .timeoutSeconds(300);
        result = build.run("verify");
    }

    private static void assertExactLine(String line) {
        assertTrue(result.lines().contains(line), () -> "no line is exactly\n" + line + "\nin:\n" + result.log());
    }

    private static JsonNode strengthJson() throws IOException {
        return new ObjectMapper().readTree(build.file("target/factory/strength.json").toFile());
    }

    private static JsonNode requirement(String id) throws IOException {
        for (JsonNode requirement : strengthJson().get("requirements")) {
            if (requirement.get("id").asText().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("no requirement " + id + " in strength.json");
    }

    @Test
    void the_build_ends_with_every_file_whole_and_no_mutation_jvm_left() throws IOException {
        result.assertExitCode(0);
        assertEquals("PASSED", strengthJson().get("status").asText());
        try (Stream<Path> files = Files.walk(build.file("target/factory"))) {
            List<Path> temporary = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary, "no temporary file is left half-written");
        }
        assertTrue(Files.readString(build.file("target/factory/evidence.html")).contains("Evidence strength"));
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("")
                .contains(build.baseDir().toString() + "/target/factory/strength")), "a mutation JVM outlived the build");
    }

    /** PIT's statuses of the mutants of one class, from its report. */
    private static List<String> pitStatuses(String className) throws IOException {
        String report = Files.readString(build.file("target/factory/strength/run/pit-report/mutations.xml"));
        return Stream.of(report.split("<mutation ")).filter(m -> m.contains("<mutatedClass>" + className + "<"))
                .map(m -> m.substring(m.indexOf("status='") + 8, m.indexOf('\'', m.indexOf("status='") + 8))).sorted().toList();
    }

    private static final String COUNTED_AS_KILLED = "[INFO] Counted as killed: 2 ended the scenario's JVM (System.exit"
            + " or a crash) (RUN_ERROR), 1 made a scenario hang past PIT's timeout (TIMED_OUT); PIT went on with a new"
            + " test JVM after each";

    @Test
    void a_mutant_that_makes_a_scenario_hang_is_ended_by_pits_timeout_and_counts_as_killed() throws IOException {
        assertExactLine("[INFO] Strength L-1 (loop): its scenarios kill 4 of the 4 mutants they run, strength 1.00");
        assertExactLine(COUNTED_AS_KILLED);
        assertEquals(List.of("KILLED", "KILLED", "KILLED", "TIMED_OUT"), pitStatuses("it.factory.loop.internal.StepCounter"),
                "the call to step removed: the loop never ends");
        assertEquals("MEASURED", requirement("L-1").get("status").asText());
    }

    @Test
    void a_mutant_that_calls_system_exit_ends_only_pits_test_jvm_and_counts_as_killed() throws IOException {
        assertExactLine("[INFO] Strength E-1 (exit): its scenarios kill 3 of the 3 mutants they run, strength 1.00");
        assertExactLine(COUNTED_AS_KILLED);
        assertEquals(List.of("KILLED", "NO_COVERAGE", "RUN_ERROR", "RUN_ERROR"), pitStatuses("it.factory.exit.internal.ExitingGuard"),
                "negated or moved, the guard exits on the scenario's own numbers; the removed exit call is never run");
        assertEquals("MEASURED", requirement("E-1").get("status").asText());
        assertExactLine("[INFO] Strength of all requirements, each mutant counted once: 8 mutants, 7 killed by some"
                + " scenario, 1 survived every scenario (1 run by none); 0 vacuous, 0 below minimum");
    }

    @Test
    void a_spec_without_requirements_is_said_to_have_nothing_measuring_it() {
        assertExactLine("[INFO] Spec none has no requirements: no scenario measures its classes");
        result.assertNoLine("PlainEcho");
    }

    @Test
    void a_requirement_with_only_skipped_scenarios_is_not_measured_and_not_vacuous() throws IOException {
        assertExactLine("[WARNING] Spec skipped: no scenario tagged with its requirements passed (all skipped?): its"
                + " strength is not measured");
        assertExactLine("[INFO] Strength S-1 (skipped): no passing scenario: not measured");
        assertEquals("NO_PASSING_SCENARIO", requirement("S-1").get("status").asText());
        assertFalse(strengthJson().toString().contains("VACUOUS"));
    }
}
