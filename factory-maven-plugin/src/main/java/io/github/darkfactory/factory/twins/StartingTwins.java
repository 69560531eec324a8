package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.io.Threads;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.util.Map;

/**
 * Twins starting in the background, so that their JVMs start while the adapter resolves the scenario
 * jar and its dependency graph; the scenario run awaits them just before its JVM needs their URLs.
 * Closing stops a start still under way, waits for it, and stops every twin it started: nothing
 * outlives the owner's try block.
 */
public final class StartingTwins implements AutoCloseable {

    /** Starts every twin and returns them serving; stops what it started when interrupted. */
    @FunctionalInterface
    public interface Start {
        RunningTwins start() throws IOException, InterruptedException, TwinFailure;
    }

    /** No twins: nothing starts, nothing to await. */
    public static final StartingTwins NONE = new StartingTwins();

    private final Thread starter;
    private final TwinUrls planned;
    private final long longestStartSeconds;
    private final FactoryLog log;
    private RunningTwins running;
    private Throwable failure;
    private boolean logged;
    private boolean closed;

    private StartingTwins() {
        this.starter = null;
        this.planned = TwinUrls.of(Map.of());
        this.longestStartSeconds = 0;
        this.log = null;
    }

    private StartingTwins(Start start, TwinUrls planned, long longestStartSeconds, FactoryLog log) {
        this.planned = planned;
        this.longestStartSeconds = longestStartSeconds;
        this.log = log;
        this.starter = new Thread(() -> {
            try {
                RunningTwins started = start.start();
                synchronized (this) {
                    running = started;
                }
            } catch (Throwable e) {
                // an Error too: await() must throw it rather than find nothing
                synchronized (this) {
                    failure = e;
                }
            }
        }, "factory-twins-start");
        starter.setDaemon(true);
    }

    /**
     * Runs {@code start} in a thread of its own and returns at once.
     *
     * @param ports               the port each twin will serve on unless another process takes it first
     *                            ({@link Twins#choosePorts})
     * @param longestStartSeconds the longest the start may take (its twins' start timeouts)
     */
    public static StartingTwins inBackground(Start start, Map<String, Integer> ports, long longestStartSeconds,
                                             FactoryLog log) {
        StartingTwins twins = new StartingTwins(start, TwinUrls.of(ports), longestStartSeconds, log);
        twins.starter.start();
        return twins;
    }

    public boolean isEmpty() {
        return starter == null;
    }

    /**
     * The URLs the twins will have unless one loses its port to another process while it starts (then
     * {@link #await()}'s differ): a scenario JVM may start with them before the twins are ready.
     */
    public TwinUrls plannedUrls() {
        return planned;
    }

    /** The longest {@link #await()} can take: what a scenario JVM started before the twins serve may wait. */
    public long longestStartSeconds() {
        return longestStartSeconds;
    }

    /** Waits until every twin serves and logs their URLs once; throws what stopped one from starting. */
    public RunningTwins await() throws IOException, InterruptedException, TwinFailure {
        if (starter == null) {
            throw new IllegalStateException("no twins to await");
        }
        starter.join();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the twins were stopped");
            }
            if (failure != null) {
                Twins.rethrow(failure);
            }
            if (!logged) {
                running.systemProperties().forEach((key, url) -> log.info("Twin " + key + " = " + url));
                logged = true;
            }
            return running;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (starter == null) {
            return;
        }
        // a start still under way stops what it had started when interrupted (Twins.start); an interrupted
        // build waits for that too, or a twin would outlive it
        starter.interrupt();
        // the caller's own interrupt is kept for it, not spent on the waits below
        boolean interrupted = Thread.interrupted();
        interrupted |= Threads.joinUninterruptibly(starter);
        RunningTwins started;
        synchronized (this) {
            started = running;
            running = null;
            closed = true;
        }
        try {
            if (started != null) {
                started.close();
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
