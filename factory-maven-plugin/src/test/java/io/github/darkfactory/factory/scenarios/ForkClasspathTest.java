package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForkClasspathTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path RUNNER = Path.of("target/factory/runner");

    private static DependencyEntry jar(String group, String artifact, String version) {
        return new DependencyEntry(group, artifact, version, "", Path.of(artifact + "-" + version + ".jar"));
    }

    @Test
    void puts_the_product_classes_first_and_the_scenario_jar_after_them() {
        List<Path> classpath = ForkClasspath.build(CLASSES, RUNNER, List.of(jar("com.acme", "lib", "1")),
                List.of(jar("com.acme", "shop-scenarios", "1.0.0")), List.of());

        assertEquals(List.of(CLASSES, RUNNER, Path.of("lib-1.jar"), Path.of("shop-scenarios-1.0.0.jar")), classpath);
    }

    @Test
    void lets_the_project_decide_the_version_of_an_ordinary_library() {
        List<Path> classpath = ForkClasspath.build(CLASSES, RUNNER, List.of(jar("com.google.guava", "guava", "33")),
                List.of(jar("com.google.guava", "guava", "31")), List.of());

        assertEquals(List.of(CLASSES, RUNNER, Path.of("guava-33.jar")), classpath);
    }

    @Test
    void lets_the_scenario_graph_decide_every_junit_version_and_drops_the_projects_other_junit_jars() {
        List<Path> classpath = ForkClasspath.build(CLASSES, RUNNER,
                List.of(jar("org.junit.jupiter", "junit-jupiter-api", "5.10.0"),
                        jar("org.junit.vintage", "junit-vintage-engine", "5.10.0"),
                        jar("org.opentest4j", "opentest4j", "1.2.0"),
                        jar("org.apiguardian", "apiguardian-api", "1.1.0")),
                List.of(jar("org.junit.jupiter", "junit-jupiter-api", "6.0.1"),
                        jar("org.opentest4j", "opentest4j", "1.3.0"),
                        jar("org.apiguardian", "apiguardian-api", "1.1.2")),
                List.of(jar("org.junit.platform", "junit-platform-launcher", "6.0.1")));

        assertEquals(List.of(CLASSES, RUNNER, Path.of("junit-jupiter-api-6.0.1.jar"), Path.of("opentest4j-1.3.0.jar"),
                Path.of("apiguardian-api-1.1.2.jar"), Path.of("junit-platform-launcher-6.0.1.jar")), classpath);
    }

    @Test
    void keeps_one_entry_per_group_and_artifact() {
        List<Path> classpath = ForkClasspath.build(CLASSES, RUNNER,
                List.of(jar("a", "x", "1"), jar("a", "x", "2")), List.of(jar("a", "x", "3")), List.of());

        assertEquals(List.of(CLASSES, RUNNER, Path.of("x-1.jar")), classpath);
    }

    @Test
    void asks_for_the_launcher_matching_the_engine_when_the_graph_has_none() {
        assertEquals(Optional.of("6.0.1"), ForkClasspath.missingLauncherVersion(
                List.of(jar("org.junit.platform", "junit-platform-engine", "1.13.4")),
                List.of(jar("org.junit.platform", "junit-platform-engine", "6.0.1"))));
        assertEquals(Optional.empty(), ForkClasspath.missingLauncherVersion(List.of(),
                List.of(jar("org.junit.platform", "junit-platform-engine", "1.13.4"),
                        jar("org.junit.platform", "junit-platform-launcher", "1.13.4"))));
        assertEquals("org.junit.platform:junit-platform-launcher:1.13.4", ForkClasspath.launcherCoordinates("1.13.4"));
    }

    @Test
    void uses_the_projects_junit_when_the_scenario_graph_has_none() {
        List<DependencyEntry> project = List.of(jar("org.junit.jupiter", "junit-jupiter-engine", "5.13.4"),
                jar("org.junit.platform", "junit-platform-engine", "1.13.4"));
        List<DependencyEntry> testsJarGraph = List.of(jar("commons-codec", "commons-codec-tests", "1.17.1"));

        List<DependencyEntry> launcher = List.of(jar("org.junit.platform", "junit-platform-launcher", "1.13.4"),
                jar("org.junit.platform", "junit-platform-engine", "1.13.4"));

        assertEquals(List.of(CLASSES, RUNNER, Path.of("junit-jupiter-engine-5.13.4.jar"),
                Path.of("junit-platform-engine-1.13.4.jar"), Path.of("commons-codec-tests-1.17.1.jar"),
                Path.of("junit-platform-launcher-1.13.4.jar")),
                ForkClasspath.build(CLASSES, RUNNER, project, testsJarGraph, launcher));
        assertEquals(Optional.of("1.13.4"), ForkClasspath.missingLauncherVersion(project, testsJarGraph));
    }
}
