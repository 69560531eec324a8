package io.github.darkfactory.factory.scenarios;

import java.util.List;

/**
 * The scenarios gate did not pass. The core words what happened; the Maven adapter adds which
 * parameter or property to change, per {@link Reason}.
 */
public final class ScenarioFailure extends Exception {

    public enum Reason { UNPINNED, DIGEST_MISMATCH, TIMED_OUT, JVM_EXITED, NO_TESTS, SCENARIOS_FAILED, MISSING_EVIDENCE,
        JUNIT_LINES_CONFLICT, RUN_NOT_STARTED }

    private final Reason reason;
    private final List<String> details;

    public ScenarioFailure(Reason reason, String summary, List<String> details) {
        super(details.isEmpty() ? summary : summary + "\n" + String.join("\n", details));
        this.reason = reason;
        this.details = List.copyOf(details);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> details() {
        return details;
    }
}
