package io.github.darkfactory.factory.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.util.Map;
import java.util.stream.Stream;

/**
 * The sealed scenario jar must stay outside the product (CONTRACT §6): if it is among the project's
 * dependencies, the product could be written against the tests that judge it. Only coordinates are
 * compared; the jar itself is never resolved or read here.
 */
final class ScenarioDependencyCheck {

    private ScenarioDependencyCheck() {
    }

    static void failIfDependedOn(Map<String, String> scenarios, MavenProject project) throws MojoFailureException {
        String coordinates = scenarios == null ? null : scenarios.get("artifact");
        if (coordinates == null || coordinates.isBlank()) {
            return;
        }
        String[] parts = coordinates.trim().split(":");
        if (parts.length < 2) {
            return; // malformed coordinates are reported by the scenarios goal, which uses them
        }
        String key = parts[0] + ":" + parts[1];
        boolean found = Stream.concat(
                project.getArtifacts().stream().map(a -> a.getGroupId() + ":" + a.getArtifactId()),
                project.getDependencies().stream().map(d -> d.getGroupId() + ":" + d.getArtifactId()))
                .anyMatch(key::equals);
        if (found) {
            throw new MojoFailureException("The sealed scenario artifact " + key + " (<scenarios><artifact>) is a"
                    + " dependency of " + project.getGroupId() + ":" + project.getArtifactId() + ". Scenarios judge the"
                    + " product from outside; remove that dependency (check `mvn dependency:tree` for where it comes from).");
        }
    }
}
