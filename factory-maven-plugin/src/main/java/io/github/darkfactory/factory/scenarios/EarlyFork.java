package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.scenarios.runner.ScenarioRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The scenario JVM started while its twins still start, with the URLs they will have: it starts its
 * JVM and the JUnit Platform meanwhile, then waits at a gate file until {@link #go()} (the twins
 * serve at those URLs) or {@link #cancel()} (they do not: it runs nothing and ends).
 */
final class EarlyFork {

    private final Path gate;
    private final FutureTask<ScenarioFork.Outcome> run;
    private final Thread thread;

    private EarlyFork(Path gate, ScenarioFork.Request request) {
        this.gate = gate;
        this.run = new FutureTask<>(() -> ScenarioFork.run(request));
        this.thread = new Thread(run, "factory-scenario-jvm");
        thread.setDaemon(true);
    }

    /** @param gate the file the JVM waits for; deleted first, so an earlier run's cannot let it pass */
    static EarlyFork start(ScenarioFork.Request request, Path gate) throws IOException {
        Files.deleteIfExists(gate);
        EarlyFork fork = new EarlyFork(gate, request.withAdded(Map.of(ScenarioRunner.TWINS_GATE, gate.toString()), Map.of()));
        fork.thread.start();
        return fork;
    }

    /** Lets the JVM run its scenarios, and waits until it ended. */
    ScenarioFork.Outcome go() throws IOException, InterruptedException {
        AtomicFiles.write(gate, ScenarioRunner.GO);
        return outcome();
    }

    /** Tells the JVM to run nothing, and waits until it ended (it is killed if this thread is interrupted). */
    void cancel() throws IOException, InterruptedException {
        AtomicFiles.write(gate, "stop");
        outcome();
    }

    private ScenarioFork.Outcome outcome() throws IOException, InterruptedException {
        try {
            return run.get();
        } catch (InterruptedException e) {
            // an interrupted BoundedProcess.run kills the JVM's tree before it returns
            thread.interrupt();
            thread.join();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("the scenario JVM's run failed", e.getCause());
        }
    }
}
