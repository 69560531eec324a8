package io.github.darkfactory.factory.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for one Maven session, which specs of a project were generated already, so that
 * {@code mvn factory:generate verify} (the goal runs twice) never generates a spec twice.
 */
final class SessionMarker {

    private static final String KEY = "io.github.darkfactory.factory.generated:";
    private static final String FED_BACK = "io.github.darkfactory.factory.fedBack:";

    private SessionMarker() {
    }

    @SuppressWarnings("unchecked")
    static Set<String> generatedSpecs(MavenSession session, MavenProject project) {
        Map<String, Object> data = session.getRequest().getData();
        synchronized (data) {
            return (Set<String>) data.computeIfAbsent(KEY + project.getBasedir(), k -> ConcurrentHashMap.newKeySet());
        }
    }

    /**
     * The holdout feedback this execution acts on: the command-line generate of
     * {@code mvn factory:generate verify -Dfactory.feedback=…} (what {@code factory:run} runs) takes it,
     * and the lifecycle-bound generate after it in the same session leaves it alone instead of refusing
     * it; a bound execution without such a run before it gets it, to refuse it.
     */
    static Path feedbackFor(MavenSession session, MavenProject project, boolean commandLine, File feedback) {
        if (feedback == null) {
            return null;
        }
        Map<String, Object> data = session.getRequest().getData();
        synchronized (data) {
            if (commandLine) {
                data.put(FED_BACK + project.getBasedir(), Boolean.TRUE);
                return feedback.toPath();
            }
            return data.containsKey(FED_BACK + project.getBasedir()) ? null : feedback.toPath();
        }
    }
}
