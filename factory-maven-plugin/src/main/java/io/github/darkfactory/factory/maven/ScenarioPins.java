package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import io.github.darkfactory.factory.scenarios.ScenarioPin;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The scenario jar's pin, checked when the build starts (by {@code generate}, in generate-sources)
 * rather than only when {@code scenarios} runs at the end of {@code verify}: a placeholder or stale
 * pin fails in a second, before compile, jar and architecture have spent their time.
 */
final class ScenarioPins {

    /** Properties under which the scenarios goal would not run, so its pin does not matter here. */
    private static final List<String> SKIPPING = List.of(PropertyNames.SKIP, PropertyNames.SCENARIOS_SKIP,
            PropertyNames.SKIP_TESTS, PropertyNames.MAVEN_TEST_SKIP);

    private ScenarioPins() {
    }

    /**
     * Fails when the product depends on the scenario jar, or when {@code <sha256>} is given and is no
     * digest or not the digest of the jar the repository holds. An unpinned jar is left to the
     * scenarios goal, which knows whether {@code allowUnpinned} accepts it.
     */
    static void checkEarly(ScenariosConfig scenarios, MavenProject project, MavenSession session,
                           RepositorySystem repositorySystem) throws MojoExecutionException, MojoFailureException {
        Optional<ScenarioCoordinates> coordinates = scenarios == null ? Optional.empty()
                : ScenarioCoordinates.parse(scenarios.getArtifact());
        if (coordinates.isEmpty()) {
            return;
        }
        ScenarioDependencyCheck.failIfDependedOn(coordinates.get(), project);
        String pin = scenarios.getSha256();
        if (pin == null || pin.isBlank() || "pom".equals(project.getPackaging()) || skipped(project, session)) {
            return;
        }
        try {
            ScenarioPin.checkFormat(coordinates.get(), pin);
            ScenarioArtifactResolver resolver = new ScenarioArtifactResolver(repositorySystem,
                    session.getRepositorySession(), project.getRemoteProjectRepositories());
            ScenarioPin.check(coordinates.get(), pin, false, resolver.resolveJar(coordinates.get()), FactoryLog.SILENT);
        } catch (ScenarioFailure e) {
            throw new MojoFailureException(ScenarioFailureFixes.describe(e));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the scenario jar to check its pin: " + e.getMessage(), e);
        }
    }

    private static boolean skipped(MavenProject project, MavenSession session) {
        return SKIPPING.stream().anyMatch(property -> Boolean.parseBoolean(session.getUserProperties().getProperty(property,
                project.getProperties().getProperty(property, "false"))));
    }
}
