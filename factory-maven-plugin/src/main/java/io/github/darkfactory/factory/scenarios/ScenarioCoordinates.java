package io.github.darkfactory.factory.scenarios;

import java.util.Optional;

/**
 * {@code groupId:artifactId:version[:classifier]} of a scenario jar.
 *
 * @param classifier empty when the main jar is meant
 */
public record ScenarioCoordinates(String groupId, String artifactId, String version, String classifier) {

    /** Parses the pom text; empty when it does not have three or four non-blank parts. */
    public static Optional<ScenarioCoordinates> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 3 || parts.length > 4) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.isBlank() || !part.equals(part.trim())) {
                return Optional.empty();
            }
        }
        return Optional.of(new ScenarioCoordinates(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : ""));
    }

    /**
     * The key under which this jar would clash with a project dependency: groupId:artifactId, plus
     * the classifier when one is given (a {@code tests} jar of a library may sit beside that library).
     */
    public String dependencyKey() {
        return DependencyEntry.key(groupId, artifactId, classifier);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier.isEmpty() ? "" : ":" + classifier);
    }
}
