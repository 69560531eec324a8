package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Optional;

/**
 * The sealed scenario jar must stay outside the product (docs/goals/scenarios.md): if it is among the project's
 * dependencies, the product could be written against the tests that judge it. Used by both
 * {@code generate} and {@code scenarios}; only coordinates are compared, the jar is never read here.
 * The key is groupId:artifactId, plus the classifier when the coordinates name one, so a library's
 * {@code tests} jar can judge a product that depends on that library.
 */
final class ScenarioDependencyCheck {

    private ScenarioDependencyCheck() {
    }

    static void failIfDependedOn(ScenarioCoordinates coordinates, MavenProject project) throws MojoFailureException {
        String key = coordinates.dependencyKey();
        for (Artifact artifact : project.getArtifacts()) {
            if (key.equals(keyOf(coordinates, artifact.getGroupId(), artifact.getArtifactId(), artifact.getClassifier()))) {
                List<String> trail = artifact.getDependencyTrail() == null ? List.of() : artifact.getDependencyTrail();
                throw failure(coordinates, project, artifact.getId() + ", trail " + String.join(" -> ", trail));
            }
        }
        // a declared dependency counts even when this goal did not resolve its scope
        for (Dependency dependency : project.getDependencies()) {
            if (key.equals(keyOf(coordinates, dependency.getGroupId(), dependency.getArtifactId(), dependency.getClassifier()))) {
                throw failure(coordinates, project, "declared " + dependency.getManagementKey()
                        + (dependency.getScope() == null ? "" : ", scope " + dependency.getScope()));
            }
        }
    }

    private static String keyOf(ScenarioCoordinates coordinates, String groupId, String artifactId, String classifier) {
        return DependencyEntry.key(groupId, artifactId, coordinates.classifier().isEmpty() ? "" : nullToEmpty(classifier));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static MojoFailureException failure(ScenarioCoordinates coordinates, MavenProject project, String where) {
        return new MojoFailureException("The scenario artifact " + coordinates + " (<scenarios><artifact>) is a dependency of "
                + project.getId() + " (" + where + "); the evidence would not be sealed. Remove that dependency"
                + " (or exclude it with <exclusions>; `mvn dependency:tree` shows where it comes from).");
    }
}
