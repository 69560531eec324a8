package io.github.darkfactory.factory.generate;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call a model (docs/goals/generate.md): only a command-line invocation that is not frozen,
 * not offline, with a configured model whose key is present. A lifecycle-bound execution is frozen
 * unless generation is unfrozen explicitly, so CI never calls a model by accident.
 */
public final class ModelPolicy {

    private ModelPolicy() {
    }

    /**
     * @param commandLine     the goal was invoked directly, not bound to a phase
     * @param frozen          the user's frozen setting, or null when not set
     * @param offline         the build runs offline
     * @param modelConfigured a model is configured
     * @param missingKey      where the key should have come from when it is absent, or null
     * @return every reason no model may be called, or empty when one may
     */
    public static Optional<ModelRefusal> refusal(boolean commandLine, Boolean frozen, boolean offline,
                                                 boolean modelConfigured, ModelRefusal.MissingKey missingKey) {
        Set<ModelRefusal.Reason> reasons = EnumSet.noneOf(ModelRefusal.Reason.class);
        if (Boolean.TRUE.equals(frozen)) {
            reasons.add(ModelRefusal.Reason.FROZEN);
        } else if (!commandLine && frozen == null) {
            reasons.add(ModelRefusal.Reason.BOUND_TO_LIFECYCLE);
        }
        if (offline) {
            reasons.add(ModelRefusal.Reason.OFFLINE);
        }
        if (!modelConfigured) {
            reasons.add(ModelRefusal.Reason.NO_MODEL);
        } else if (missingKey != null) {
            reasons.add(ModelRefusal.Reason.MISSING_KEY);
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new ModelRefusal(reasons, missingKey));
    }
}
