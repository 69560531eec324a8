package io.github.darkfactory.factory.strength;

import java.util.List;

/**
 * The strength gate did not pass, or could not measure. The core words what happened; the adapter
 * words what to do, per {@link Reason}.
 */
public final class StrengthFailure extends Exception {

    public enum Reason { DIGEST_CHANGED, PIT_FAILED, TIMED_OUT, VACUOUS, BELOW_MIN_STRENGTH }

    private final Reason reason;

    public StrengthFailure(Reason reason, String summary, List<String> details) {
        super(details.isEmpty() ? summary : summary + "\n" + String.join("\n", details));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
