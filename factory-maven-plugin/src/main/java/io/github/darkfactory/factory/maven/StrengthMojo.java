package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.strength.Strength;
import io.github.darkfactory.factory.strength.StrengthFailure;
import io.github.darkfactory.factory.strength.StrengthRequest;
import io.github.darkfactory.factory.twins.TwinFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.toolchain.ToolchainManager;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Mutates the generated classes of each spec with PIT and fails the build when a requirement's
 * passing scenarios would notice no broken code (docs/goals/strength.md). Runs after
 * {@code scenarios}, in the same build.
 */
@Mojo(name = PropertyNames.GOAL_STRENGTH, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class StrengthMojo extends SpecsMojo {

    /** PIT and its JUnit 5 plugin, run in a forked JVM; never on the plugin's or the project's classpath. */
    static final List<String> PIT = List.of("org.pitest:pitest-command-line:1.30.2", "org.pitest:pitest-junit5-plugin:1.2.3");

    /** The sealed scenario jar, as for the scenarios goal: {@code <artifact>} and {@code <sha256>}. */
    @Parameter
    private ScenariosConfig scenarios;
    /** The lock, whose files per spec are the classes to mutate. */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;
    /** Where generated sources live; PIT names mutants by their lines. */
    @Parameter(property = PropertyNames.OUTPUT, defaultValue = "${project.basedir}/src/factory/java")
    private File outputDirectory;
    /** Fail when a requirement's passing scenarios kill no mutant; false only warns. */
    @Parameter(property = PropertyNames.STRENGTH_FAIL_ON_VACUOUS, defaultValue = "true")
    private boolean failOnVacuous;
    /** The killed share of its mutants each requirement needs, 0 to 1. */
    @Parameter(property = PropertyNames.MIN_STRENGTH, defaultValue = "0")
    private double minStrength;
    /** PIT's threads; unset, the number of cores. */
    @Parameter(property = PropertyNames.STRENGTH_THREADS)
    private Integer threads;
    /** Seconds the mutation run may take before its JVM (and every JVM PIT started) is killed. */
    @Parameter(property = PropertyNames.STRENGTH_TIMEOUT, defaultValue = "3600")
    private long timeout;
    /** Extra JVM arguments of PIT's test JVMs, as of the scenario JVM; picks up {@code ${argLine}} when set. */
    @Parameter(property = "argLine")
    private String argLine;
    /** As for the scenarios goal: start an unpinned twin jar with a warning instead of failing. */
    @Parameter(property = PropertyNames.ALLOW_UNPINNED, defaultValue = "false")
    private boolean allowUnpinned;
    /** Seconds each twin of {@code <scenarios><twins>} may take to accept connections (docs/twins.md). */
    @Parameter(property = PropertyNames.TWINS_START_TIMEOUT, defaultValue = "60")
    private long twinsStartTimeout;
    /** Skips this goal. */
    @Parameter(property = PropertyNames.STRENGTH_SKIP, defaultValue = "false")
    private boolean skipStrength;
    /** As for the scenarios goal: skips the run with a warning that no evidence strength was measured. */
    @Parameter(property = PropertyNames.SKIP_TESTS, defaultValue = "false")
    private boolean skipTests;
    /** As {@code skipTests}. */
    @Parameter(property = PropertyNames.MAVEN_TEST_SKIP, defaultValue = "false")
    private boolean mavenTestSkip;

    @Component
    private RepositorySystem repositorySystem;
    @Component
    private ToolchainManager toolchainManager;

    public StrengthMojo() {
        super(PropertyNames.GOAL_STRENGTH);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ParameterChecks.between("minStrength", PropertyNames.MIN_STRENGTH, minStrength, 0, 1, "0");
        int pitThreads = PitTestJvms.threads(threads);
        ParameterChecks.atLeastOne("timeout", PropertyNames.STRENGTH_TIMEOUT, timeout, 3600);
        if (scenarios == null || scenarios.getArtifact() == null || scenarios.getArtifact().isBlank()
                || "pom".equals(project.getPackaging())) {
            getLog().info("No <scenarios><artifact> configured, or pom packaging: nothing to do");
            return;
        }
        if (skipTests || mavenTestSkip) {
            getLog().warn("Tests are skipped (" + PropertyNames.SKIP_TESTS + " / " + PropertyNames.MAVEN_TEST_SKIP
                    + "): no evidence strength was measured");
            return;
        }
        Map<String, List<String>> classesBySpec = LockClasses.bySpec(lockFile);
        if (classesBySpec.values().stream().allMatch(List::isEmpty)) {
            getLog().info("No generated classes in " + lockFile + ": nothing to mutate");
            return;
        }
        try {
            Path factoryDirectory = Path.of(project.getBuild().getDirectory(), "factory");
            if (!Strength.scenariosRanInThisBuild(factoryDirectory, buildStart())) {
                getLog().warn(StrengthFailureFixes.noScenariosRan(factoryDirectory, buildStart()));
                return;
            }
            Strength.run(request(classesBySpec, pitThreads), new MavenFactoryLog(getLog()));
        } catch (StrengthFailure e) {
            throw new MojoFailureException(StrengthFailureFixes.describe(e));
        } catch (TwinFailure e) {
            throw new MojoFailureException(TwinFailureFixes.describe(e));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not measure the evidence strength: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while measuring the evidence strength", e);
        }
    }

    private StrengthRequest request(Map<String, List<String>> classesBySpec, int pitThreads)
            throws MojoExecutionException, MojoFailureException {
        ScenarioArtifactResolver resolver = new ScenarioArtifactResolver(repositorySystem,
                session.getRepositorySession(), project.getRemoteProjectRepositories());
        ScenarioArtifactResolver.Resolved resolved = resolver.resolve(ScenarioArtifactResolver.parse(scenarios.getArtifact()));
        List<DependencyEntry> projectDependencies = ScenarioArtifactResolver.projectDependencies(project.getArtifacts());
        return new StrengthRequest(classesBySpec, MojoSpecs.requirementsOrNone(project, specsDirectory, layers),
                resolved.jar(), resolved.graph(),
                resolver.launcherIfMissing(projectDependencies, resolved.graph()), projectDependencies,
                Path.of(project.getBuild().getOutputDirectory()), outputDirectory.toPath(), resolver.toolClasspath(PIT),
                Path.of(project.getBuild().getDirectory(), "factory"), project.getBasedir().toPath(),
                ScenarioJvm.javaExecutable(toolchainManager, session, getLog()), buildStart(),
                pitThreads, timeout, failOnVacuous, minStrength, ScenarioJvm.effectiveArgLine(argLine),
                PitTestJvms.twins(scenarios, resolver, session, twinsStartTimeout), allowUnpinned);
    }

    /** A skipped gate is no evidence: said as a warning, as for skipped tests. */
    @Override
    protected void whenSkipped(GoalSkip skipped) {
        getLog().warn(skipped.message() + ": no evidence strength was measured");
    }

    @Override
    protected boolean skipGoal() {
        return skipStrength;
    }
}
