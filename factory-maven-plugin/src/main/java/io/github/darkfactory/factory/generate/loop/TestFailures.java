package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.scenarios.ScenarioResult;
import io.github.darkfactory.factory.scenarios.TestClassRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The product's tests that did not pass against a candidate, as problems for the model: the test
 * (class and method), the failure's type and message, and only the stack frames of the project's
 * own code (the spec packages, {@code src/main/java}, the tests): JUnit's and the JDK's frames say
 * nothing the model can act on.
 */
final class TestFailures {

    static final String TEST_FIX = "change the implementation so that this test of the project passes;"
            + " the tests are the product's own and never change";
    static final String TEST_COMPILE_FIX = "change the implementation so that this test of the project compiles"
            + " against it (the names, types and signatures it uses); the tests are the product's own and never change";
    static final int MAX_FRAMES = 8;
    private static final int MAX_MESSAGE = 600;

    private TestFailures() {
    }

    /** One problem per failed test or class; empty when every test passed. */
    static List<LoopProblem> of(TestClassRun.Outcome outcome, Set<String> projectPackages, long timeoutSeconds) {
        List<LoopProblem> problems = new ArrayList<>();
        for (ScenarioResult result : outcome.results()) {
            if (result.failed()) {
                problems.add(new LoopProblem(LoopProblem.Check.TEST, where(result), message(result, projectPackages), TEST_FIX));
            }
        }
        if (outcome.timedOut()) {
            problems.add(new LoopProblem(LoopProblem.Check.TEST, running(outcome), "the tests did not finish within "
                    + timeoutSeconds + " s and were stopped", "make the code finish: no endless loop, no wait for"
                    + " something that never comes"));
        } else if (!outcome.completed()) {
            String why = outcome.startFailure() != null ? outcome.startFailure()
                    : "the test JVM exited before all tests finished (code that calls System.exit or halts the JVM?)";
            problems.add(new LoopProblem(LoopProblem.Check.TEST, running(outcome), why, TEST_FIX));
        }
        return problems;
    }

    /** {@code com.acme.PricingTest.rejects_negatives}, or the class alone when the class as a whole failed. */
    static String where(ScenarioResult result) {
        String owner = result.className() == null ? result.displayName() : result.className();
        return result.methodName() == null ? owner : owner + "." + result.methodName();
    }

    private static String running(TestClassRun.Outcome outcome) {
        return outcome.running().isEmpty() ? "the test run" : String.join(", ", outcome.running());
    }

    /** The failure's type and message, then the project's frames, on one line each joined by "; at". */
    static String message(ScenarioResult result, Set<String> projectPackages) {
        ScenarioResult.Failure failure = result.failure();
        if (failure == null) {
            return "failed";
        }
        String type = failure.type() == null ? "" : failure.type();
        String text = failure.message() == null ? "" : failure.message().strip().replaceAll("\\s*\\R\\s*", " ");
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        String head = type.isEmpty() || text.isEmpty() ? type + text : type + ": " + text;
        List<String> frames = projectFrames(failure.stackTrace(), projectPackages);
        return frames.isEmpty() ? head : head + " (at " + String.join(", at ", frames) + ")";
    }

    /**
     * The {@code at} frames of a printed stack trace whose class lies in one of the packages (not in
     * their subpackages, which are listed themselves when they hold code), at most {@link #MAX_FRAMES},
     * each as {@code com.acme.Foo.bar(Foo.java:12)}.
     */
    static List<String> projectFrames(String stackTrace, Set<String> projectPackages) {
        List<String> frames = new ArrayList<>();
        if (stackTrace == null) {
            return frames;
        }
        for (String line : stackTrace.lines().map(String::strip).toList()) {
            if (!line.startsWith("at ") || frames.size() == MAX_FRAMES) {
                continue;
            }
            String frame = line.substring(3);
            // "app//com.acme.Foo.bar(Foo.java:12)" when a class loader or module is named
            String call = frame.contains("/") ? frame.substring(frame.lastIndexOf('/') + 1) : frame;
            int paren = call.indexOf('(');
            String method = paren < 0 ? call : call.substring(0, paren);
            int lastDot = method.lastIndexOf('.');
            String className = lastDot < 0 ? method : method.substring(0, lastDot);
            int classDot = className.lastIndexOf('.');
            String packageName = classDot < 0 ? "" : className.substring(0, classDot);
            if (projectPackages.contains(packageName)) {
                frames.add(call);
            }
        }
        return frames;
    }
}
