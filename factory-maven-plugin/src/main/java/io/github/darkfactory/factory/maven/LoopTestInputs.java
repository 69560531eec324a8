package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.loop.ProductTests;
import io.github.darkfactory.factory.scenarios.DependencyEntry;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project's own tests for the generate loop (docs/generation-loop.md, "The product's own
 * tests"): the test source roots, the test classpath without the project's output directories,
 * the resources, and a JUnit Platform launcher when the test classpath has none.
 */
final class LoopTestInputs {

    /** How long one run of the project's tests against a candidate may take. */
    static final long TIMEOUT_SECONDS = 300;

    private LoopTestInputs() {
    }

    /**
     * @param testsInLoop the parameter; null for the default (on when there are test sources)
     * @return null when the tests stay out of the loop
     */
    static ProductTests resolve(MavenProject project, Boolean testsInLoop, MavenSession session,
                                RepositorySystem repositorySystem, SourceRoots roots, Log log)
            throws MojoExecutionException, MojoFailureException {
        if (Boolean.FALSE.equals(testsInLoop)) {
            return null;
        }
        List<Path> sourceRoots = project.getTestCompileSourceRoots().stream().map(Path::of).filter(Files::isDirectory).toList();
        if (sourceRoots.stream().noneMatch(LoopTestInputs::holdsJava)) {
            if (testsInLoop != null) {
                log.info("No test sources: the project's tests are not part of the loop (" + PropertyNames.TESTS_IN_LOOP + ")");
            }
            return null;
        }
        List<DependencyEntry> dependencies = ScenarioArtifactResolver.projectDependencies(project.getArtifacts());
        boolean platform = dependencies.stream().anyMatch(e -> e.groupId().equals("org.junit.platform")
                && Set.of("junit-platform-engine", "junit-platform-launcher").contains(e.artifactId()));
        if (!platform) {
            if (testsInLoop != null) {
                throw new MojoFailureException(PropertyNames.TESTS_IN_LOOP + " is true, but the test classpath has no"
                        + " JUnit Platform engine to run the tests on. Add a test dependency such as"
                        + " org.junit.jupiter:junit-jupiter, or set " + PropertyNames.TESTS_IN_LOOP + "=false.");
            }
            log.info("The test classpath has no JUnit Platform engine: the project's tests are not part of the loop");
            return null;
        }
        ScenarioArtifactResolver resolver = new ScenarioArtifactResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
        List<Path> launcher = resolver.launcherIfMissing(dependencies, List.of()).stream().map(DependencyEntry::file).toList();
        log.info("The project's tests run in the loop against each candidate (" + PropertyNames.TESTS_IN_LOOP + ")");
        return new ProductTests(sourceRoots, testClasspath(project), resourceRoots(project, roots.factoryResources()), launcher,
                ScenarioJvm.javaExecutable(null, session, log), project.getBasedir().toPath(),
                Path.of(project.getBuild().getDirectory(), "factory", "loop-tests"), TIMEOUT_SECONDS);
    }

    private static boolean holdsJava(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test sources in " + root, e);
        }
    }

    /** Without target/classes and target/test-classes: what an earlier build left there may be stale. */
    private static List<Path> testClasspath(MavenProject project) throws MojoExecutionException {
        try {
            Set<String> outputs = Set.of(project.getBuild().getOutputDirectory(), project.getBuild().getTestOutputDirectory());
            return project.getTestClasspathElements().stream().filter(e -> !outputs.contains(e)).map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test classpath is not resolved", e);
        }
    }

    /** Test resources, then main resources, without the generated services files (the loop writes its own). */
    private static List<Path> resourceRoots(MavenProject project, Path factoryResources) {
        List<Path> roots = new ArrayList<>();
        Stream.concat(project.getTestResources().stream(), project.getResources().stream())
                .map(Resource::getDirectory).map(Path::of)
                .filter(root -> !root.toAbsolutePath().normalize().equals(factoryResources.toAbsolutePath().normalize()))
                .forEach(roots::add);
        return roots;
    }
}
