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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One round of {@code factory:run}: {@code factory:generate verify} on the same project in a Maven
 * of its own, through Maven Invoker, with the calling build's Maven, settings, profiles, user
 * properties, offline flag and local repository (docs/goals/run.md). Its output goes to the round's
 * log file and to the debug log; its error lines come back for when it failed without evidence.
 */
final class InvokerRoundBuild implements RoundBuild {

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
        try (BufferedWriter out = Files.newBufferedWriter(input.logFile(), StandardCharsets.UTF_8)) {
            InvocationRequest request = request(input, line -> {
                try {
                    out.write(line);
                    out.newLine();
                    out.flush(); // so the round can be followed with tail -f
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                log.debug(line);
                keepError(line, errors);
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
        }
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
