package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.ModelAccess;
import io.github.darkfactory.factory.run.RunFailedException;
import io.github.darkfactory.factory.run.RunLoop;
import io.github.darkfactory.factory.run.RunRequest;
import io.github.darkfactory.factory.run.RunResult;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Rounds of {@code factory:generate verify} until the evidence holds: after a round whose hidden
 * scenarios failed requirements, the next one regenerates the specs owning them, told only their ids
 * (docs/goals/run.md). A command-line goal, never bound to a phase.
 */
@Mojo(name = PropertyNames.GOAL_RUN, requiresProject = true, aggregator = false, threadSafe = true)
public class RunMojo extends SpecsMojo {

    /** This plugin, so every round runs the same version of its generate goal. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;
    @Component
    private SettingsDecrypter settingsDecrypter;
    /** The model every round's generate calls; the run refuses to start without one it may call. */
    @Parameter
    private ModelConfig model;
    /** true: never call a model, so the run refuses to start. */
    @Parameter(property = PropertyNames.FROZEN)
    private Boolean frozen;
    /** Spec ids the first round regenerates even when up to date, comma-separated, or {@code all}. */
    @Parameter(property = PropertyNames.REGENERATE)
    private String regenerate;
    /** How many rounds of generate and verify, at most. */
    @Parameter(property = PropertyNames.ROUNDS, defaultValue = "3")
    private int rounds;
    /** A spec whose code consumed this many rounds of holdout feedback gets no more: refresh the scenarios. */
    @Parameter(property = PropertyNames.MAX_HOLDOUT_ROUNDS, defaultValue = "10")
    private int maxHoldoutRounds;
    /** The lock, which records the holdout rounds each spec's code consumed. */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;
    /** Skips this goal. */
    @Parameter(property = PropertyNames.RUN_SKIP, defaultValue = "false")
    private boolean skipRun;

    public RunMojo() {
        super(PropertyNames.GOAL_RUN);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (!commandLine()) {
            // bound to a phase, every round's build would run it again, and start rounds of its own
            throw new MojoFailureException("factory:" + goal() + " is bound to a phase in execution '"
                    + mojoExecution.getExecutionId() + "'; it runs Maven builds of its own, so it is a command-line"
                    + " goal only. Remove it from the pom's <executions> and run `mvn factory:" + goal() + "`.");
        }
        ParameterChecks.atLeastOne("rounds", PropertyNames.ROUNDS, rounds, 3);
        ParameterChecks.atLeastOne("maxHoldoutRounds", PropertyNames.MAX_HOLDOUT_ROUNDS, maxHoldoutRounds, 10);
        if (!MojoSpecs.hasSpecs(project, specsDirectory, getLog())) {
            return;
        }
        ModelAccess access = ModelAccessFactory.create(model, session, settingsDecrypter, true, frozen,
                new MavenFactoryLog(getLog()));
        if (!access.isAllowed()) {
            throw new MojoFailureException(RunWording.refused(access.refusal()));
        }
        Path factoryDirectory = Path.of(project.getBuild().getDirectory(), "factory");
        RunRequest request = new RunRequest(rounds, regenerate, factoryDirectory, lockFile.toPath(), maxHoldoutRounds);
        try {
            RunResult result = new RunLoop(request, new InvokerRoundBuild(session, project, plugin, getLog()),
                    round -> getLog().info(RunWording.progress(round))).run();
            getLog().info(RunWording.summary(result, factoryDirectory.resolve("run")));
        } catch (RunFailedException e) {
            getLog().info(RunWording.summary(e.result(), factoryDirectory.resolve("run")));
            throw new MojoFailureException(RunWording.failure(e, factoryDirectory, maxHoldoutRounds));
        } catch (IOException e) {
            throw new MojoExecutionException("factory:" + goal() + " could not run a round: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("factory:" + goal() + " was interrupted; the round's build was stopped.", e);
        }
    }

    @Override
    protected boolean skipGoal() {
        return skipRun;
    }
}
