package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.Generation;
import io.github.darkfactory.factory.spec.InvalidSpecsException;
import io.github.darkfactory.factory.spec.SpecLoader;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.SpecProblem;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.LayerProblem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the specs for a Mojo, which every goal that needs them does first: decide whether there is
 * anything to do, load the specs, and word invalid specs (and an unusable {@code <layers>}
 * parameter) as a build failure listing every problem as {@code file:line: message — fix}.
 */
public final class MojoSpecs {

    /** Where the contracts are materialized, relative to {@code project.build.directory}. */
    public static final String CONTRACTS_DIRECTORY = "generated-sources/factory-contracts";

    private MojoSpecs() {
    }

    /**
     * Whether generate has work: repairs an interrupted commit first, then there must be specs, or a
     * lock whose entries may be orphans.
     */
    static boolean generateHasWork(MavenProject project, File specsDirectory, File lockFile, Log log) {
        Generation.recover(lockFile.toPath(), new MavenFactoryLog(log));
        return lockFile.isFile() && !"pom".equals(project.getPackaging()) || hasSpecs(project, specsDirectory, log);
    }

    /**
     * Whether the module has specs to work on: not for {@code pom} packaging, nor without a specs
     * directory. Logs "nothing to do" and the reason when not.
     */
    public static boolean hasSpecs(MavenProject project, File specsDirectory, Log log) {
        if ("pom".equals(project.getPackaging())) {
            log.info("No specs in a module with pom packaging: nothing to do.");
            return false;
        }
        if (specsDirectory == null || !specsDirectory.isDirectory()) {
            log.info("No specs directory " + specsDirectory + " (parameter specsDirectory, property "
                    + PropertyNames.SPECS + "): nothing to do.");
            return false;
        }
        return true;
    }

    /**
     * The specs; without a specs directory none (logged), so the scenarios still
     * run and failed scenarios and an empty jar still fail.
     */
    static SpecSet specsOrNone(MavenProject project, File specsDirectory, List<LayerConfig> layers,
                               Log log) throws MojoFailureException, MojoExecutionException {
        if (specsDirectory == null || !specsDirectory.isDirectory()) {
            log.info("No specs directory " + specsDirectory + " (" + PropertyNames.SPECS
                    + "): the scenarios run, but no requirement needs evidence");
            return new SpecSet(List.of());
        }
        return loadOrFail(project, specsDirectory, layers);
    }

    /** The requirements of the validated specs; none without a specs directory. */
    static List<Requirement> requirementsOrNone(MavenProject project, File specsDirectory, List<LayerConfig> layers)
            throws MojoFailureException, MojoExecutionException {
        return specsDirectory != null && specsDirectory.isDirectory()
                ? loadOrFail(project, specsDirectory, layers).requirements() : List.of();
    }

    /** The validated specs, or a failure listing every problem with its file, line and fix. */
    public static SpecSet loadOrFail(MavenProject project, File specsDirectory, List<LayerConfig> layers)
            throws MojoFailureException, MojoExecutionException {
        return loadOrFail(project, specsDirectory, layers, SpecLoader.CheckedBefore.NOTHING);
    }

    /** As {@link #loadOrFail(MavenProject, File, List)}; javac parses only the contracts not {@code checkedBefore}. */
    public static SpecSet loadOrFail(MavenProject project, File specsDirectory, List<LayerConfig> layers,
                                     SpecLoader.CheckedBefore checkedBefore) throws MojoFailureException, MojoExecutionException {
        return orFail(project, specsDirectory, () -> SpecLoader.load(specsDirectory.toPath(), LayerConfig.toLayers(layers),
                checkedBefore));
    }

    /**
     * As {@link #loadOrFail(MavenProject, File, List)} for the contracts goal, which reads another
     * project's specs: without {@code <layers>} here, the specs' layer lines are left to that project.
     */
    public static SpecSet loadForContractsOrFail(MavenProject project, File specsDirectory, List<LayerConfig> layers)
            throws MojoFailureException, MojoExecutionException {
        return orFail(project, specsDirectory, () -> SpecLoader.loadForContracts(specsDirectory.toPath(),
                LayerConfig.toLayers(layers)));
    }

    /** {@code target/generated-sources/factory-contracts} of the project. */
    public static Path contractsRoot(MavenProject project) {
        return Path.of(project.getBuild().getDirectory()).resolve(CONTRACTS_DIRECTORY);
    }

    /** The pom that configures the layers: where their problems are reported. */
    static Path pomFile(MavenProject project) {
        return project.getFile() != null ? project.getFile().toPath() : project.getBasedir().toPath().resolve("pom.xml");
    }

    /**
     * Every problem, one a line: the {@code <layers>} parameter's first, at the pom, then the specs'
     * in file and line order, each as {@code file:line: message — fix}.
     */
    static String describe(InvalidSpecsException invalid, Path specsDirectory, Path pom) {
        int count = invalid.count();
        StringBuilder text = new StringBuilder()
                .append(count).append(count == 1 ? " problem" : " problems")
                .append(" in the specs of ").append(specsDirectory).append(':');
        for (LayerProblem problem : invalid.layerProblems()) {
            text.append('\n').append(LayerConfig.describeAt(pom, problem));
        }
        Stream.concat(invalid.problems().stream(), invalid.layerLineProblems().stream().map(LayerConfig::describe))
                .sorted(SpecProblem.ORDER)
                .forEach(problem -> text.append('\n').append(problem.render()));
        return text.append("\nNothing is generated while any spec is invalid: fix the lines above and build again.").toString();
    }

    /** A way of loading the specs. */
    private interface Loading {
        SpecSet load() throws InvalidSpecsException;
    }

    private static SpecSet orFail(MavenProject project, File specsDirectory, Loading loading)
            throws MojoFailureException, MojoExecutionException {
        try {
            return loading.load();
        } catch (InvalidSpecsException e) {
            // Not chained: Maven would print the cause's message, the same problems a second time.
            throw new MojoFailureException(describe(e, specsDirectory.toPath(), pomFile(project)));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Could not read the specs in " + specsDirectory + ": " + e.getCause().getMessage(), e);
        }
    }
}
