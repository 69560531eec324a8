package io.github.darkfactory.factory.twins;

import java.util.List;

/**
 * A twin could not be used: a bad name, a jar that is no twin, an invalid mapping, a pin that does not
 * hold, or a process that did not start. The core says what happened; the adapter says what to do.
 */
public final class TwinFailure extends Exception {

    public enum Reason { INVALID_NAME, DUPLICATE_NAME, MALFORMED_PIN, UNPINNED, DIGEST_MISMATCH, NOT_A_TWIN,
        INVALID_MAPPING, NOT_STARTED }

    private final Reason reason;
    private final String twin;
    private final String sha256;

    /** @param sha256 the twin jar's actual digest when it was computed, else empty */
    public TwinFailure(Reason reason, String twin, String summary, List<String> details, String sha256) {
        super(details.isEmpty() ? summary : summary + "\n" + String.join("\n", details));
        this.reason = reason;
        this.twin = twin;
        this.sha256 = sha256;
    }

    public Reason reason() {
        return reason;
    }

    /** The twin's name as configured. */
    public String twin() {
        return twin;
    }

    /** The twin jar's actual sha256, the one to pin; empty when unknown. */
    public String sha256() {
        return sha256;
    }
}
