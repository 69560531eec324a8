package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.twins.Twin;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinNames;
import io.github.darkfactory.factory.twins.TwinSetup;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code <twins>} of {@code <scenarios>}, each resolved as the scenario jar is: from the
 * repositories only, never from this build; and WireMock standalone, resolved as a tool (as PIT is),
 * never on the plugin's classpath. The scenarios and strength goals call this: generate never sees a twin.
 */
final class TwinResolution {

    /** WireMock standalone (shaded, self-contained): serves mapping twins and records new ones, each in its own JVM. */
    static final String WIREMOCK = "org.wiremock:wiremock-standalone:3.13.2";

    private TwinResolution() {
    }

    static TwinSetup resolve(ScenariosConfig scenarios, ScenarioArtifactResolver resolver, MavenSession session,
                             long startTimeoutSeconds) throws MojoExecutionException, MojoFailureException {
        List<TwinConfig> configs = scenarios.getTwins();
        if (configs.isEmpty()) {
            return TwinSetup.NONE;
        }
        try {
            TwinNames.check(configs.stream().map(TwinConfig::getName).toList());
        } catch (TwinFailure e) {
            throw new MojoFailureException(TwinFailureFixes.describe(e));
        }
        List<Twin> twins = new ArrayList<>();
        for (TwinConfig config : configs) {
            ScenarioCoordinates coordinates = ScenarioCoordinates.parse(config.getArtifact()).orElseThrow(() ->
                    new MojoFailureException("<twin><name>" + config.getName() + "</name>: <artifact>" + config.getArtifact()
                            + "</artifact> is not groupId:artifactId:version[:classifier]; write it like"
                            + " <artifact>com.acme.twins:payments-twin:1.0.0</artifact>"));
            requireNotInReactor(config.getName(), coordinates, session);
            Path jar = resolver.resolveJar(coordinates, "the twin " + config.getName() + " " + coordinates
                    + " (<twin><artifact>)", "the twin project");
            twins.add(new Twin(config.getName(), coordinates.toString(), config.getSha256(), jar));
        }
        return new TwinSetup(twins, resolver.toolClasspath(List.of(WIREMOCK)), startTimeoutSeconds);
    }

    private static void requireNotInReactor(String name, ScenarioCoordinates coordinates, MavenSession session)
            throws MojoFailureException {
        for (MavenProject project : session.getProjects()) {
            if (project.getGroupId().equals(coordinates.groupId()) && project.getArtifactId().equals(coordinates.artifactId())
                    && project.getVersion().equals(coordinates.version())) {
                throw new MojoFailureException("The twin " + name + " " + coordinates + " is a project of this build;"
                        + " install or release it first: twins, like scenarios, are taken from a repository only, so"
                        + " what the scenarios met is the pinned jar and not what this build just compiled.");
            }
        }
    }
}
