package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.twins.TwinSetup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one strength run needs, resolved by the adapter.
 *
 * @param classesBySpec       spec id → the classes of its generated files (the lock's), binary names
 * @param requirements        every requirement of the specs, in spec order
 * @param scenarioJar         the resolved scenario jar; its digest must be the one the scenarios ran
 * @param scenarioGraph       the scenario jar's runtime dependencies, without the jar itself
 * @param launcher            the JUnit launcher (and what it needs) when the graph lacks one, else empty
 * @param projectDependencies the project's resolved dependencies of every scope
 * @param classesDirectory    the product's {@code target/classes}
 * @param sourceDirectory     the generated sources (PIT names mutants by their lines)
 * @param pitClasspath        PIT's own classpath: its command line and the JUnit 5 plugin
 * @param factoryDirectory    {@code target/factory}: evidence.json is read there, strength.json written
 * @param buildStart          when this build started: older evidence is another build's
 * @param threads             PIT's threads
 * @param timeoutSeconds      the whole mutation JVM's limit; PIT times out each mutant itself
 * @param minStrength         0 to 1: the killed share each requirement needs
 * @param argLine             the scenario JVM's extra arguments, given to PIT's test JVMs too; null for none
 * @param twins               the scenarios' twins, started around the PIT run for its test JVMs
 * @param allowUnpinned       an unpinned twin runs with a warning, as in the scenario run
 */
public record StrengthRequest(Map<String, List<String>> classesBySpec, List<Requirement> requirements,
                              Path scenarioJar, List<DependencyEntry> scenarioGraph, List<DependencyEntry> launcher,
                              List<DependencyEntry> projectDependencies, Path classesDirectory, Path sourceDirectory,
                              List<Path> pitClasspath, Path factoryDirectory, Path workingDirectory,
                              Path javaExecutable, Instant buildStart, int threads, long timeoutSeconds,
                              boolean failOnVacuous, double minStrength, String argLine, TwinSetup twins,
                              boolean allowUnpinned) {

    public StrengthRequest {
        classesBySpec = new TreeMap<>(classesBySpec);
        requirements = List.copyOf(requirements);
        scenarioGraph = List.copyOf(scenarioGraph);
        launcher = List.copyOf(launcher);
        projectDependencies = List.copyOf(projectDependencies);
        pitClasspath = List.copyOf(pitClasspath);
        twins = twins == null ? TwinSetup.NONE : twins;
    }
}
