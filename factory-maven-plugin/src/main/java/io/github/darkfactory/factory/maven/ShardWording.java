package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.MergeFailure;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;

/** What a shard says when it is done, and what to do about each way its files cannot be merged, in pom terms. */
final class ShardWording {

    private static final String RUN_A_SHARD = "-D" + PropertyNames.SCENARIOS_SHARD + "=<i>/<n>";

    private ShardWording() {
    }

    /** A shard's results are no verdict: said every time, so nobody takes a green shard for green evidence. */
    static void written(Path shardFile, Log log) {
        log.info("Shard results: " + shardFile);
        log.info("The requirement gates are not applied to a shard: collect every shard's file in one directory and"
                + " run mvn factory:" + PropertyNames.GOAL_MERGE_EVIDENCE + " -D" + PropertyNames.EVIDENCE_SHARDS
                + "=<that directory>");
    }

    /** The failure message Maven prints: what is wrong with the files, then what to do. */
    static String describe(MergeFailure failure) {
        return failure.getMessage() + "\n" + fixFor(failure.reason());
    }

    static String fixFor(MergeFailure.Reason reason) {
        return switch (reason) {
            case NO_DIRECTORY -> "Point -D" + PropertyNames.EVIDENCE_SHARDS + " at the directory where every shard's"
                    + " evidence-shard-<i>-of-<n>.json was collected.";
            case NO_SHARDS -> "Each shard (factory:" + PropertyNames.GOAL_SCENARIOS + " with " + RUN_A_SHARD
                    + ") writes target/factory/evidence-shard-<i>-of-<n>.json: collect every shard's file there (in CI,"
                    + " upload it from each shard job and download them all in the merge job).";
            case UNREADABLE -> "Remove it, or run its shard again (factory:" + PropertyNames.GOAL_SCENARIOS + " with "
                    + RUN_A_SHARD + ") and use the file it writes.";
            case DIFFERENT_TOTALS -> "Merge the files of one sharded run only, where every shard ran with the same <n>:"
                    + " empty the directory and collect the files of that run.";
            case DUPLICATE -> "Keep one file per shard: empty the directory and collect the files of one run.";
            case MISSING -> "Run the missing shard(s) with " + RUN_A_SHARD + " and add their files (a shard whose"
                    + " scenarios failed still writes its file: upload it even when its job fails).";
            case DIFFERENT_ARTIFACTS -> "Every shard must run the same pinned release: run all shards again from one"
                    + " commit and merge their files only.";
            case DIFFERENT_SPLITS, SCENARIO_IN_TWO_SHARDS -> "Give every shard the same -D"
                    + PropertyNames.SCENARIOS_TIMINGS + " file (committed, or one artifact of one run), or none, and run"
                    + " all shards again.";
            case DIFFERENT_COMMITS -> "Every shard must test the same commit: run all shards again from one commit"
                    + " (one pipeline) and merge their files only.";
            case NOT_THE_PINNED_ARTIFACT -> "The shards ran another release than the one <scenarios><sha256> pins: run"
                    + " the shards again with this pom, or merge with the pom they ran with.";
        };
    }
}
