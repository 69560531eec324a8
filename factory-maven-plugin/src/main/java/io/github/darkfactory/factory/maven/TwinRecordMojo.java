package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twintools.Recorded;
import io.github.darkfactory.factory.twintools.TwinRecordRequest;
import io.github.darkfactory.factory.twintools.TwinRecording;
import io.github.darkfactory.factory.twintools.TwinToolFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a twin project (a jar of WireMock stub mappings): runs WireMock standalone, resolved from the
 * repositories and never on the plugin's classpath, as a recording proxy in front of the real service,
 * and writes what it recorded into {@code src/main/resources/mappings} and {@code __files} when stopped
 * (Ctrl-C, or after {@code factory.twin.recordSeconds}). The project's own mappings are kept
 * (docs/goals/twin-record.md). A command-line goal:
 * {@code mvn factory:twin-record -Dfactory.twin.target=https://sandbox.payments.example.com}.
 */
@Mojo(name = PropertyNames.GOAL_TWIN_RECORD, requiresProject = true, threadSafe = true)
public class TwinRecordMojo extends FactoryMojo {

    private static final long START_TIMEOUT_SECONDS = 60;

    /** Skips this goal. */
    @Parameter(property = PropertyNames.TWIN_RECORD_SKIP, defaultValue = "false")
    private boolean skipTwinRecord;

    /** The real service's base URL, which the recording proxy forwards every request to. Required. */
    @Parameter(property = PropertyNames.TWIN_TARGET)
    private String target;

    /** How long to record, in seconds; 0 (the default) records until Maven is stopped with Ctrl-C. */
    @Parameter(property = PropertyNames.TWIN_RECORD_SECONDS, defaultValue = "0")
    private long recordSeconds;

    /** The twin project's resources: the recorded mappings go to its {@code mappings}, their bodies to {@code __files}. */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources")
    private File resourcesDirectory;

    @Component
    private RepositorySystem repositorySystem;
    @Component
    private ToolchainManager toolchainManager;

    public TwinRecordMojo() {
        super(PropertyNames.GOAL_TWIN_RECORD);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("pom packaging: nothing to do (run factory:" + goal() + " in the twin project)");
            return;
        }
        URI uri = TwinToolWording.target(target, goal());
        if (recordSeconds < 0) {
            throw new MojoFailureException("-D" + PropertyNames.TWIN_RECORD_SECONDS + "=" + recordSeconds
                    + " is negative: pass how many seconds to record, or 0 to record until Ctrl-C.");
        }
        TwinRecordRequest request = new TwinRecordRequest(uri, resourcesDirectory.toPath(),
                Path.of(project.getBuild().getDirectory(), "factory", "twin-record"),
                ScenarioJvm.javaExecutable(toolchainManager, session, getLog()), wireMock(), recordSeconds,
                START_TIMEOUT_SECONDS);
        try {
            Recorded recorded = TwinRecording.run(request, new MavenFactoryLog(getLog()));
            if (!recorded.written().isEmpty()) {
                getLog().info("Next: mvn factory:" + PropertyNames.GOAL_TWIN_CHECK + " -D" + PropertyNames.TWIN_TARGET
                        + "=" + uri + " checks them against the service; release the twin and pin it in the product.");
            }
        } catch (TwinToolFailure e) {
            throw TwinToolWording.describe(e, goal(), null);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not record " + uri + " into " + resourcesDirectory + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while recording " + uri, e);
        }
    }

    private List<Path> wireMock() throws MojoExecutionException {
        try {
            return new ScenarioArtifactResolver(repositorySystem, session.getRepositorySession(),
                    project.getRemoteProjectRepositories()).toolClasspath(List.of(TwinResolution.WIREMOCK));
        } catch (MojoExecutionException e) {
            throw new MojoExecutionException(e.getMessage() + ". The recorder is WireMock standalone, resolved like any"
                    + " plugin dependency: run once without -o (offline), or make " + TwinResolution.WIREMOCK
                    + " available in your repository manager.", e);
        }
    }

    @Override
    protected boolean skipGoal() {
        return skipTwinRecord;
    }
}
