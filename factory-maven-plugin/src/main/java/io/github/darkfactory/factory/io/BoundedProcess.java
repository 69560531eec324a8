package io.github.darkfactory.factory.io;

import java.io.IOException;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process we start (a forked JVM) for at most a timeout, then kills its whole tree, so a hang
 * can never hang Maven; a shutdown hook kills it too when Maven stops first (Ctrl-C). The one way
 * every forked JVM is waited for (docs/architecture.md, "Processes we start").
 */
public final class BoundedProcess {

    /** @param exitCode the process's exit code, or -1 when it was killed at the timeout */
    public record Ended(boolean timedOut, int exitCode) {
    }

    private BoundedProcess() {
    }

    /** Starts the process with its input closed, and returns once it ended or was killed. */
    public static Ended run(ProcessBuilder builder, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = builder.start();
        Thread killOnExit = new Thread(() -> destroyTree(process));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        boolean finished;
        try {
            process.getOutputStream().close();
            finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } finally {
            if (process.isAlive()) {
                destroyTree(process);
                process.waitFor(30, TimeUnit.SECONDS);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing to undo
            }
        }
        return new Ended(!finished, finished ? process.exitValue() : -1);
    }

    /**
     * Starts a process that serves until it is closed (a twin), with its input closed; a shutdown hook
     * kills its tree when Maven stops first.
     */
    public static Running start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        Thread killOnExit = new Thread(() -> destroyTree(process));
        Runtime.getRuntime().addShutdownHook(killOnExit);
        process.getOutputStream().close();
        return new Running(process, killOnExit);
    }

    /** A started process; {@link #close()} kills its whole tree and waits for it. */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final Thread killOnExit;

        private Running(Process process, Thread killOnExit) {
            this.process = process;
            this.killOnExit = killOnExit;
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** The exit code once the process ended; empty while it runs. */
        public OptionalInt exitCode() {
            return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
        }

        @Override
        public void close() throws InterruptedException {
            try {
                destroyTree(process);
                process.waitFor(30, TimeUnit.SECONDS);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to: nothing to undo
                }
            }
        }
    }

    private static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
