package io.github.darkfactory.factory.scenarios;

import java.util.List;

/**
 * One finished or skipped scenario as the runner reported it.
 *
 * @param id         the JUnit unique id
 * @param className  the class from the test's source, or null
 * @param methodName the method from the test's source, or null (a failed or skipped class)
 * @param status     SUCCESSFUL, FAILED, ABORTED or SKIPPED
 * @param failure    null unless the scenario did not pass
 */
public record ScenarioResult(String id, String displayName, String className, String methodName,
                             List<String> tags, Status status, long durationMs, Failure failure) {

    public enum Status { SUCCESSFUL, FAILED, ABORTED, SKIPPED }

    /** Why a scenario did not pass; for a skipped one, only the reason in {@code message}. */
    public record Failure(String type, String message, String stackTrace) {
    }

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    public boolean passed() {
        return status == Status.SUCCESSFUL;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
