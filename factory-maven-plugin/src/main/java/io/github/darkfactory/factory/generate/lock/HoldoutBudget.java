package io.github.darkfactory.factory.generate.lock;

import java.util.Collection;
import java.util.List;

/**
 * How many rounds of holdout feedback a spec's current code consumed, and where that stops
 * (docs/generation-loop.md, "Holdout feedback"): a hidden scenario whose verdict is fed back too
 * often stops being a holdout; the scenarios need refreshing instead.
 */
public final class HoldoutBudget {

    /** The default of the most rounds of feedback one spec's question may consume. */
    public static final int DEFAULT_MAX_ROUNDS = 10;

    private HoldoutBudget() {
    }

    /**
     * The rounds already asked of the same question: the previous entry's count while the spec's
     * input hash is unchanged; 0 for a spec that changed (a new question) or has no entry.
     */
    public static int roundsSoFar(LockEntry previous, String inputHash) {
        return previous != null && previous.inputHash() != null && previous.inputHash().equals(inputHash)
                ? previous.holdoutRounds() : 0;
    }

    /** The count of the entry that replaces {@code previous}: one more when this generation had feedback. */
    public static int roundsAfter(LockEntry previous, String inputHash, boolean withFeedback) {
        return roundsSoFar(previous, inputHash) + (withFeedback ? 1 : 0);
    }

    /**
     * Of these specs, those whose lock entry has consumed {@code maxRounds} rounds or more: no more
     * feedback may go to them until the scenarios are refreshed. In the order given.
     */
    public static List<String> spent(Lock lock, Collection<String> specIds, int maxRounds) {
        return specIds.stream().filter(id -> lock.entry(id) != null && lock.entry(id).holdoutRounds() >= maxRounds)
                .toList();
    }
}
