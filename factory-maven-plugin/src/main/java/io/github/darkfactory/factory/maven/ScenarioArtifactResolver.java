package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.DependencyEntry;
import io.github.darkfactory.factory.scenarios.ForkClasspath;
import io.github.darkfactory.factory.scenarios.JUnitAlignment;
import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the scenario jar and its runtime dependencies in the local and remote repositories — the
 * only place of the plugin that talks to Maven's resolver. Never from the reactor: evidence must
 * be a sealed artifact, not something this build just compiled.
 */
final class ScenarioArtifactResolver {

    /**
     * The scenario jar and its runtime graph, the jar itself excluded.
     *
     * @param alignment how the graph's JUnit was aligned to one Platform line, when it mixed several
     */
    record Resolved(Path jar, List<DependencyEntry> graph, Optional<JUnitAlignment> alignment) {
    }

    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", "runtime", "system", "");

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ScenarioArtifactResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories;
    }

    static ScenarioCoordinates parse(String artifact) throws MojoFailureException {
        return ScenarioCoordinates.parse(artifact).orElseThrow(() -> new MojoFailureException(
                "<scenarios><artifact>" + artifact + "</artifact> is not groupId:artifactId:version[:classifier];"
                        + " write it like <artifact>com.acme:shop-scenarios:1.0.0</artifact>"));
    }

    /** Fails when the scenario artifact is a project of this very build. */
    static void requireNotInReactor(ScenarioCoordinates coordinates, MavenSession mavenSession) throws MojoFailureException {
        for (MavenProject project : mavenSession.getProjects()) {
            if (project.getGroupId().equals(coordinates.groupId())
                    && project.getArtifactId().equals(coordinates.artifactId())
                    && project.getVersion().equals(coordinates.version())) {
                throw new MojoFailureException("The scenario artifact " + coordinates + " is a project of this build;"
                        + " install it first (mvn install in its project) or release it: scenarios are taken from a"
                        + " repository only, so the evidence is the sealed jar and not what this build just compiled.");
            }
        }
    }

    /** The scenario jar alone, without its graph: what the early pin check needs. */
    Path resolveJar(ScenarioCoordinates coordinates) throws MojoExecutionException {
        return resolveJar(coordinates, "the scenario artifact " + coordinates + " (<scenarios><artifact>)",
                "the scenario project");
    }

    /**
     * One jar alone, without its graph (a twin's too).
     *
     * @param what    the jar in pom terms, for the message
     * @param project the project that would install it
     */
    Path resolveJar(ScenarioCoordinates coordinates, String what, String project) throws MojoExecutionException {
        DefaultArtifact jar = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                coordinates.classifier(), "jar", coordinates.version());
        try {
            return system.resolveArtifact(session, new ArtifactRequest(jar, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException e) {
            if (session.isOffline()) {
                // the resolver names the first remote repository it may not read, which is seldom the one that has it
                throw new MojoExecutionException("Could not resolve " + what + " offline: offline (-o), Maven reads no"
                        + " remote repository, not even a file:// one, unless -D" + PropertyNames.AETHER_OFFLINE_PROTOCOLS
                        + "=file is set (put it in the project's .mvn/maven.config to keep it): set it, or build once"
                        + " without -o. The resolver said: " + e.getMessage() + searched() + ".", e);
            }
            throw new MojoExecutionException("Could not resolve " + what + ": " + e.getMessage() + searched()
                    + ". Check the coordinates, or install / deploy " + project + " first.", e);
        }
    }

    Resolved resolve(ScenarioCoordinates coordinates) throws MojoExecutionException, MojoFailureException {
        DefaultArtifact root = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(),
                coordinates.classifier(), "jar", coordinates.version());
        List<ArtifactResult> results = resolveWithRuntimeGraph(root, coordinates.toString());
        Path jar = null;
        List<DependencyEntry> graph = new ArrayList<>();
        for (ArtifactResult result : results) {
            org.eclipse.aether.artifact.Artifact artifact = result.getArtifact();
            if (jar == null && sameArtifact(artifact, root)) {
                jar = artifact.getFile().toPath();
            } else {
                graph.add(toEntry(artifact));
            }
        }
        if (jar == null) {
            throw new MojoExecutionException("Resolving " + coordinates + " gave no jar" + searched());
        }
        Optional<JUnitAlignment> alignment = alignment(graph);
        return new Resolved(jar, alignment.isPresent() ? aligned(graph, alignment.get()) : graph, alignment);
    }

    private static Optional<JUnitAlignment> alignment(List<DependencyEntry> graph) throws MojoFailureException {
        try {
            return JUnitAlignment.of(graph);
        } catch (ScenarioFailure e) {
            throw new MojoFailureException(ScenarioFailureFixes.describe(e));
        }
    }

    /** The graph with its JUnit artifacts (and what they need) replaced by the aligned line's. */
    private List<DependencyEntry> aligned(List<DependencyEntry> graph, JUnitAlignment alignment) throws MojoFailureException {
        CollectRequest collect = new CollectRequest();
        alignment.coordinates().forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), "runtime")));
        collect.setRepositories(repositories);
        Map<String, DependencyEntry> line = new LinkedHashMap<>();
        try {
            resolve(collect).forEach(r -> line.put(toEntry(r.getArtifact()).key(), toEntry(r.getArtifact())));
        } catch (DependencyResolutionException e) {
            ScenarioFailure failure = JUnitAlignment.conflict(graph, "cannot be aligned to JUnit Platform "
                    + alignment.platformVersion() + " (" + e.getMessage() + ")");
            throw new MojoFailureException(ScenarioFailureFixes.describe(failure));
        }
        List<DependencyEntry> result = new ArrayList<>();
        for (DependencyEntry entry : graph) {
            DependencyEntry replacement = line.remove(entry.key());
            result.add(replacement == null ? entry : replacement);
        }
        result.addAll(line.values());
        return result;
    }

    /**
     * The launcher (and what it needs) matching the engine of the JUnit in charge, which scenario
     * jars rarely bring themselves; empty when that JUnit has one (see {@link ForkClasspath}).
     */
    List<DependencyEntry> launcherIfMissing(List<DependencyEntry> projectDependencies, List<DependencyEntry> graph)
            throws MojoExecutionException {
        Optional<String> version = ForkClasspath.missingLauncherVersion(projectDependencies, graph);
        if (version.isEmpty()) {
            return List.of();
        }
        String coordinates = ForkClasspath.launcherCoordinates(version.get());
        return resolveWithRuntimeGraph(new DefaultArtifact(coordinates), coordinates).stream()
                .map(r -> toEntry(r.getArtifact())).toList();
    }

    /** The jars of a tool the plugin forks (PIT for the strength goal) with their runtime graph, never the project's. */
    List<Path> toolClasspath(List<String> coordinates) throws MojoExecutionException {
        CollectRequest collect = new CollectRequest();
        coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c), "runtime")));
        collect.setRepositories(repositories);
        try {
            return resolve(collect).stream().map(r -> r.getArtifact().getFile().toPath()).toList();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve " + String.join(", ", coordinates) + ": "
                    + e.getMessage() + searched(), e);
        }
    }

    static List<DependencyEntry> projectDependencies(Collection<Artifact> artifacts) {
        return artifacts.stream()
                .filter(a -> a.getFile() != null && a.getArtifactHandler().isAddedToClasspath())
                .map(a -> new DependencyEntry(a.getGroupId(), a.getArtifactId(), a.getVersion(), a.getClassifier(),
                        a.getFile().toPath()))
                .toList();
    }

    private List<ArtifactResult> resolveWithRuntimeGraph(DefaultArtifact root, String what) throws MojoExecutionException {
        try {
            return resolve(new CollectRequest(new Dependency(root, "runtime"), repositories));
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("Could not resolve the scenario artifact " + what
                    + " (<scenarios><artifact>) or its runtime dependencies: " + e.getMessage() + searched()
                    + ". Check the coordinates, or install / deploy the scenario project first.", e);
        }
    }

    private List<ArtifactResult> resolve(CollectRequest collect) throws DependencyResolutionException {
        DependencyFilter runtimeOnly = (node, parents) ->
                node.getDependency() == null || RUNTIME_SCOPES.contains(node.getDependency().getScope());
        return system.resolveDependencies(session, new DependencyRequest(collect, runtimeOnly)).getArtifactResults();
    }

    private String searched() {
        String remotes = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").collect(Collectors.joining(", "));
        return "; searched the local repository " + session.getLocalRepository().getBasedir()
                + (remotes.isEmpty() ? "" : " and " + remotes);
    }

    private static boolean sameArtifact(org.eclipse.aether.artifact.Artifact a, org.eclipse.aether.artifact.Artifact b) {
        return a.getGroupId().equals(b.getGroupId()) && a.getArtifactId().equals(b.getArtifactId())
                && a.getClassifier().equals(b.getClassifier());
    }

    private static DependencyEntry toEntry(org.eclipse.aether.artifact.Artifact artifact) {
        return new DependencyEntry(artifact.getGroupId(), artifact.getArtifactId(), artifact.getVersion(),
                artifact.getClassifier(), artifact.getFile().toPath());
    }

}
