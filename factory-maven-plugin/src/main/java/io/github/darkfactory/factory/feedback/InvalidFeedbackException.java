package io.github.darkfactory.factory.feedback;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A feedback file that cannot be used; the adapter words the reason and says what to do. */
public final class InvalidFeedbackException extends RuntimeException {

    public enum Reason { MISSING, UNREADABLE, MALFORMED, UNKNOWN_IDS }

    private final Reason reason;
    private final Path file;
    private final String detail;
    private final Map<String, String> nearest;

    public InvalidFeedbackException(Reason reason, Path file, String detail) {
        this(reason, file, detail, Map.of());
    }

    /** {@link Reason#UNKNOWN_IDS}: the ids no spec has, each with the known id it most likely meant, if any. */
    public static InvalidFeedbackException unknownIds(Path file, Collection<String> unknown, Map<String, String> nearest) {
        return new InvalidFeedbackException(Reason.UNKNOWN_IDS, file, String.join(", ", unknown), nearest);
    }

    private InvalidFeedbackException(Reason reason, Path file, String detail, Map<String, String> nearest) {
        super(reason + " " + file + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.file = file;
        this.detail = detail;
        this.nearest = Collections.unmodifiableMap(new TreeMap<>(nearest));
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, in the file's terms (for UNKNOWN_IDS: the ids, comma-separated). */
    public String detail() {
        return detail;
    }

    /** For {@link Reason#UNKNOWN_IDS}: an unknown id → the known requirement id it most likely meant ("did you mean"). */
    public Map<String, String> nearest() {
        return nearest;
    }
}
