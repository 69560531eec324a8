package io.github.darkfactory.factory.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The port through which a run builds the project once per round (docs/goals/run.md): generate, then
 * the whole verification, in a build of its own. The adapter runs the build tool; tests fake it.
 */
@FunctionalInterface
public interface RoundBuild {

    /**
     * Runs one round's build to its end.
     *
     * @throws InterruptedException when the run is interrupted; the round's build is stopped too
     */
    Outcome run(Input input) throws IOException, InterruptedException;

    /**
     * What a round's build is asked to do.
     *
     * @param round      the round, from 1
     * @param regenerate spec ids to regenerate even when up to date (the user's, round 1 only), or null
     * @param feedback   the holdout feedback file the round's generate reads (rounds after 1), or null
     * @param logFile    where the round's whole output goes
     */
    record Input(int round, String regenerate, Path feedback, Path logFile) {
    }

    /**
     * How a round's build ended.
     *
     * @param exitCode   0 when the build passed
     * @param errorLines the build's error lines, to show when it failed for a reason other than the evidence
     */
    record Outcome(int exitCode, List<String> errorLines) {

        public Outcome {
            errorLines = List.copyOf(errorLines);
        }
    }
}
