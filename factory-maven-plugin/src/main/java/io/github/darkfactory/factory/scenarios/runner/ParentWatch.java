package io.github.darkfactory.factory.scenarios.runner;

import java.time.Instant;
import java.util.Optional;

/**
 * Ends this JVM soon after the process that started it is gone, however that process died: a
 * shutdown hook in Maven covers Ctrl-C and SIGTERM, but not SIGKILL, a hard CI timeout or the OOM
 * killer, after which a hanging child would run on, orphaned. Polling the parent's handle (with its
 * start time, so a reused process id does not fool it) works on every platform the JDK supports.
 * Runs in forked JVMs, so it uses the JDK alone.
 */
public final class ParentWatch {

    /** The line a watched JVM prints to its output before it stops itself; the next build looks for it. */
    public static final String PARENT_GONE = "[factory] the process that started this JVM is gone; stopping";

    static final int EXIT_CODE = 3;

    private ParentWatch() {
    }

    /**
     * Starts watching the process that started this JVM. Its id comes from that process, not from
     * this JVM's parent: a parent that died before this JVM got here is no longer its parent.
     */
    public static void start(long parentPid, long periodMillis) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        Optional<Instant> started = parent.flatMap(p -> p.info().startInstant());
        Thread watch = new Thread(() -> {
            while (alive(parentPid, started)) {
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println(PARENT_GONE + " (process " + parentPid + ")");
            System.err.flush();
            // halt, not exit: a hanging test may block shutdown hooks, and nobody is left to read results
            Runtime.getRuntime().halt(EXIT_CODE);
        }, "factory-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    static boolean alive(long pid, Optional<Instant> started) {
        Optional<ProcessHandle> now = ProcessHandle.of(pid);
        return now.isPresent() && now.get().isAlive()
                && (started.isEmpty() || started.equals(now.get().info().startInstant()));
    }
}
