package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.Shard;
import io.github.darkfactory.factory.strength.StrengthFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** What to do about each way the strength gate fails, in pom and command-line terms. */
final class StrengthFailureFixes {

    /** Said, as a warning, when the goal has no evidence of this build to measure; the build still succeeds. */
    static final String NO_SCENARIOS_RAN = "The scenarios goal did not run before strength in this build: strength"
            + " measures only evidence that passed in the same build, so no evidence strength was measured. Bind the"
            + " strength goal after the scenarios goal, in the same <execution> (goals run in the order they are"
            + " listed), or run both with the verify phase (mvn verify), not the strength goal alone.";

    static final String SHARD_RAN = "This build ran a shard of the scenarios (-D" + PropertyNames.SCENARIOS_SHARD
            + " or the CI's parallel variables): strength measures the evidence of a whole run, so no evidence strength"
            + " was measured. Run strength in a build that runs every scenario (-D" + PropertyNames.SCENARIOS_SHARD
            + "=none).";

    private StrengthFailureFixes() {
    }

    /** Why strength found no evidence of this build: the scenarios ran as a shard, or did not run before it. */
    static String noScenariosRan(Path factoryDirectory, Instant buildStart) throws IOException {
        if (!Files.isDirectory(factoryDirectory)) {
            return NO_SCENARIOS_RAN;
        }
        try (Stream<Path> files = Files.list(factoryDirectory)) {
            boolean shardRan = files.anyMatch(file -> Shard.isFileName(file.getFileName().toString())
                    && file.toFile().lastModified() >= buildStart.toEpochMilli());
            return shardRan ? SHARD_RAN : NO_SCENARIOS_RAN;
        }
    }

    /** The failure message Maven prints: what happened, then what to do. */
    static String describe(StrengthFailure failure) {
        return failure.getMessage() + "\n" + fixFor(failure);
    }

    static String fixFor(StrengthFailure failure) {
        return switch (failure.reason()) {
            case DIGEST_CHANGED -> "The scenario jar in the local repository changed during the build; run the build again.";
            case PIT_FAILED -> "Fix the cause in PIT's output above (\"did not pass without mutation\": a scenario fails"
                    + " when PIT runs it alone); or skip this goal with -D" + PropertyNames.STRENGTH_SKIP + "=true.";
            case TIMED_OUT -> "PIT times out each mutant itself; this limit is the whole run. Raise it with -D"
                    + PropertyNames.STRENGTH_TIMEOUT + "=<seconds> (or <timeout>), or give PIT more threads with -D"
                    + PropertyNames.STRENGTH_THREADS + "=<n>.";
            case VACUOUS -> "Give each listed requirement a scenario that asserts its outcome (a scenario that only calls"
                    + " the code notices nothing), then release the scenario project and pin the new jar in <scenarios>;"
                    + " target/factory/strength.json lists every surviving mutant. To only warn, set -D"
                    + PropertyNames.STRENGTH_FAIL_ON_VACUOUS + "=false.";
            case BELOW_MIN_STRENGTH -> "Strengthen the listed requirements' scenarios against their surviving mutants"
                    + " (target/factory/strength.json lists them all under survivingMutants, each with the requirements it"
                    + " survives for), or lower <minStrength> (" + PropertyNames.MIN_STRENGTH + ").";
        };
    }
}
