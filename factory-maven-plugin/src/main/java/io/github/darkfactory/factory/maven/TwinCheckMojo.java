package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.twintools.Credentials;
import io.github.darkfactory.factory.twintools.TwinCheck;
import io.github.darkfactory.factory.twintools.TwinCheckRequest;
import io.github.darkfactory.factory.twintools.TwinCheckResult;
import io.github.darkfactory.factory.twintools.TwinToolFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Replays each recorded exchange of a twin (this twin project's mappings, or a released twin's jar)
 * against the real service at {@code factory.twin.target}, with the credentials of a settings.xml
 * {@code <server>}, compares the status and the JSON shape of each answer, writes
 * {@code target/factory/twin-check.json} and fails when any exchange differs (docs/goals/twin-check.md).
 */
@Mojo(name = PropertyNames.GOAL_TWIN_CHECK, requiresProject = true, threadSafe = true)
public class TwinCheckMojo extends FactoryMojo {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Skips this goal. */
    @Parameter(property = PropertyNames.TWIN_CHECK_SKIP, defaultValue = "false")
    private boolean skipTwinCheck;

    /** The real service's base URL; each mapping's URL is appended to it. Required. */
    @Parameter(property = PropertyNames.TWIN_TARGET)
    private String target;

    /**
     * The id of a {@code <server>} in settings.xml holding the service's credentials: a username and password
     * are sent as HTTP Basic, a password alone as a Bearer token. Unset: no credentials are sent.
     */
    @Parameter(property = PropertyNames.TWIN_SERVER_ID)
    private String serverId;

    /** A released twin to check, {@code groupId:artifactId:version}, resolved from the repositories. Unset: this project's mappings. */
    @Parameter(property = PropertyNames.TWIN_ARTIFACT)
    private String artifact;

    /** The twin's name in the report; by default its artifactId without a {@code -twin} suffix. */
    @Parameter(property = PropertyNames.TWIN_NAME)
    private String name;

    /** This twin project's resources, holding {@code mappings} and {@code __files}; read when no artifact is given. */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources")
    private File resourcesDirectory;

    @Component
    private RepositorySystem repositorySystem;
    @Component
    private SettingsDecrypter settingsDecrypter;

    public TwinCheckMojo() {
        super(PropertyNames.GOAL_TWIN_CHECK);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        URI uri = TwinToolWording.target(target, goal());
        Optional<Credentials> credentials = TwinServerCredentials.of(serverId, session.getSettings(), settingsDecrypter);
        Path report = Path.of(project.getBuild().getDirectory(), "factory", TwinCheck.REPORT);
        TwinCheckResult result;
        try {
            if (!released()) {
                result = check(twinName(project.getArtifactId()), resourcesDirectory.toString(),
                        resourcesDirectory.toPath(), uri, credentials, report);
            } else {
                ScenarioCoordinates coordinates = ScenarioCoordinates.parse(artifact.trim()).orElseThrow(() ->
                        new MojoFailureException("-D" + PropertyNames.TWIN_ARTIFACT + "=" + artifact + " is not"
                                + " groupId:artifactId:version; write it like com.acme.twins:payments-twin:1.2.0"));
                Path jar = twinJar(coordinates);
                TwinToolWording.requireMappings(coordinates, jar);
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    result = check(twinName(coordinates.artifactId()), coordinates + " (" + jar + ")",
                            zip.getPath("/"), uri, credentials, report);
                }
            }
        } catch (TwinToolFailure e) {
            throw TwinToolWording.describe(e, goal(), credentials.isPresent() ? serverId.trim() : null, released());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not check the twin against " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while checking the twin against " + uri, e);
        }
        TwinCheckLines.print(result, getLog());
        if (!result.agrees()) {
            throw new MojoFailureException(TwinCheckLines.differs(result, uri, report));
        }
    }

    private TwinCheckResult check(String twinName, String source, Path root, URI uri, Optional<Credentials> credentials,
                                  Path report) throws IOException, TwinToolFailure, InterruptedException {
        return TwinCheck.run(new TwinCheckRequest(twinName, source, root, uri, credentials, report, REQUEST_TIMEOUT),
                new MavenFactoryLog(getLog()));
    }

    private Path twinJar(ScenarioCoordinates coordinates) throws MojoExecutionException {
        return new ScenarioArtifactResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories()).resolveJar(coordinates, "the twin " + coordinates + " (-D"
                + PropertyNames.TWIN_ARTIFACT + ")", "the twin project");
    }

    private boolean released() {
        return artifact != null && !artifact.isBlank();
    }

    private String twinName(String artifactId) {
        if (name != null && !name.isBlank()) {
            return name.trim();
        }
        return artifactId.endsWith("-twin") ? artifactId.substring(0, artifactId.length() - "-twin".length()) : artifactId;
    }

    @Override
    protected boolean skipGoal() {
        return skipTwinCheck;
    }
}
