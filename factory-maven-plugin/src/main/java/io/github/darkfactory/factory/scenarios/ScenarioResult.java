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
 * @param treeName   for a test without a Java class (a Gherkin scenario), its ancestors' display
 *                   names such as "Pricing › An empty order costs nothing"; else null
 */
public record ScenarioResult(String id, String displayName, String className, String methodName,
                             List<String> tags, Status status, long durationMs, Failure failure, String treeName) {

    public enum Status { SUCCESSFUL, FAILED, ABORTED, SKIPPED }

    /** Why a scenario did not pass; for a skipped one, only the reason in {@code message}. */
    public record Failure(String type, String message, String stackTrace) {

        /** An assertion that did not hold, as opposed to an unexpected exception (Surefire's failure or error). */
        boolean isAssertion() {
            return type != null && (type.endsWith("AssertionError") || type.endsWith("AssertionFailedError"));
        }

        /** The message; after the exception's simple name unless an assertion failed, where the name says nothing. */
        String brief() {
            String name = type == null || isAssertion() ? "" : type.substring(type.lastIndexOf('.') + 1);
            String text = message == null ? "" : message;
            return name.isEmpty() || text.isEmpty() ? name + text : name + ": " + text;
        }
    }

    public ScenarioResult {
        tags = List.copyOf(tags);
    }

    public ScenarioResult(String id, String displayName, String className, String methodName,
                          List<String> tags, Status status, long durationMs, Failure failure) {
        this(id, displayName, className, methodName, tags, status, durationMs, failure, null);
    }

    public boolean passed() {
        return status == Status.SUCCESSFUL;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /**
     * How people read a scenario, on the console and in evidence.html: {@code PricingScenarios ›
     * rejects_negatives()} for a Java test, {@code Pricing › An empty order costs nothing} for Gherkin.
     */
    public String label() {
        return treeName != null ? treeName : label(className, displayName);
    }

    /** The simple class name (nested classes as {@code Outer.Inner}), when known, then the display name. */
    public static String label(String className, String displayName) {
        String owner = className == null ? ""
                : className.substring(className.lastIndexOf('.') + 1).replace('$', '.') + " › ";
        return owner + displayName;
    }
}
