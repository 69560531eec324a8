package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One JUnit Platform line for the scenario JVM. A scenario graph without the JUnit BOM can mix
 * Platform versions (junit-jupiter 5.11 beside an engine built on Platform 1.14 resolves
 * junit-platform-commons 1.11 next to junit-platform-engine 1.14), and the Platform then dies at
 * start. The graph's highest Platform version wins, with the Jupiter and Vintage engines that match
 * it; the 1.x line (JUnit 5) and the 6.x line are never mixed. See docs/goals/scenarios.md.
 *
 * @param platformVersion the Platform version every {@code org.junit.platform} artifact gets
 * @param coordinates     {@code groupId:artifactId[:jar:classifier]:version} of each aligned artifact
 * @param changes         what moved, such as "junit-platform-commons 1.11.4 → 1.14.2"
 */
public record JUnitAlignment(String platformVersion, List<String> coordinates, List<String> changes) {

    private static final String PLATFORM = "org.junit.platform";
    private static final Set<String> ENGINE_GROUPS = Set.of("org.junit.jupiter", "org.junit.vintage");
    private static final Comparator<String> VERSIONS = JUnitAlignment::compareVersions;

    public JUnitAlignment {
        coordinates = List.copyOf(coordinates);
        changes = List.copyOf(changes);
    }

    /**
     * @return empty when the graph's JUnit is already one line
     * @throws ScenarioFailure when it mixes Platform 1.x and 6.x, which no single line can serve
     */
    public static Optional<JUnitAlignment> of(List<DependencyEntry> graph) throws ScenarioFailure {
        List<DependencyEntry> family = graph.stream().filter(JUnitAlignment::isAligned).toList();
        TreeSet<String> platformVersions = family.stream().map(JUnitAlignment::platformVersionOf)
                .collect(Collectors.toCollection(() -> new TreeSet<>(VERSIONS)));
        if (platformVersions.size() <= 1) {
            return Optional.empty();
        }
        if (platformVersions.stream().map(JUnitAlignment::major).distinct().count() > 1) {
            throw conflict(family, "mixes JUnit Platform lines that no single line can serve (Platform "
                    + String.join(", ", platformVersions) + ")");
        }
        String platform = platformVersions.last();
        List<String> coordinates = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        for (DependencyEntry entry : family) {
            String version = entry.groupId().equals(PLATFORM) ? platform : engineVersion(platform);
            coordinates.add(entry.groupId() + ":" + entry.artifactId()
                    + (entry.classifier().isEmpty() ? "" : ":jar:" + entry.classifier()) + ":" + version);
            if (!version.equals(entry.version())) {
                changes.add(entry.artifactId() + " " + entry.version() + " → " + version);
            }
        }
        return Optional.of(new JUnitAlignment(platform, coordinates, changes));
    }

    /** The failure when the aligned artifacts cannot be had (or the lines cannot be mixed at all). */
    public static ScenarioFailure conflict(List<DependencyEntry> graph, String why) {
        List<String> details = graph.stream().filter(JUnitAlignment::isAligned)
                .map(e -> "  " + e.groupId() + ":" + e.artifactId() + ":" + e.version()).toList();
        return new ScenarioFailure(Reason.JUNIT_LINES_CONFLICT, "The scenario graph " + why
                + "; its JUnit artifacts:", details, null, null);
    }

    /** For the log: "Platform 1.14.2, Jupiter 5.14.2: junit-platform-commons 1.11.4 → 1.14.2, …". */
    public String describe() {
        return "Aligned the scenario graph's JUnit to one line, Platform " + platformVersion + " (Jupiter "
                + engineVersion(platformVersion) + "): " + String.join(", ", changes);
    }

    private static boolean isAligned(DependencyEntry entry) {
        return entry.groupId().equals(PLATFORM) || ENGINE_GROUPS.contains(entry.groupId());
    }

    /** Jupiter and Vintage 5.x run on Platform 1.x; from 6.0 on, all three share one version. */
    private static String platformVersionOf(DependencyEntry entry) {
        String version = entry.version();
        return !entry.groupId().equals(PLATFORM) && version.startsWith("5.") ? "1." + version.substring(2) : version;
    }

    private static String engineVersion(String platformVersion) {
        return platformVersion.startsWith("1.") ? "5." + platformVersion.substring(2) : platformVersion;
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** Numeric parts numerically; a release above its own pre-releases (6.0.0 > 6.0.0-RC1). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length || i >= y.length) {
                String longer = i >= x.length ? y[i] : x[i];
                int sign = isNumber(longer) ? -1 : 1; // 1.0 < 1.0.1, but 1.0 > 1.0-RC1
                return i >= x.length ? sign : -sign;
            }
            int order = isNumber(x[i]) && isNumber(y[i])
                    ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : isNumber(x[i]) != isNumber(y[i]) ? (isNumber(x[i]) ? 1 : -1) : x[i].compareTo(y[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static boolean isNumber(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit) && part.length() < 18;
    }
}
