package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.scenarios.PinnedTwins;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.ScenarioRunRequest;
import io.github.darkfactory.factory.scenarios.ScenarioShards;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.twins.StartingTwins;
import io.github.darkfactory.factory.twins.TwinSetup;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every test of the sealed scenario jar against the product in a forked JVM and fails the
 * build unless each requirement of the specs has passing behavioural evidence (docs/goals/scenarios.md).
 */
@Mojo(name = PropertyNames.GOAL_SCENARIOS, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class ScenariosMojo extends SpecsMojo {

    /** The sealed scenario jar: {@code <artifact>g:a:v[:classifier]</artifact>} and {@code <sha256>}. */
    @Parameter
    private ScenariosConfig scenarios;
    /** Passing scenarios each requirement needs. */
    @Parameter(property = PropertyNames.MIN_EVIDENCE, defaultValue = "1")
    private int minEvidence;
    /** Run an unpinned scenario jar, with a warning, instead of failing. */
    @Parameter(property = PropertyNames.ALLOW_UNPINNED, defaultValue = "false")
    private boolean allowUnpinned;
    /** Seconds the scenario JVM may run before it (and every process it started) is killed. */
    @Parameter(property = PropertyNames.SCENARIOS_TIMEOUT, defaultValue = "600")
    private long timeout;
    /** Extra JVM arguments of the scenario JVM; picks up {@code ${argLine}} (coverage agents) when set. */
    @Parameter(property = "argLine")
    private String argLine;
    /** Environment variables added to the scenario JVM's environment. */
    @Parameter
    private Map<String, String> environmentVariables;
    /** System properties of the scenario JVM, each passed as {@code -Dkey=value}. */
    @Parameter
    private Map<String, String> systemPropertyVariables;
    /** Skips this goal. */
    @Parameter(property = PropertyNames.SCENARIOS_SKIP, defaultValue = "false")
    private boolean skipScenarios;
    /** Skips the run, as Failsafe does, with a warning that no behavioural evidence was checked. */
    @Parameter(property = PropertyNames.SKIP_TESTS, defaultValue = "false")
    private boolean skipTests;
    /** As {@code skipTests}: skips the run with a warning that no behavioural evidence was checked. */
    @Parameter(property = PropertyNames.MAVEN_TEST_SKIP, defaultValue = "false")
    private boolean mavenTestSkip;
    /** Seconds each twin of {@code <scenarios><twins>} may take to accept connections (docs/twins.md). */
    @Parameter(property = PropertyNames.TWINS_START_TIMEOUT, defaultValue = "60")
    private long twinsStartTimeout;
    /** This machine's share of the scenario classes, {@code <i>/<n>} from 1; else from GitLab's or CircleCI's variables. */
    @Parameter(property = PropertyNames.SCENARIOS_SHARD)
    private String shard;
    /** The evidence.json of an earlier run of every scenario: balances the shards by its durations, not class count. */
    @Parameter(property = PropertyNames.SCENARIOS_TIMINGS)
    private File timings;
    /** The generate lock, read for each spec's {@code holdoutRounds}, which the evidence shows per requirement. */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;

    @Component
    private RepositorySystem repositorySystem;
    @Component
    private ToolchainManager toolchainManager;

    public ScenariosMojo() {
        super(PropertyNames.GOAL_SCENARIOS);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (scenarios == null || scenarios.getArtifact() == null || scenarios.getArtifact().isBlank()) {
            getLog().info("No <scenarios><artifact> configured: nothing to do");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("No product classes in a module with pom packaging: nothing to do");
            return;
        }
        if (skipTests || mavenTestSkip) {
            getLog().warn("Tests are skipped (" + PropertyNames.SKIP_TESTS + " / " + PropertyNames.MAVEN_TEST_SKIP
                    + "): no behavioural evidence was checked");
            return;
        }
        ParameterChecks.atLeastOne("timeout", PropertyNames.SCENARIOS_TIMEOUT, timeout, 600);
        ParameterChecks.atLeastZero("minEvidence", PropertyNames.MIN_EVIDENCE, minEvidence, 1);
        ParameterChecks.atLeastOne("twinsStartTimeout", PropertyNames.TWINS_START_TIMEOUT, twinsStartTimeout, 60);
        ScenarioCoordinates coordinates = ScenarioArtifactResolver.parse(scenarios.getArtifact());
        ScenarioArtifactResolver.requireNotInReactor(coordinates, session);
        ScenarioDependencyCheck.failIfDependedOn(coordinates, project);
        Optional<ScenarioShards.ShardRequest> shardRequest = ShardOption.request(shard, timings, System.getenv(), getLog());
        SpecSet specs = MojoSpecs.specsOrNone(project, specsDirectory, layers, getLog());
        ScenarioArtifactResolver resolver = new ScenarioArtifactResolver(repositorySystem,
                session.getRepositorySession(), project.getRemoteProjectRepositories());
        TwinSetup twins = TwinResolution.resolve(scenarios, resolver, session, twinsStartTimeout);
        Path java = ScenarioJvm.javaExecutable(toolchainManager, session, getLog());
        Path factoryDirectory = Path.of(project.getBuild().getDirectory(), "factory");

        // the twins' JVMs start while the scenario jar and its graph are resolved
        ScenarioRunCall.run(log -> PinnedTwins.startInBackground(twins, allowUnpinned, java, factoryDirectory, log),
                starting -> request(coordinates, specs, resolver, java, factoryDirectory, starting), shardRequest, getLog());
    }

    private ScenarioRunRequest request(ScenarioCoordinates coordinates, SpecSet specs, ScenarioArtifactResolver resolver,
                                       Path java, Path factoryDirectory, StartingTwins twins)
            throws MojoExecutionException, MojoFailureException {
        ScenarioArtifactResolver.Resolved resolved = resolver.resolve(coordinates);
        resolved.alignment().ifPresent(alignment -> getLog().info(alignment.describe()));
        List<DependencyEntry> projectDependencies = ScenarioArtifactResolver.projectDependencies(project.getArtifacts());
        return new ScenarioRunRequest(coordinates, scenarios.getSha256(), allowUnpinned, resolved.jar(),
                resolved.graph(), resolver.launcherIfMissing(projectDependencies, resolved.graph()), projectDependencies,
                Path.of(project.getBuild().getOutputDirectory()), factoryDirectory, project.getBasedir().toPath(), java,
                ScenarioJvm.effectiveArgLine(argLine), systemPropertyVariables,
                environmentVariables, timeout, specs.requirements(), minEvidence, LockedHoldoutRounds.read(lockFile, getLog()),
                twins, EvidenceHeaders.of(project, specs));
    }

    /** A skipped gate is no evidence: said as a warning, as for skipped tests. */
    @Override
    protected void whenSkipped(GoalSkip skipped) {
        getLog().warn(skipped.message() + ": no behavioural evidence was checked");
    }

    @Override
    protected boolean skipGoal() {
        return skipScenarios;
    }
}
