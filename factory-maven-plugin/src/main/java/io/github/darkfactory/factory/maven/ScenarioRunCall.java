package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import io.github.darkfactory.factory.scenarios.ScenarioRun;
import io.github.darkfactory.factory.scenarios.ScenarioRunRequest;
import io.github.darkfactory.factory.scenarios.ScenarioShards;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.StartingTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.util.Optional;

/**
 * The scenarios goal's one core call, whole or as one shard, with the core's failures worded in pom
 * terms; a whole run's result (passed or failed) also goes to the CI's step summary.
 */
final class ScenarioRunCall {

    private ScenarioRunCall() {
    }

    /** Starts the run's twins (in the background: the scenarios are resolved meanwhile). */
    @FunctionalInterface
    interface TwinsStart {
        StartingTwins start(FactoryLog log) throws IOException, TwinFailure;
    }

    /** The run's request, resolved while its twins start. */
    @FunctionalInterface
    interface RequestWithTwins {
        ScenarioRunRequest resolve(StartingTwins twins) throws MojoExecutionException, MojoFailureException;
    }

    static void run(TwinsStart twinsStart, RequestWithTwins requestWithTwins, Optional<ScenarioShards.ShardRequest> shard,
                    Log log) throws MojoExecutionException, MojoFailureException {
        // closed on every way out, a failed resolution included: no twin outlives the goal
        try (StartingTwins twins = twinsStart.start(new MavenFactoryLog(log))) {
            ScenarioRunRequest request = requestWithTwins.resolve(twins);
            if (shard.isPresent()) {
                ShardWording.written(ScenarioShards.run(request, shard.get(), new MavenFactoryLog(log)), log);
            } else {
                CiSummary.append(ScenarioRun.run(request, new MavenFactoryLog(log)), log);
            }
        } catch (ScenarioFailure e) {
            // a shard's summary is the merge's to write, from every shard
            e.report().filter(report -> shard.isEmpty()).ifPresent(report -> CiSummary.append(report, log));
            throw new MojoFailureException(ScenarioFailureFixes.describe(e));
        } catch (TwinFailure e) {
            throw new MojoFailureException(TwinFailureFixes.describe(e));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not run the scenarios: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the scenarios ran", e);
        }
    }
}
