package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.loop.SpecResult;

import java.util.List;

/** How the generation of one spec ended. */
public sealed interface SpecOutcome {

    String specId();

    /** The loop result, when the loop ran to its end (converged or not). */
    default SpecResult result() {
        return null;
    }

    /** Every check passed: its files are written. */
    record Converged(String specId, SpecResult result) implements SpecOutcome {
    }

    /** The loop used up its iterations; {@code result} holds the last errors. */
    record NotConverged(String specId, SpecResult result) implements SpecOutcome {
    }

    /** The loop stopped on an exception, such as a model that could not be called. */
    record Failed(String specId, RuntimeException failure) implements SpecOutcome {
    }

    /** Never started: specs it depends on did not converge. */
    record NotAttempted(String specId, List<String> blockedBy) implements SpecOutcome {

        public NotAttempted {
            blockedBy = List.copyOf(blockedBy);
        }
    }

    static SpecOutcome of(String specId, SpecResult result) {
        return result.converged() ? new Converged(specId, result) : new NotConverged(specId, result);
    }
}
