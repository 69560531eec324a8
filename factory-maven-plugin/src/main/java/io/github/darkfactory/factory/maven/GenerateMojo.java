package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.feedback.InvalidFeedbackException;
import io.github.darkfactory.factory.generate.GenerateFailedException;
import io.github.darkfactory.factory.generate.GenerateRequest;
import io.github.darkfactory.factory.generate.GenerateSummary;
import io.github.darkfactory.factory.generate.Generation;
import io.github.darkfactory.factory.generate.GoalClock;
import io.github.darkfactory.factory.generate.LockPreload;
import io.github.darkfactory.factory.generate.ModelAccess;
import io.github.darkfactory.factory.generate.UpToDateStamp;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Generates implementations of stale specs (command line only), and in every build registers the
 * contracts, the generated sources and the generated services so the project compiles without a model.
 */
@Mojo(name = PropertyNames.GOAL_GENERATE, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class GenerateMojo extends RuleCheckingMojo {

    @Component
    private SettingsDecrypter settingsDecrypter;
    @Component
    private RepositorySystem repositorySystem;
    /** The model to call: provider, name, baseUrl, apiKeyEnv or serverId, timeout, maxTokens. */
    @Parameter
    private ModelConfig model;
    /** Where generated sources live; committed, and added as a compile source root. */
    @Parameter(property = PropertyNames.OUTPUT, defaultValue = "${project.basedir}/src/factory/java")
    private File outputDirectory;
    /** The lock: input hashes, model, tokens and owned files of every generated spec (commit it). */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;
    /** true: never call a model. Unset: only {@code mvn factory:generate} may; false: bound executions may too. */
    @Parameter(property = PropertyNames.FROZEN)
    private Boolean frozen;
    /** Spec ids to generate even when up to date, comma-separated, or {@code all}. */
    @Parameter(property = PropertyNames.REGENERATE)
    private String regenerate;
    /** How many answers to ask the model for per spec, at most, before giving up on it. */
    @Parameter(property = PropertyNames.MAX_ITERATIONS, defaultValue = "4")
    private int maxIterations;
    /** How many specs are generated at once. */
    @Parameter(property = PropertyNames.PARALLELISM, defaultValue = "4")
    private int parallelism;
    /** Skips this goal's checks and model calls; contracts and generated sources are still registered. */
    @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
    private boolean skipGenerate;
    /** The sealed scenario jar ({@code artifact}, {@code sha256}): checked to be absent from the dependencies, and its pin early. */
    @Parameter
    private ScenariosConfig scenarios;
    /** The Java release generated code is compiled for; the JDK running Maven when unset. */
    @Parameter(defaultValue = "${maven.compiler.release}")
    private String release;
    /** Seconds a command-line run waits for another one of the same project to finish before giving up. */
    @Parameter(property = PropertyNames.LOCK_TIMEOUT, defaultValue = "600")
    private int lockTimeout;
    /** Holdout feedback ({@code feedback.json}, ids of failed requirements): regenerates their specs. Command line only. */
    @Parameter(property = PropertyNames.FEEDBACK)
    private File feedback;
    /** The most rounds of holdout feedback one spec may consume before its scenarios must be refreshed. */
    @Parameter(property = PropertyNames.MAX_HOLDOUT_ROUNDS, defaultValue = "10")
    private int maxHoldoutRounds;
    /** Run the project's own tests against each candidate (a spec converges when they pass); default: on when there are test sources. */
    @Parameter(property = PropertyNames.TESTS_IN_LOOP)
    private Boolean testsInLoop;

    public GenerateMojo() {
        super(PropertyNames.GOAL_GENERATE);
    }

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        ParameterChecks.atLeastOne("maxIterations", PropertyNames.MAX_ITERATIONS, maxIterations, 4);
        ParameterChecks.atLeastOne("parallelism", PropertyNames.PARALLELISM, parallelism, 4);
        ParameterChecks.atLeastOne("lockTimeout", PropertyNames.LOCK_TIMEOUT, lockTimeout, 600);
        ParameterChecks.atLeastOne("maxHoldoutRounds", PropertyNames.MAX_HOLDOUT_ROUNDS, maxHoldoutRounds, 10);
        boolean commandLine = commandLine();
        try (ProjectRunLock.Held held = ProjectRunLock.hold(project, commandLine, goal(), lockTimeout, getLog())) {
            if (held.busy()) {
                SourceRoots.registerCommitted(project, specsDirectory, layers, lockFile, outputDirectory.toPath(), getLog());
            } else if (MojoSpecs.generateHasWork(project, specsDirectory, lockFile, getLog())) {
                generate(GoalClock.start(), commandLine);
            }
        }
    }

    private void generate(GoalClock clock, boolean commandLine) throws MojoExecutionException, MojoFailureException {
        Path feedbackFile = SessionMarker.feedbackFor(session, project, commandLine, feedback);
        ScenarioPins.checkEarly(scenarios, project, session, repositorySystem);
        SourceRoots roots = SourceRoots.of(project);
        UpToDateStamp stamp = feedbackFile != null ? null : UpToDateStamps.beforeCheck(project, specsDirectory,
                outputDirectory, lockFile, layers, roots, regenerate);
        Optional<GenerateSummary> unchanged = UpToDateStamps.unchanged(stamp, getLog());
        if (unchanged.isPresent()) {
            roots.register(project, outputDirectory.toPath());
            getLog().info(RoundFiguresFile.done(project, unchanged.get().timed(clock), commandLine));
            return;
        }
        MavenFactoryLog log = new MavenFactoryLog(getLog());
        ModelAccess access = ModelAccessFactory.create(model, session, settingsDecrypter, commandLine, frozen, log);
        // a spec found stale while loading starts the model's set-up, so it overlaps the loading
        LockPreload lock = LockPreload.readInBackground(lockFile.toPath(), access::prepare);
        SpecSet specs = roots.materializeAndRegister(MojoSpecs.loadOrFail(project, specsDirectory, layers, lock),
                project, outputDirectory.toPath());
        ProjectInputs inputs = ProjectInputs.of(project, roots, release);
        GenerateRequest request = new GenerateRequest(specs, LayerConfig.toLayers(layers), outputDirectory.toPath(),
                roots.factoryResources(), project.getBasedir().toPath().resolve("src/main/resources"), lockFile.toPath(),
                Path.of(project.getBuild().getDirectory(), "factory", "transcripts"), inputs.compileInputs(),
                inputs.agentsMd(), regenerate, commandLine, access, maxIterations, parallelism,
                SessionMarker.generatedSpecs(session, project), stamp, teamRules(),
                feedbackFile, maxHoldoutRounds, access.isAllowed()
                ? LoopTestInputs.resolve(project, testsInLoop, session, repositorySystem, roots, getLog()) : null);
        try {
            getLog().info(RoundFiguresFile.done(project, new Generation(request, lock, log, Interruption.NONE).run()
                    .timed(clock), commandLine));
        } catch (GenerateFailedException | ModelCallException | InvalidFeedbackException e) {
            throw CoreFailures.ofGenerate(e);
        }
    }

    /** Skipping still registers the roots, so the project compiles from what is committed. */
    @Override
    protected void whenSkipped(GoalSkip skipped) throws MojoExecutionException, MojoFailureException {
        if (SourceRoots.registerCommitted(project, specsDirectory, layers, lockFile, outputDirectory.toPath(), getLog())) {
            getLog().info(skipped.message() + "; contracts and generated sources are registered.");
        }
    }

    @Override
    protected boolean skipGoal() {
        return skipGenerate;
    }
}
