package io.github.darkfactory.factory.scenarios;

/**
 * The shard files cannot be merged into one verdict. The core words what is wrong with them; the
 * adapter words what to do, per {@link Reason}.
 */
public final class MergeFailure extends Exception {

    public enum Reason { NO_DIRECTORY, NO_SHARDS, UNREADABLE, DIFFERENT_TOTALS, DUPLICATE, MISSING, DIFFERENT_ARTIFACTS,
        DIFFERENT_SPLITS, SCENARIO_IN_TWO_SHARDS, NOT_THE_PINNED_ARTIFACT, DIFFERENT_COMMITS }

    private final Reason reason;

    public MergeFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
