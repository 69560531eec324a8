package io.github.darkfactory.factory.generate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Why no model may be called in this run, as data the adapter words (see docs/goals/generate.md).
 *
 * @param reasons    every reason that applies, never empty
 * @param missingKey where the key should have come from, when {@link Reason#MISSING_KEY} is one of them
 */
public record ModelRefusal(Set<Reason> reasons, MissingKey missingKey) {

    public enum Reason {
        /** The user froze generation explicitly. */
        FROZEN,
        /** The execution is bound to the build lifecycle and generation was not unfrozen for it. */
        BOUND_TO_LIFECYCLE,
        /** The build runs offline. */
        OFFLINE,
        /** No model is configured. */
        NO_MODEL,
        /** A model is configured but its key is absent. */
        MISSING_KEY
    }

    /**
     * Where the absent key should have come from: an environment variable or a server entry of the
     * build tool's settings, by id; both null when the configuration names neither.
     */
    public record MissingKey(String environmentVariable, String serverId) {
    }

    public ModelRefusal {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));  // in declaration order, for the wording
    }

    /** Whether the missing key is all that stands in the way. */
    public boolean onlyTheKeyIsMissing() {
        return reasons.equals(Set.of(Reason.MISSING_KEY));
    }
}
