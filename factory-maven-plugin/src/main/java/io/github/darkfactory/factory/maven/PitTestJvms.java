package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twins.TwinSetup;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How many test JVMs PIT runs at once, and what they need beside the scenarios, taken as the scenarios
 * goal takes it: they run the same scenarios, so they meet the same twins (docs/twins.md).
 */
final class PitTestJvms {

    private PitTestJvms() {
    }

    /** PIT's threads: as configured, at least one; unset, the number of cores. */
    static int threads(Integer threads) throws MojoExecutionException {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null) {
            ParameterChecks.atLeastOne("threads", PropertyNames.STRENGTH_THREADS, threads, cores);
        }
        return threads == null ? cores : threads;
    }

    /** The twins of {@code <scenarios><twins>}, resolved and checked as for the scenarios goal. */
    static TwinSetup twins(ScenariosConfig scenarios, ScenarioArtifactResolver resolver, MavenSession session,
                           long startTimeoutSeconds) throws MojoExecutionException, MojoFailureException {
        ParameterChecks.atLeastOne("twinsStartTimeout", PropertyNames.TWINS_START_TIMEOUT, startTimeoutSeconds, 60);
        return TwinResolution.resolve(scenarios, resolver, session, startTimeoutSeconds);
    }
}
