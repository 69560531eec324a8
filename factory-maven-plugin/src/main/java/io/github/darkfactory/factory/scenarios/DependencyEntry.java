package io.github.darkfactory.factory.scenarios;

import java.nio.file.Path;

/** One resolved jar on a classpath, as the core sees it: coordinates and file. */
public record DependencyEntry(String groupId, String artifactId, String version, String classifier, Path file) {

    public DependencyEntry {
        classifier = classifier == null ? "" : classifier;
    }

    /** Two entries with the same key are the same library in different versions. */
    public String key() {
        return key(groupId, artifactId, classifier);
    }

    public static String key(String groupId, String artifactId, String classifier) {
        return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    /** JUnit and the small libraries it pins: the scenario graph decides their versions. */
    boolean isJUnitFamily() {
        return groupId.startsWith("org.junit") || groupId.equals("org.opentest4j") || groupId.equals("org.apiguardian");
    }
}
