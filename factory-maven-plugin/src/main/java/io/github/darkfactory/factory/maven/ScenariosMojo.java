package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.scenarios.ForkClasspath;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import io.github.darkfactory.factory.scenarios.ScenarioRun;
import io.github.darkfactory.factory.scenarios.ScenarioRunRequest;
import io.github.darkfactory.factory.spec.Requirement;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every test of the sealed scenario jar against the product in a forked JVM and fails the
 * build unless each requirement of the specs has passing behavioural evidence.
 */
@Mojo(name = PropertyNames.GOAL_SCENARIOS, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class ScenariosMojo extends AbstractMojo {

    /** The sealed scenario jar: {@code <artifact>g:a:v[:classifier]</artifact>} and {@code <sha256>}. */
    @Parameter
    private ScenariosConfig scenarios;

    @Parameter(property = PropertyNames.SPECS, defaultValue = "${project.basedir}/src/main/specs")
    private File specsDirectory;

    @Parameter
    private List<LayerConfig> layers;

    /** Passing scenarios each requirement needs. */
    @Parameter(property = PropertyNames.MIN_EVIDENCE, defaultValue = "1")
    private int minEvidence;

    /** Run an unpinned scenario jar, with a warning, instead of failing. */
    @Parameter(property = PropertyNames.ALLOW_UNPINNED, defaultValue = "false")
    private boolean allowUnpinned;

    /** Seconds the scenario JVM may run before it is killed. */
    @Parameter(property = PropertyNames.SCENARIOS_TIMEOUT, defaultValue = "600")
    private long timeout;

    /** Extra JVM arguments of the scenario JVM; picks up {@code ${argLine}} (coverage agents) when set. */
    @Parameter(property = "argLine")
    private String argLine;

    @Parameter
    private Map<String, String> environmentVariables;

    @Parameter
    private Map<String, String> systemPropertyVariables;

    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Parameter(property = PropertyNames.SCENARIOS_SKIP, defaultValue = "false")
    private boolean skipScenarios;

    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private RepositorySystem repositorySystem;

    @Component
    private ToolchainManager toolchainManager;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipScenarios) {
            getLog().info("Skipping the scenarios (" + PropertyNames.SKIP + " / " + PropertyNames.SCENARIOS_SKIP + ")");
            return;
        }
        if (scenarios == null || scenarios.getArtifact() == null || scenarios.getArtifact().isBlank()) {
            getLog().info("No <scenarios><artifact> configured: nothing to do");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("No product classes in a module with pom packaging: nothing to do");
            return;
        }
        if (skipTests || mavenTestSkip) {
            getLog().warn("Tests are skipped (skipTests / maven.test.skip): no behavioural evidence was checked");
            return;
        }
        ScenarioCoordinates coordinates = ScenarioArtifactResolver.parse(scenarios.getArtifact());
        List<Requirement> requirements = requirements();
        ScenarioArtifactResolver.requireNotInReactor(coordinates, session);
        ScenarioDependencyCheck.failIfDependedOn(coordinates, project);
        ScenarioArtifactResolver resolver = new ScenarioArtifactResolver(repositorySystem,
                session.getRepositorySession(), project.getRemoteProjectRepositories());
        ScenarioArtifactResolver.Resolved resolved = resolver.resolve(coordinates);
        resolved.alignment().ifPresent(a -> getLog().info(a.describe()));
        List<DependencyEntry> projectDependencies = ScenarioArtifactResolver.projectDependencies(project.getArtifacts());
        Optional<String> launcherVersion = ForkClasspath.missingLauncherVersion(projectDependencies, resolved.graph());
        List<DependencyEntry> launcher = launcherVersion.isPresent()
                ? resolver.resolveLauncher(ForkClasspath.launcherCoordinates(launcherVersion.get())) : List.of();

        ScenarioRunRequest request = new ScenarioRunRequest(coordinates.toString(), scenarios.getSha256(),
                allowUnpinned, resolved.jar(), resolved.graph(), launcher, projectDependencies,
                Paths.get(project.getBuild().getOutputDirectory()),
                Paths.get(project.getBuild().getDirectory(), "factory"), project.getBasedir().toPath(),
                javaExecutable(), effectiveArgLine(), orEmpty(systemPropertyVariables), orEmpty(environmentVariables),
                timeout, requirements, minEvidence);
        try {
            ScenarioRun.run(request, new MavenFactoryLog(getLog()));
        } catch (ScenarioFailure e) {
            throw new MojoFailureException(e.getMessage() + ScenarioFailureFixes.fixFor(e.reason()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not run the scenarios: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the scenarios ran", e);
        }
    }

    /** Without a specs directory there are no requirements; failed scenarios and an empty jar still fail. */
    private List<Requirement> requirements() throws MojoFailureException, MojoExecutionException {
        if (specsDirectory == null || !specsDirectory.isDirectory()) {
            getLog().info("No specs directory " + specsDirectory + " (" + PropertyNames.SPECS
                    + "): the scenarios run, but no requirement needs evidence");
            return List.of();
        }
        return SpecsParameters.loadOrFail(project, specsDirectory, layers).requirements();
    }

    /** An unset {@code ${argLine}} reaches us as its own literal text, which no JVM accepts. */
    private String effectiveArgLine() {
        if (argLine == null) {
            return null;
        }
        String cleaned = argLine.replace("${argLine}", "").replace("@{argLine}", "").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private Path javaExecutable() {
        Toolchain toolchain = toolchainManager == null ? null : toolchainManager.getToolchainFromBuildContext("jdk", session);
        String fromToolchain = toolchain == null ? null : toolchain.findTool("java");
        if (fromToolchain != null) {
            getLog().info("Scenario JVM from toolchain: " + fromToolchain);
            return Paths.get(fromToolchain);
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return Paths.get(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, String> copy = new java.util.TreeMap<>();
        map.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }
}
