package io.github.darkfactory.factory.maven;

import java.util.Optional;

/**
 * The one skip decision of every goal: {@code factory.skip} skips every goal, {@code
 * factory.<goal>.skip} one. {@link FactoryMojo} declares the first, each goal its own flag.
 */
record GoalSkip(String goal, String property) {

    static Optional<GoalSkip> of(String goal, boolean skipAll, boolean skipGoal) {
        if (skipAll) {
            return Optional.of(new GoalSkip(goal, PropertyNames.SKIP));
        }
        return skipGoal ? Optional.of(new GoalSkip(goal, PropertyNames.skipOf(goal))) : Optional.empty();
    }

    /** What the build log says, the same for every goal. */
    String message() {
        return "Skipping factory:" + goal + " (" + property + "=true)";
    }
}
