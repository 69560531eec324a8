package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

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
