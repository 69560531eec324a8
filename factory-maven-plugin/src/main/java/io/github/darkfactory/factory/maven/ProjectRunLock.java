package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.io.RunLock;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One command-line {@code factory:generate} per project at a time, so two terminals (or an IDE and a
 * terminal) do not both pay for every model call: the second waits, then finds the specs up to date.
 * The lock lives in {@code target/factory/}. Lifecycle-bound executions never wait: while a
 * command-line run holds the lock they neither check nor repair the generated code, which may be
 * half-written, and only register the roots.
 */
final class ProjectRunLock {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private ProjectRunLock() {
    }

    static Path file(MavenProject project) {
        return Path.of(project.getBuild().getDirectory(), "factory", "generate.lock");
    }

    /** The lock while a run holds it, or the news that another run does; closing releases it. */
    interface Held extends AutoCloseable {
        /** Another run holds the lock, and this lifecycle-bound execution did not wait for it. */
        boolean busy();

        @Override
        void close() throws MojoExecutionException;
    }

    /**
     * A command-line run waits for the project's lock up to {@code timeoutSeconds}; a lifecycle-bound
     * execution takes it only if it is free.
     */
    static Held hold(MavenProject project, boolean commandLine, String goal, int timeoutSeconds, Log log)
            throws MojoExecutionException {
        RunLock held = commandLine ? acquire(project, goal, timeoutSeconds, log) : tryAcquire(project, log);
        return new Held() {
            @Override
            public boolean busy() {
                return held == null;
            }

            @Override
            public void close() throws MojoExecutionException {
                try {
                    if (held != null) {
                        held.close();
                    }
                } catch (IOException e) {
                    throw new MojoExecutionException("Cannot release " + file(project) + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private static RunLock tryAcquire(MavenProject project, Log log) throws MojoExecutionException {
        try {
            return lock(project, "a lifecycle build", 0, log);
        } catch (RunLock.TimedOut e) {
            log.warn((e.holder() == null ? "Another factory:generate" : describe(e.holder())) + " is writing this"
                    + " project's generated code, so this build neither checks nor repairs it (run it again afterwards)");
            return null;
        }
    }

    private static RunLock acquire(MavenProject project, String goal, int timeoutSeconds, Log log)
            throws MojoExecutionException {
        try {
            return lock(project, "factory:" + goal, timeoutSeconds, log);
        } catch (RunLock.TimedOut e) {
            throw new MojoExecutionException("Gave up after " + timeoutSeconds + " s: "
                    + (e.holder() == null ? "another run" : describe(e.holder())) + " still holds " + file(project)
                    + ".\nLet it finish or stop it, or wait longer with -D" + PropertyNames.LOCK_TIMEOUT + "=<seconds>.");
        }
    }

    private static RunLock lock(MavenProject project, String what, int timeoutSeconds, Log log)
            throws MojoExecutionException, RunLock.TimedOut {
        long start = System.nanoTime();
        boolean[] waited = {false};
        try {
            RunLock held = RunLock.acquire(file(project), Duration.ofSeconds(timeoutSeconds), what, new RunLock.Listener() {
                @Override
                public void waiting(RunLock.Holder holder) {
                    waited[0] = true;
                    log.info("Another " + describe(holder) + " is running in this project; waiting up to "
                            + timeoutSeconds + " s for it to finish (" + PropertyNames.LOCK_TIMEOUT + ")");
                }

                @Override
                public void tookOver(RunLock.Holder stale) {
                    log.warn("Taking over the lock of " + describe(stale) + ", which ended without releasing it"
                            + " (killed?); an interrupted commit is recovered next");
                }
            });
            if (waited[0]) {
                log.info("Waited " + (System.nanoTime() - start) / 1_000_000_000L + " s for the other run to finish");
            }
            return held;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot lock " + file(project) + ": " + e.getMessage()
                    + " — check that the build directory is writable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while waiting for " + file(project), e);
        }
    }

    private static String describe(RunLock.Holder holder) {
        return holder.what() + " (process " + holder.pid() + ", since " + TIME.format(holder.since()) + ")";
    }
}
