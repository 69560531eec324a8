package io.github.darkfactory.factory.scenarios;

import java.util.List;
import java.util.Optional;

/**
 * The scenarios gate did not pass. The core words what happened, without naming any build tool;
 * the adapter words what to do, per {@link Reason}, from the data carried here.
 */
public final class ScenarioFailure extends Exception {

    public enum Reason { MALFORMED_PIN, UNPINNED, DIGEST_MISMATCH, TIMED_OUT, JVM_EXITED, NO_TESTS, SCENARIOS_FAILED, MISSING_EVIDENCE,
        JUNIT_LINES_CONFLICT, RUN_NOT_STARTED }

    private final Reason reason;
    private final String sha256;
    private final transient EvidenceReport report;

    /**
     * @param sha256 the actual digest of the scenario jar
     * @param report the verdict, when the scenarios ran to their end; else null
     */
    public ScenarioFailure(Reason reason, String summary, List<String> details, String sha256, EvidenceReport report) {
        super(details.isEmpty() ? summary : summary + "\n" + String.join("\n", details));
        this.reason = reason;
        this.sha256 = sha256;
        this.report = report;
    }

    public Reason reason() {
        return reason;
    }

    /** The actual sha256 of the scenario jar, the one to pin. */
    public String sha256() {
        return sha256;
    }

    /** The verdict for {@link Reason#SCENARIOS_FAILED} and {@link Reason#MISSING_EVIDENCE}. */
    public Optional<EvidenceReport> report() {
        return Optional.ofNullable(report);
    }
}
