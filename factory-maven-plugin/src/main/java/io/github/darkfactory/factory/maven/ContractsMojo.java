package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the contracts of the specs to {@code target/generated-sources/factory-contracts} and adds
 * that directory as a compile source root, so a project (typically a scenario project) compiles
 * against the contracts alone. Never calls a model (docs/goals/contracts.md).
 */
@Mojo(name = PropertyNames.GOAL_CONTRACTS, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class ContractsMojo extends SpecsMojo {

    /** Skips this goal. */
    @Parameter(property = PropertyNames.CONTRACTS_SKIP, defaultValue = "false")
    private boolean skipContracts;

    public ContractsMojo() {
        super(PropertyNames.GOAL_CONTRACTS);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (!MojoSpecs.hasSpecs(project, specsDirectory, getLog())) {
            return;
        }
        SpecSet specs = MojoSpecs.loadForContractsOrFail(project, specsDirectory, layers);
        Path root;
        try {
            root = ContractMaterializer.materialize(specs, MojoSpecs.contractsRoot(project));
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage() + ": " + e.getCause().getMessage()
                    + " — check that the build directory is writable", e);
        }
        project.addCompileSourceRoot(root.toString());
        long contracts = specs.specs().stream().mapToLong(s -> s.contracts().size()).sum();
        getLog().info("Contracts: " + contracts + " file(s) of " + specs.specs().size() + " spec(s) in " + root
                + describeSpecs(specs.specs()));
    }

    private static String describeSpecs(List<Spec> specs) {
        return specs.isEmpty() ? "" : " (" + String.join(", ", specs.stream().map(Spec::id).toList()) + ")";
    }

    @Override
    protected boolean skipGoal() {
        return skipContracts;
    }
}
