package io.github.darkfactory.factory.scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classpath of the scenario JVM. The product's classes come first so its contract classes
 * shadow copies inside the scenario jar; then the runner; then one list of libraries without
 * duplicates, where the scenario graph decides JUnit's versions (launcher, engine and Jupiter must
 * match; the project's own JUnit jars are then left out) and the project decides everything else (the
 * product runs as it ships).
 */
public final class ForkClasspath {

    static final String PLATFORM_GROUP = "org.junit.platform";
    static final String LAUNCHER = "junit-platform-launcher";
    static final String ENGINE = "junit-platform-engine";

    private ForkClasspath() {
    }

    /**
     * @param launcher the launcher (and what it needs) added because the JUnit in charge lacks one;
     *                 see {@link #missingLauncherVersion}
     */
    public static List<Path> build(Path classesDirectory, Path runnerDirectory, List<DependencyEntry> projectDependencies,
                                   List<DependencyEntry> scenarioGraph, List<DependencyEntry> launcher) {
        boolean graphBringsJUnit = bringsJUnit(scenarioGraph);
        Map<String, DependencyEntry> chosen = new LinkedHashMap<>();
        for (DependencyEntry entry : projectDependencies) {
            // A JUnit jar of the project that the scenario graph lacks could be of another
            // Platform line (an old engine found by ServiceLoader breaks the whole run).
            if (!graphBringsJUnit || !entry.isJUnitFamily()) {
                chosen.putIfAbsent(entry.key(), entry);
            }
        }
        for (DependencyEntry entry : scenarioGraph) {
            chosen.putIfAbsent(entry.key(), entry);
        }
        for (DependencyEntry entry : launcher) {
            chosen.putIfAbsent(entry.key(), entry);
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(classesDirectory);
        classpath.add(runnerDirectory);
        chosen.values().forEach(e -> classpath.add(e.file()));
        return List.copyOf(classpath);
    }

    /**
     * The launcher version to add when the JUnit in charge brings a Platform engine but no launcher
     * (the usual case: scenario jars depend on Jupiter, not on the launcher). The JUnit in charge is
     * the scenario graph's; when the graph has none (a {@code tests} jar whose pom keeps JUnit in
     * test scope), it is the one the product declares.
     */
    public static Optional<String> missingLauncherVersion(List<DependencyEntry> projectDependencies,
                                                          List<DependencyEntry> scenarioGraph) {
        List<DependencyEntry> junit = bringsJUnit(scenarioGraph) ? scenarioGraph : projectDependencies;
        boolean hasLauncher = junit.stream()
                .anyMatch(e -> e.groupId().equals(PLATFORM_GROUP) && e.artifactId().equals(LAUNCHER));
        if (hasLauncher) {
            return Optional.empty();
        }
        return junit.stream()
                .filter(e -> e.groupId().equals(PLATFORM_GROUP) && e.artifactId().equals(ENGINE))
                .map(DependencyEntry::version)
                .findFirst();
    }

    private static boolean bringsJUnit(List<DependencyEntry> dependencies) {
        return dependencies.stream().anyMatch(e -> e.groupId().startsWith("org.junit"));
    }

    /** Coordinates of the launcher matching an engine version. */
    public static String launcherCoordinates(String version) {
        return PLATFORM_GROUP + ":" + LAUNCHER + ":" + version;
    }
}
