package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.ArchitectureAudit;
import io.github.darkfactory.factory.architecture.ArchitectureInput;
import io.github.darkfactory.factory.architecture.ArchitectureRequest;
import io.github.darkfactory.factory.architecture.ArchitectureResult;
import io.github.darkfactory.factory.architecture.InvalidBaselineException;
import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.architecture.TestClassNames;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.Layer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the compiled main classes against the configured layers and the rules of factory-rules,
 * writes {@code target/factory/architecture.json} and {@code architecture.sarif}, and fails on any
 * violation that the baseline does not accept (docs/goals/architecture.md).
 */
@Mojo(name = PropertyNames.GOAL_ARCHITECTURE, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class ArchitectureMojo extends RuleCheckingMojo {

    /** Violations accepted for now: reported, but they do not fail the build. */
    @Parameter(property = PropertyNames.BASELINE, defaultValue = "${project.basedir}/factory-baseline.json")
    private File baseline;

    /** Records the current violations as the baseline (the only way the baseline is written). */
    @Parameter(property = PropertyNames.UPDATE_BASELINE, defaultValue = "false")
    private boolean updateBaseline;

    /** Skips this goal. */
    @Parameter(property = PropertyNames.ARCHITECTURE_SKIP, defaultValue = "false")
    private boolean skipArchitecture;

    public ArchitectureMojo() {
        super(PropertyNames.GOAL_ARCHITECTURE);
    }

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        List<Layer> checkedLayers = LayerConfig.validated(layers, MojoSpecs.pomFile(project));
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            getLog().info("No compiled classes in " + relative(classes) + ": nothing to do.");
            return;
        }
        SpecSet specs = specs();
        ArchitectureRequest request = new ArchitectureRequest(
                new ArchitectureInput(List.of(classes), checkedLayers, specs.specs().stream().map(Spec::packageName).toList(),
                        testOnlyClassNames(), specs.capabilityGrants(), teamRules()),
                project.getBasedir().toPath(), project.getCompileSourceRoots().stream().map(Path::of).toList(),
                Path.of(project.getBuild().getDirectory(), "factory"), baseline.toPath(), updateBaseline);
        ArchitectureResult result;
        try {
            result = ArchitectureAudit.audit(request, new MavenFactoryLog(getLog()));
        } catch (InvalidBaselineException e) {
            throw new MojoExecutionException("The architecture baseline " + e.getMessage() + ". Fix the file, or delete"
                    + " it and record the current violations with -D" + PropertyNames.UPDATE_BASELINE + "=true.", e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the architecture reports or baseline: " + e.getMessage(), e);
        } catch (RuleSetException e) {
            throw CoreFailures.of(e);
        }
        if (!result.newViolations().isEmpty()) {
            throw new MojoFailureException(result.newViolations().size() + " architecture violation(s); see "
                    + relative(result.sarifReport()) + "; fix them or record them with -D" + PropertyNames.UPDATE_BASELINE + "=true");
        }
    }

    /** The module's specs, whose packages must be free of cycles and use only their capabilities; none without a specs directory. */
    private SpecSet specs() throws MojoExecutionException, MojoFailureException {
        if (specsDirectory == null || !specsDirectory.isDirectory()) {
            return new SpecSet(List.of());
        }
        return MojoSpecs.loadOrFail(project, specsDirectory, layers);
    }

    /** Classes of target/test-classes and of test-scoped dependency jars: main code must not use them. */
    private Set<String> testOnlyClassNames() throws MojoExecutionException {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of(project.getBuild().getTestOutputDirectory()));
        for (Artifact artifact : project.getArtifacts()) {
            if (Artifact.SCOPE_TEST.equals(artifact.getScope()) && artifact.getFile() != null) {
                roots.add(artifact.getFile().toPath());
            }
        }
        try {
            return TestClassNames.scan(roots);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the test classes in " + roots + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path path) {
        Path base = project.getBasedir().toPath();
        return (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
    }

    @Override
    protected boolean skipGoal() {
        return skipArchitecture;
    }
}
