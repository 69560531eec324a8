package io.github.darkfactory.factory.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may call a model (CONTRACT §4.2): only a command-line invocation that is not frozen, not
 * offline, with a configured model whose key is present. A lifecycle-bound execution is frozen
 * unless {@code factory.frozen=false} is given, so CI never calls a model by accident.
 */
public final class ModelPolicy {

    private ModelPolicy() {
    }

    /**
     * @param commandLine     invoked as {@code mvn factory:generate}
     * @param frozen          the value of {@code factory.frozen}, or null when not set
     * @param offline         Maven runs offline ({@code -o})
     * @param modelConfigured a {@code <model>} is configured
     * @param missingKey      where the key should have come from when it is absent, or null
     * @return every reason no model may be called, or null when one may
     */
    public static String refusal(boolean commandLine, Boolean frozen, boolean offline, boolean modelConfigured,
                                 String missingKey) {
        List<String> reasons = new ArrayList<>();
        if (Boolean.TRUE.equals(frozen)) {
            reasons.add("factory.frozen is true");
        } else if (!commandLine && frozen == null) {
            reasons.add("this execution is bound to the build lifecycle, which never calls a model"
                    + " (run `mvn factory:generate`, or pass -Dfactory.frozen=false)");
        }
        if (offline) {
            reasons.add("Maven runs offline (-o)");
        }
        if (!modelConfigured) {
            reasons.add("no <model> is configured for the factory-maven-plugin");
        } else if (missingKey != null) {
            reasons.add("the model's key is missing: " + missingKey);
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
