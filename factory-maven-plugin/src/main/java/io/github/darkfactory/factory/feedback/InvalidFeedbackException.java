package io.github.darkfactory.factory.feedback;

import java.nio.file.Path;

/** A feedback file that cannot be used; the adapter words the reason and says what to do. */
public final class InvalidFeedbackException extends RuntimeException {

    public enum Reason { MISSING, UNREADABLE, MALFORMED, UNKNOWN_IDS }

    private final Reason reason;
    private final Path file;
    private final String detail;

    public InvalidFeedbackException(Reason reason, Path file, String detail) {
        super(reason + " " + file + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.file = file;
        this.detail = detail;
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
}
