package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JUnitAlignmentTest {

    private static DependencyEntry jar(String group, String artifact, String version) {
        return new DependencyEntry(group, artifact, version, "", Path.of(artifact + "-" + version + ".jar"));
    }

    @Test
    void an_aligned_graph_needs_nothing() throws Exception {
        Optional<JUnitAlignment> alignment = JUnitAlignment.of(List.of(
                jar("org.junit.jupiter", "junit-jupiter-api", "5.13.4"),
                jar("org.junit.platform", "junit-platform-engine", "1.13.4"),
                jar("org.opentest4j", "opentest4j", "1.3.0")));

        assertTrue(alignment.isEmpty());
    }

    @Test
    void a_mixed_graph_moves_to_the_highest_platform_with_the_jupiter_that_matches_it() throws Exception {
        JUnitAlignment alignment = JUnitAlignment.of(List.of(
                jar("org.junit.jupiter", "junit-jupiter-api", "5.11.4"),
                jar("org.junit.platform", "junit-platform-commons", "1.11.4"),
                jar("io.cucumber", "cucumber-junit-platform-engine", "7.34.2"),
                jar("org.junit.platform", "junit-platform-engine", "1.14.2"))).orElseThrow();

        assertEquals("1.14.2", alignment.platformVersion());
        assertEquals(List.of("org.junit.jupiter:junit-jupiter-api:5.14.2", "org.junit.platform:junit-platform-commons:1.14.2",
                "org.junit.platform:junit-platform-engine:1.14.2"), alignment.coordinates());
        assertEquals("Aligned the scenario graph's JUnit to one line, Platform 1.14.2 (Jupiter 5.14.2):"
                + " junit-jupiter-api 5.11.4 → 5.14.2, junit-platform-commons 1.11.4 → 1.14.2", alignment.describe());
    }

    @Test
    void a_jupiter_newer_than_the_platform_jars_decides_the_line() throws Exception {
        JUnitAlignment alignment = JUnitAlignment.of(List.of(
                jar("org.junit.platform", "junit-platform-engine", "1.9.3"),
                jar("org.junit.jupiter", "junit-jupiter-engine", "5.10.0"))).orElseThrow();

        assertEquals("1.10.0", alignment.platformVersion());
    }

    @Test
    void junit_5_and_junit_6_jars_are_refused_naming_each_artifact_and_version() {
        ScenarioFailure failure = assertThrows(ScenarioFailure.class, () -> JUnitAlignment.of(List.of(
                jar("org.junit.jupiter", "junit-jupiter-api", "6.0.3"),
                jar("org.junit.platform", "junit-platform-engine", "1.14.2"))));

        assertEquals(ScenarioFailure.Reason.JUNIT_LINES_CONFLICT, failure.reason());
        assertEquals("The scenario graph mixes JUnit Platform lines that no single line can serve (Platform 1.14.2,"
                + " 6.0.3); its JUnit artifacts:\n  org.junit.jupiter:junit-jupiter-api:6.0.3\n"
                + "  org.junit.platform:junit-platform-engine:1.14.2", failure.getMessage());
    }

    @Test
    void compares_versions_numerically_and_a_release_above_its_candidates() {
        assertTrue(JUnitAlignment.compareVersions("1.14.2", "1.9.3") > 0);
        assertTrue(JUnitAlignment.compareVersions("6.0.0", "6.0.0-RC1") > 0);
        assertTrue(JUnitAlignment.compareVersions("1.13", "1.13.1") < 0);
        assertEquals(0, JUnitAlignment.compareVersions("5.13.4", "5.13.4"));
    }
}
