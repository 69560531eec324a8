package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.compile.CompileInputs;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the generate goal takes from the project for the model's prompt and the loop's compile.
 *
 * @param compileClasspath the resolved compile classpath, without the project's own classes
 * @param sourceRoots      {@code src/main/java} and the materialized contracts
 * @param release          the Java release generated code is compiled for
 * @param agentsMd         the project's AGENTS.md, or null
 */
record ProjectInputs(List<Path> compileClasspath, List<Path> sourceRoots, String release, String agentsMd) {

    CompileInputs compileInputs() {
        return new CompileInputs(compileClasspath, sourceRoots, release);
    }

    /** @param release the {@code release} parameter; the JDK running Maven when unset */
    static ProjectInputs of(MavenProject project, SourceRoots roots, String release) throws MojoExecutionException {
        return new ProjectInputs(compileClasspath(project),
                List.of(Path.of(project.getBuild().getSourceDirectory()), roots.contracts()),
                release != null && !release.isBlank() ? release : Integer.toString(Runtime.version().feature()),
                agentsMd(project.getBasedir().toPath()));
    }

    private static List<Path> compileClasspath(MavenProject project) throws MojoExecutionException {
        try {
            String classes = project.getBuild().getOutputDirectory();
            return project.getCompileClasspathElements().stream().filter(e -> !e.equals(classes)).map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The compile classpath is not resolved", e);
        }
    }

    private static String agentsMd(Path base) throws MojoExecutionException {
        Path agents = base.resolve("AGENTS.md");
        try {
            return Files.isRegularFile(agents) ? Files.readString(agents) : null;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + agents, e);
        }
    }
}
