package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.LockPreload;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The roots the generate goal adds to the project in every build (also skipped or frozen), so the
 * project compiles from what is committed, without a model.
 *
 * @param contracts        {@code target/generated-sources/factory-contracts}
 * @param factoryResources {@code src/factory/resources}, holding the generated services files
 */
record SourceRoots(Path contracts, Path factoryResources) {

    static SourceRoots of(MavenProject project) {
        return new SourceRoots(MojoSpecs.contractsRoot(project),
                project.getBasedir().toPath().resolve("src/factory/resources"));
    }

    /** Writes the contracts of {@code specs} under {@link #contracts}, then {@link #register}s the roots. */
    SpecSet materializeAndRegister(SpecSet specs, MavenProject project, Path outputDirectory) {
        ContractMaterializer.materialize(specs, contracts);
        register(project, outputDirectory);
        return specs;
    }

    /**
     * Writes the contracts and registers the roots without checking or repairing anything, as a
     * skipped execution does; false when there are no specs.
     */
    static boolean registerCommitted(MavenProject project, File specsDirectory, List<LayerConfig> layers, File lockFile,
                                     Path outputDirectory, Log log) throws MojoExecutionException, MojoFailureException {
        if (!MojoSpecs.hasSpecs(project, specsDirectory, log)) {
            return false;
        }
        SpecSet specs = MojoSpecs.loadOrFail(project, specsDirectory, layers,
                LockPreload.readInBackground(lockFile.toPath(), () -> { }));
        of(project).materializeAndRegister(specs, project, outputDirectory);
        return true;
    }

    /** Idempotent: {@code mvn factory:generate verify} runs the goal twice on one project. */
    void register(MavenProject project, Path outputDirectory) {
        project.addCompileSourceRoot(contracts.toString());
        project.addCompileSourceRoot(outputDirectory.toString());
        synchronized (project) {
            String dir = factoryResources.toString();
            if (project.getResources().stream().noneMatch(r -> dir.equals(r.getDirectory()))) {
                Resource resource = new Resource();
                resource.setDirectory(dir);
                project.addResource(resource);
            }
        }
    }
}
