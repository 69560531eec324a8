package io.github.darkfactory.factory.scenarios;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs given test classes on the JUnit Platform in one forked JVM, with the scenario JVM's runner
 * and fork (parent watch, timeout, argument file): what the generate loop uses to run the
 * product's own tests against a candidate (docs/generation-loop.md). Knows nothing of evidence or
 * reports: its results go back to the caller only.
 */
public final class TestClassRun {

    /**
     * @param javaExecutable   the {@code java} to start
     * @param workingDirectory the fork's working directory (the project base directory)
     * @param classpath        the whole classpath, the runner's directory included (see {@link #runnerDirectory})
     * @param classNames       the classes to run, by binary name; at least one
     * @param timeoutSeconds   after this the JVM and every process it started are killed
     * @param workDirectory    where the argument file, the results and the JVM's output go
     */
    public record Request(Path javaExecutable, Path workingDirectory, List<Path> classpath, List<String> classNames,
                          long timeoutSeconds, Path workDirectory) {

        public Request {
            classpath = List.copyOf(classpath);
            classNames = List.copyOf(classNames);
            if (classNames.isEmpty()) {
                throw new IllegalArgumentException("no test class to run");
            }
        }
    }

    /**
     * @param results      every finished or skipped test (and each failed or skipped class)
     * @param completed    the run reached its end; false when the JVM died or was killed first
     * @param timedOut     the JVM was killed at the timeout
     * @param running      labels of the tests that had started but not finished
     * @param startFailure why the JVM ended before any test started, or null when one did (or it completed)
     * @param output       the JVM's output
     */
    public record Outcome(List<ScenarioResult> results, boolean completed, boolean timedOut, List<String> running,
                          String startFailure, Path output) {

        public Outcome {
            results = List.copyOf(results);
            running = List.copyOf(running);
        }
    }

    private TestClassRun() {
    }

    /** Copies the runner's classes into {@code directory}, for the fork's classpath; returns {@code directory}. */
    public static Path runnerDirectory(Path directory) throws IOException {
        RunnerClasses.copyTo(directory);
        return directory;
    }

    public static Outcome run(Request request) throws IOException, InterruptedException {
        ScenarioFork.Outcome outcome = ScenarioFork.run(new ScenarioFork.Request(request.javaExecutable(),
                request.workingDirectory(), request.classpath(), request.workDirectory(), null, Map.of(), Map.of(),
                request.timeoutSeconds(), request.workDirectory(), request.classNames()));
        boolean completed = outcome.contents().done() && !outcome.timedOut();
        String startFailure = !completed && !outcome.timedOut() && outcome.nothingStarted()
                ? ScenarioFork.startFailure(outcome.output()) : null;
        return new Outcome(outcome.contents().results(), completed, outcome.timedOut(), outcome.contents().running(),
                startFailure, outcome.output());
    }
}
