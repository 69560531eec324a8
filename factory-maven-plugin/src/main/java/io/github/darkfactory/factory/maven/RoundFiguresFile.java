package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.GenerateSummary;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/** Where a command-line generate leaves its figures, for {@code factory:run} to add up its rounds (docs/goals/run.md). */
final class RoundFiguresFile {

    private RoundFiguresFile() {
    }

    /** Writes the figures of a command-line run (a bound one would overwrite them with its zeros) and returns the done line. */
    static String done(MavenProject project, GenerateSummary summary, boolean commandLine) {
        if (commandLine) {
            summary.writeFigures(Path.of(project.getBuild().getDirectory(), "factory", GenerateSummary.FIGURES_FILE));
        }
        return summary.renderDone();
    }
}
