package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.run.RoundBuild;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One round of {@code factory:run}: {@code factory:generate verify} on the same project in a Maven
 * of its own, through Maven Invoker, with the calling build's Maven, settings, profiles, user
 * properties, offline flag and local repository (docs/goals/run.md). Its output goes to the round's
 * log file and to the debug log; its error lines come back for when it failed without evidence.
 */
final class InvokerRoundBuild implements RoundBuild {

    /** Seconds a stopped round gets to end on its own before it is killed. */
    private static final int STOP_GRACE_SECONDS = 5;

    private static final int MAX_ERROR_LINES = 60;
    /** Marks where Maven's closing advice began: nothing after it is kept, and the mark goes at the end. */
    private static final String CLOSING_ADVICE = "(Maven's closing advice)";

    private final MavenSession session;
    private final MavenProject project;
    private final PluginDescriptor plugin;
    private final Log log;

    InvokerRoundBuild(MavenSession session, MavenProject project, PluginDescriptor plugin, Log log) {
        this.session = session;
        this.project = project;
        this.plugin = plugin;
        this.log = log;
    }

    @Override
    public Outcome run(Input input) throws IOException, InterruptedException {
        List<String> errors = new ArrayList<>();
        // Ctrl-C stops the calling Maven through its shutdown hooks; the round's Maven is not a JVM
        // the invoker stops by itself, so one more hook stops it (and, through it, its scenario JVM)
        // Noted while the round runs: when the hook runs, the invoker's own hook may already have
        // stopped the shell between us and the round's JVM, which is then no descendant any more.
        Set<ProcessHandle> roundProcesses = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService noting = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "factory-run-note-round");
            thread.setDaemon(true);
            return thread;
        });
        noting.scheduleWithFixedDelay(() -> ProcessHandle.current().descendants().forEach(roundProcesses::add),
                0, 200, TimeUnit.MILLISECONDS);
        Thread stopRound = new Thread(() -> stop(roundProcesses), "factory-run-stop-round");
        Runtime.getRuntime().addShutdownHook(stopRound);
        try (BufferedWriter out = Files.newBufferedWriter(input.logFile(), StandardCharsets.UTF_8)) {
            Object oneLineAtATime = new Object();    // the invoker's stdout and stderr pumps share the handler
            boolean[] logBroken = {false};
            InvocationRequest request = request(input, line -> {
                synchronized (oneLineAtATime) {
                    if (!logBroken[0]) {
                        try {
                            out.write(line);
                            out.newLine();
                            out.flush(); // so the round can be followed with tail -f
                        } catch (IOException e) {
                            // a pump that throws stops reading, and the round would block on a full pipe
                            logBroken[0] = true;
                            log.warn("Could not write " + input.logFile() + " (" + e.getMessage() + "); the round goes on");
                        }
                    }
                    log.debug(line);
                    keepError(line, errors);
                }
            });
            InvocationResult result = new DefaultInvoker().execute(request);
            if (Thread.interrupted()) {
                throw new InterruptedException("round " + input.round() + " was interrupted");
            }
            if (result.getExecutionException() != null) {
                throw new IOException("could not run Maven for round " + input.round() + ": "
                        + result.getExecutionException().getMessage(), result.getExecutionException());
            }
            errors.remove(CLOSING_ADVICE);
            return new Outcome(result.getExitCode(), errors);
        } catch (MavenInvocationException e) {
            throw new IOException("could not run Maven for round " + input.round() + ": " + e.getMessage(), e);
        } finally {
            noting.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(stopRound);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: nothing to undo
            }
        }
    }

    /**
     * Asks the round's processes to stop, then kills what is left after a grace period: a round
     * stopped in the middle of its commit is finished or undone by the next generate's journal.
     */
    private static void stop(Set<ProcessHandle> noted) {
        Set<ProcessHandle> round = new HashSet<>(noted);
        ProcessHandle.current().descendants().forEach(round::add);
        round.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS);
        for (ProcessHandle process : round) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                // still alive: killed below
            }
        }
        round.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private InvocationRequest request(Input input, org.apache.maven.shared.invoker.InvocationOutputHandler output) {
        Properties properties = new Properties();
        properties.putAll(session.getUserProperties());
        // the run decides these per round: the user's regenerate is round 1's only
        properties.remove(PropertyNames.REGENERATE);
        properties.remove(PropertyNames.FEEDBACK);
        if (input.regenerate() != null) {
            properties.setProperty(PropertyNames.REGENERATE, input.regenerate());
        }
        if (input.feedback() != null) {
            properties.setProperty(PropertyNames.FEEDBACK, input.feedback().toString());
        }
        List<String> profiles = new ArrayList<>(session.getRequest().getActiveProfiles());
        session.getRequest().getInactiveProfiles().forEach(p -> profiles.add("!" + p));
        InvocationRequest request = new DefaultInvocationRequest()
                .setMavenHome(new File(System.getProperty("maven.home")))
                .setBaseDirectory(project.getBasedir())
                .setPomFile(project.getFile())
                .setGoals(List.of(plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion()
                        + ":" + PropertyNames.GOAL_GENERATE, "verify"))
                .setProperties(properties)
                .setProfiles(profiles)
                .setOffline(session.isOffline())
                .setBatchMode(true)
                .setNoTransferProgress(true)
                .setShowErrors(session.getRequest().isShowErrors())
                .setLocalRepositoryDirectory(session.getRequest().getLocalRepositoryPath())
                .setOutputHandler(output)
                .setErrorHandler(output);
        if (session.getRequest().getUserSettingsFile() != null && session.getRequest().getUserSettingsFile().isFile()) {
            request.setUserSettingsFile(session.getRequest().getUserSettingsFile());
        }
        if (session.getRequest().getGlobalSettingsFile() != null && session.getRequest().getGlobalSettingsFile().isFile()) {
            request.setGlobalSettingsFile(session.getRequest().getGlobalSettingsFile());
        }
        return request;
    }

    /**
     * Maven's error lines up to its closing advice, without their prefix (the calling build prefixes
     * them again) and without the blank ones: what the user needs to see.
     */
    private static void keepError(String line, List<String> errors) {
        String text = line.startsWith("[ERROR] ") ? line.substring("[ERROR] ".length()) : "";
        if (text.isBlank() || errors.size() >= MAX_ERROR_LINES || errors.contains(CLOSING_ADVICE)) {
            return;
        }
        boolean advice = text.startsWith("-> [Help ") || text.startsWith("Re-run Maven using");
        errors.add(advice ? CLOSING_ADVICE : text);
    }
}
