package io.github.darkfactory.factory.twintools;

/**
 * Why recording or checking a twin could not go on, with the data the adapter words it from
 * (docs/architecture.md, "Wording"). Never carries a credential.
 */
public final class TwinToolFailure extends Exception {

    public enum Reason {
        /** The twin has no {@code mappings} directory, or no mapping in it: {@code where} is the directory. */
        NO_MAPPINGS,
        /** A mapping file is not a WireMock stub mapping: {@code where} is the file, {@code detail} the parser's word. */
        MALFORMED_MAPPING,
        /** Nothing answers at the target: {@code where} is the target URL, {@code detail} the connection error. */
        UNREACHABLE,
        /** The service answered 401 or 403: {@code where} is the exchange (method and path), {@code status} the code. */
        REJECTED,
        /** The recording proxy did not start or stopped early: {@code detail} is the last lines of its output. */
        RECORDER_FAILED
    }

    private final Reason reason;
    private final String where;
    private final String detail;
    private final int status;

    public TwinToolFailure(Reason reason, String where, String detail, int status) {
        super(reason + " " + where + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.where = where;
        this.detail = detail;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    public String where() {
        return where;
    }

    public String detail() {
        return detail;
    }

    public int status() {
        return status;
    }
}
