package io.github.darkfactory.factory.twins;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

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
    private final boolean wireMock;
    private final OptionalInt exitCode;
    private final Path output;

    /** @param sha256 the twin jar's actual digest when it was computed, else empty */
    public TwinFailure(Reason reason, String twin, String summary, List<String> details, String sha256) {
        this(reason, twin, summary, details, sha256, false, OptionalInt.empty(), null);
    }

    private TwinFailure(Reason reason, String twin, String summary, List<String> details, String sha256,
                        boolean wireMock, OptionalInt exitCode, Path output) {
        super(details.isEmpty() ? summary : summary + "\n" + String.join("\n", details));
        this.reason = reason;
        this.twin = twin;
        this.sha256 = sha256;
        this.wireMock = wireMock;
        this.exitCode = exitCode;
        this.output = output;
    }

    /**
     * A twin's process that did not accept connections ({@link Reason#NOT_STARTED}).
     *
     * @param wireMock the process was WireMock (serving mappings, or proxying an executable twin), not the twin's own jar
     * @param exitCode its exit code when it exited; empty when it still ran at the timeout
     * @param output   the file holding its output
     */
    public static TwinFailure notStarted(String twin, String summary, List<String> details, boolean wireMock,
                                  OptionalInt exitCode, Path output) {
        return new TwinFailure(Reason.NOT_STARTED, twin, summary, details, "", wireMock, exitCode, output);
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

    /** For {@link Reason#NOT_STARTED}: the process that did not start was WireMock. */
    public boolean wireMock() {
        return wireMock;
    }

    /** For {@link Reason#NOT_STARTED}: the exit code of a process that exited; empty when it timed out. */
    public OptionalInt exitCode() {
        return exitCode;
    }

    /** For {@link Reason#NOT_STARTED}: the file holding the process's output; else empty. */
    public Optional<Path> output() {
        return Optional.ofNullable(output);
    }
}
