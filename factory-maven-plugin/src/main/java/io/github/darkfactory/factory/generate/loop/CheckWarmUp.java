package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.log.FactoryLog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the checks of a spec's loop on a made-up answer, on a background thread, while the first
 * model requests are in flight: the first javac compile and ArchUnit import in a JVM cost several
 * times a warm one (class loading, interpreted code), and without this every pool thread of the
 * first wave would pay it at once, after its answer arrived. Writes nothing to the project; its
 * results are discarded. It stops after a few rounds, or before its next round once a real check
 * has begun ({@link #stop()}), so it never competes long with real work.
 */
public final class CheckWarmUp {

    /** A warm-up that does nothing, for callers that want none. */
    public static final CheckWarmUp NONE = new CheckWarmUp();

    /**
     * Enough rounds for javac and ArchUnit to be loaded and their hot paths compiled by the JIT: a
     * check's cost levels off from about the sixth round in one JVM (measured in docs/performance.md,
     * the generate section).
     */
    static final int MAX_ROUNDS = 8;

    /**
     * How long the first requests have the cores to themselves: in a fresh JVM their HTTP and JSON
     * start-up costs CPU too, and any model takes longer than this to answer (the measurement that
     * chose it: docs/performance.md, the generate section).
     */
    static final Duration HEAD_START = Duration.ofMillis(400);

    private final AtomicBoolean stopped = new AtomicBoolean();
    private volatile Thread thread;

    private CheckWarmUp() {
    }

    /**
     * Starts warming up on a daemon thread.
     *
     * @param like         a job of this run: the warm-up compiles against its classpath, source roots
     *                     and release, in its spec's package, as the real checks will
     * @param fileManagers where the real checks will take their javac file managers from, so that the
     *                     warm-up leaves one there with the classpath already opened (null for none)
     */
    public static CheckWarmUp start(SpecJob like, FactoryLog log, FileManagerPool fileManagers) {
        CheckWarmUp warmUp = new CheckWarmUp();
        String answer = answer(like);
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            int rounds = 0;
            try {
                Thread.sleep(HEAD_START.toMillis());
                while (rounds < MAX_ROUNDS && !warmUp.stopped.get()) {
                    SpecGenerator.check(like, answer, fileManagers);
                    rounds++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError e) {
                // only a head start: the real checks report whatever is wrong with javac or the rules
                log.debug("Warming up the checks failed: " + e);
            }
            log.debug("Warmed up the checks in " + rounds + " round(s), " + (System.nanoTime() - start) / 1_000_000
                    + " ms from the start (of which " + HEAD_START.toMillis() + " ms head start for the first requests)");
        }, "factory-check-warm-up");
        thread.setDaemon(true);
        warmUp.thread = thread;
        thread.start();
        return warmUp;
    }

    /** No further round starts; a round in progress finishes on its own. */
    public void stop() {
        stopped.set(true);
    }

    /** True when the warm-up has ended within the timeout (or never started). */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        Thread running = thread;
        if (running != null) {
            running.join(timeout.toMillis());
        }
        return running == null || !running.isAlive();
    }

    /** A small class in the spec's package using what implementations typically use. */
    static String answer(SpecJob like) {
        String packageName = like.spec().packageName();
        return "### " + PromptBuilder.packageDirectory(like.spec()) + "FactoryCheckWarmUp.java\n```java\n"
                + "package " + packageName + ";\n\n" + """
                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;
                import java.util.TreeMap;

                final class FactoryCheckWarmUp {
                    private final Map<String, List<Long>> values = new TreeMap<>();

                    long add(String name, long amount) {
                        if (amount < 1) {
                            throw new IllegalArgumentException("amount must be positive: " + amount);
                        }
                        values.computeIfAbsent(name, n -> new ArrayList<>()).add(amount);
                        return values.get(name).stream().mapToLong(Long::longValue).sum();
                    }

                    record Entry(String name, long value) {
                    }
                }
                ```
                """;
    }
}
