package io.github.darkfactory.factory.run;

import io.github.darkfactory.factory.feedback.HoldoutFeedback;

import java.nio.file.Path;

/**
 * One run of rounds (docs/goals/run.md).
 *
 * @param rounds            at most this many rounds, at least 1
 * @param regenerate        spec ids the first round regenerates even when up to date, or null
 * @param factoryDirectory  the build's factory directory, where evidence, feedback and figures are written
 * @param lockFile          the lock, which records how many holdout rounds each spec's code consumed
 * @param maxHoldoutRounds  a spec whose code consumed this many holdout rounds gets no more feedback
 */
public record RunRequest(int rounds, String regenerate, Path factoryDirectory, Path lockFile, int maxHoldoutRounds) {

    public RunRequest {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + rounds);
        }
    }

    Path evidenceFile() {
        return factoryDirectory.resolve("evidence.json");
    }

    Path feedbackFile() {
        return factoryDirectory.resolve(HoldoutFeedback.FILE_NAME);
    }

    Path figuresFile() {
        return factoryDirectory.resolve(RoundFigures.FILE_NAME);
    }

    Path logFile(int round) {
        return factoryDirectory.resolve("run").resolve("round-" + round + ".log");
    }
}
