package io.github.darkfactory.factory.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for one Maven session, which specs of a project were generated already, so that
 * {@code mvn factory:generate verify} (the goal runs twice) never generates a spec twice.
 */
final class SessionMarker {

    private static final String KEY = "io.github.darkfactory.factory.generated:";

    private SessionMarker() {
    }

    @SuppressWarnings("unchecked")
    static Set<String> generatedSpecs(MavenSession session, MavenProject project) {
        Map<String, Object> data = session.getRequest().getData();
        synchronized (data) {
            return (Set<String>) data.computeIfAbsent(KEY + project.getBasedir(), k -> ConcurrentHashMap.newKeySet());
        }
    }
}
