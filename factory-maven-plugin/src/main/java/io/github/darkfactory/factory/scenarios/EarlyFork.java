package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Threads;
import io.github.darkfactory.factory.scenarios.runner.ScenarioRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The scenario JVM started while its twins still start, with the URLs they will have: it starts its
 * JVM and the JUnit Platform and discovers the scenarios meanwhile, then waits at a gate file until
 * {@link #go()} (the twins serve at those URLs); {@link #kill()} ends it when they do not. Its
 * timeout counts from {@link #go()}, as if it had started then.
 */
final class EarlyFork {

    private final ScenarioFork.Request request;
    private final Path gate;
    private final FutureTask<ScenarioFork.Outcome> run;
    private final Thread thread;

    private EarlyFork(ScenarioFork.Request request, Path gate, long waitAllowanceSeconds) {
        this.request = request;
        this.gate = gate;
        // a backstop only: go() applies the request's own timeout from the moment the twins serve
        ScenarioFork.Request early = request.withAdded(Map.of(ScenarioRunner.TWINS_GATE, gate.toString()), Map.of())
                .withTimeout(request.timeoutSeconds() + waitAllowanceSeconds);
        this.run = new FutureTask<>(() -> ScenarioFork.run(early));
        this.thread = new Thread(run, "factory-scenario-jvm");
        thread.setDaemon(true);
    }

    /**
     * @param gate                 the file the JVM waits for; deleted first, so an earlier run's cannot let it pass
     * @param waitAllowanceSeconds the longest the twins may take to serve
     */
    static EarlyFork start(ScenarioFork.Request request, Path gate, long waitAllowanceSeconds) throws IOException {
        Path absolute = gate.toAbsolutePath();
        Files.deleteIfExists(absolute);
        EarlyFork fork = new EarlyFork(request, absolute, waitAllowanceSeconds);
        fork.thread.start();
        return fork;
    }

    /** Lets the JVM run its scenarios, and waits until it ended or its timeout (then it is killed). */
    ScenarioFork.Outcome go() throws IOException, InterruptedException {
        try {
            AtomicFiles.write(gate, ScenarioRunner.GO);
            return run.get(request.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            kill();
            return ScenarioFork.timedOut(request);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("the scenario JVM's run failed", e.getCause());
        } finally {
            // on every way out, an interrupt or a failed gate write included; nothing once the JVM has ended
            kill();
        }
    }

    /**
     * Ends the JVM at once, whatever it was doing, its whole tree with it (an interrupted run kills it,
     * see BoundedProcess), and waits until it is gone. Never throws; an interrupt that arrives meanwhile
     * is kept for the caller.
     */
    void kill() {
        thread.interrupt();
        if (Threads.joinUninterruptibly(thread)) {
            Thread.currentThread().interrupt();
        }
    }
}
