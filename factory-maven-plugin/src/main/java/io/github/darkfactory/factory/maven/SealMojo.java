package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.SealSnippet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prints the {@code <scenarios>} snippet (coordinates and sha256 of this project's main jar) that a
 * product pastes into its pom, or a {@code <twin>} for its {@code <scenarios><twins>} when the jar is a
 * twin, and writes it to {@code target/factory/seal.txt} (docs/goals/seal.md).
 */
@Mojo(name = PropertyNames.GOAL_SEAL, defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SealMojo extends FactoryMojo {

    /** Skips this goal. */
    @Parameter(property = PropertyNames.SEAL_SKIP, defaultValue = "false")
    private boolean skipSeal;

    /** The project's {@code project.build.outputTimestamp}: without it the jar's digest changes on every build. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    /**
     * A product's pom to pin the seal into, as the {@code pin} goal would (docs/goals/pin.md): for a
     * scenario project kept next to its product, such as the archetype's. Unset: only print and write
     * the snippet.
     */
    @Parameter(property = PropertyNames.SEAL_PIN_INTO)
    private File pinInto;

    public SealMojo() {
        super(PropertyNames.GOAL_SEAL);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.contains("${")) {
            getLog().warn("project.build.outputTimestamp is not set, so this jar's digest changes on every build;"
                    + " set <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>"
                    + " in <properties> for a reproducible seal.");
        }
        if (project.getVersion().endsWith("-SNAPSHOT")) {
            throw new MojoFailureException("Refusing to seal " + project.getId() + ": a SNAPSHOT changes under the"
                    + " same coordinates, so a pin on it means nothing. Set a release <version> (e.g. "
                    + project.getVersion().replace("-SNAPSHOT", "") + ") and build again.");
        }
        File jar = project.getArtifact().getFile();
        if (jar == null || !jar.isFile()) {
            throw new MojoExecutionException("No main jar to seal for " + project.getId() + ": run seal in the"
                    + " package phase after jar:jar (mvn package), in a project with jar packaging.");
        }
        ScenarioCoordinates coordinates = new ScenarioCoordinates(project.getGroupId(), project.getArtifactId(),
                project.getVersion(), "");
        try {
            String sha256 = Sha256.of(jar.toPath());
            Optional<String> twin = TwinSeal.snippet(coordinates, jar.toPath(), sha256, pinInto != null, getLog());
            String snippet = twin.orElseGet(() -> SealSnippet.render(coordinates, sha256));
            AtomicFiles.write(Path.of(project.getBuild().getDirectory(), "factory", "seal.txt"), snippet);
            if (twin.isEmpty()) {
                getLog().info("Sealed " + coordinates + "; paste into the product's factory-maven-plugin <configuration>:");
                snippet.lines().forEach(getLog()::info);
            }
            if (pinInto != null) {
                PinMojo.pin(pinInto.toPath().normalize(), new PomPin.Seal(coordinates.toString(), sha256), getLog());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not seal " + jar + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected boolean skipGoal() {
        return skipSeal;
    }
}
