package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.twins.StartingTwins;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one scenario run needs, resolved by the adapter.
 *
 * @param coordinates         the scenario artifact as configured
 * @param expectedSha256      the pin, or null when none is configured
 * @param scenarioJar         the resolved scenario jar
 * @param scenarioGraph       the scenario jar's runtime dependencies (without the jar itself),
 * @param launcher            the launcher and its dependencies when they had to be added, else empty
 * @param projectDependencies the project's resolved dependencies of every scope
 * @param classesDirectory    the product's {@code target/classes}
 * @param factoryDirectory    {@code target/factory}, where reports and the fork's files go
 * @param workingDirectory    the fork's working directory (the project base directory)
 * @param argLine             extra JVM arguments, or null
 * @param systemProperties    the fork's system properties; null counts as none, a null value as empty
 * @param environment         added to the fork's environment; null counts as none, a null value as empty
 * @param holdoutRounds       spec id → rounds of holdout feedback its current code consumed, shown in the
 *                            evidence; read from the generate lock by the adapter, absent counts as 0
 * @param twins               the twins that will serve the scenario JVM, already starting (the adapter
 *                            owns and closes them)
 * @param header              the product, build time, commit and spec files that evidence.html names
 */
public record ScenarioRunRequest(ScenarioCoordinates coordinates, String expectedSha256, boolean allowUnpinned, Path scenarioJar,
                                 List<DependencyEntry> scenarioGraph, List<DependencyEntry> launcher,
                                 List<DependencyEntry> projectDependencies,
                                 Path classesDirectory, Path factoryDirectory, Path workingDirectory,
                                 Path javaExecutable, String argLine, Map<String, String> systemProperties,
                                 Map<String, String> environment, long timeoutSeconds,
                                 List<Requirement> requirements, int minEvidence, Map<String, Integer> holdoutRounds,
                                 StartingTwins twins, EvidenceHeader header) {

    public ScenarioRunRequest {
        scenarioGraph = List.copyOf(scenarioGraph);
        launcher = List.copyOf(launcher);
        projectDependencies = List.copyOf(projectDependencies);
        systemProperties = withoutNulls(systemProperties);
        environment = withoutNulls(environment);
        requirements = List.copyOf(requirements);
        holdoutRounds = holdoutRounds == null ? Map.of() : Map.copyOf(holdoutRounds);
        twins = twins == null ? StartingTwins.NONE : twins;
        header = header == null ? EvidenceHeader.NONE : header;
    }

    private static Map<String, String> withoutNulls(Map<String, String> map) {
        Map<String, String> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        }
        return Collections.unmodifiableMap(copy);
    }
}
