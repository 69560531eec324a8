package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.GenerateFailedException;
import io.github.darkfactory.factory.generate.GenerateRequest;
import io.github.darkfactory.factory.generate.GenerateSummary;
import io.github.darkfactory.factory.generate.Generation;
import io.github.darkfactory.factory.generate.LockAhead;
import io.github.darkfactory.factory.generate.ModelAccess;
import io.github.darkfactory.factory.generate.UpToDateStamp;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.SpecSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Generates implementations of stale specs (command line only), and in every build registers the
 * contracts, the generated sources and the generated services so the project compiles without a model.
 */
@Mojo(name = PropertyNames.GOAL_GENERATE, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;
    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;
    @Component
    private SettingsDecrypter settingsDecrypter;

    /** The model to call: provider, name, baseUrl, apiKeyEnv or serverId, timeout, maxTokens. */
    @Parameter
    private ModelConfig model;
    /** Architecture layers the generated code must respect. */
    @Parameter
    private List<LayerConfig> layers;
    /** The directory holding the specs ({@code **}{@code /*.md}). */
    @Parameter(property = PropertyNames.SPECS, defaultValue = "${project.basedir}/src/main/specs")
    private File specsDirectory;
    /** Where generated sources live; committed, and added as a compile source root. */
    @Parameter(property = PropertyNames.OUTPUT, defaultValue = "${project.basedir}/src/factory/java")
    private File outputDirectory;
    /** The lock: input hashes, model, tokens and owned files of every generated spec (commit it). */
    @Parameter(property = PropertyNames.LOCK_FILE, defaultValue = "${project.basedir}/factory.lock.json")
    private File lockFile;
    /** true: never call a model. Unset: only {@code mvn factory:generate} may; false: bound executions may too. */
    @Parameter(property = PropertyNames.FROZEN)
    private Boolean frozen;
    /** Spec ids to generate even when up to date, comma-separated, or {@code all}. */
    @Parameter(property = PropertyNames.REGENERATE)
    private String regenerate;
    /** How many answers to ask the model for per spec, at most, before giving up on it. */
    @Parameter(property = PropertyNames.MAX_ITERATIONS, defaultValue = "4")
    private int maxIterations;
    /** How many specs are generated at once. */
    @Parameter(property = PropertyNames.PARALLELISM, defaultValue = "4")
    private int parallelism;
    /** Skips the checks and model calls of every goal; contracts and generated sources are still registered. */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;
    /** Skips this goal's checks and model calls; contracts and generated sources are still registered. */
    @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
    private boolean skipGenerate;
    /** The sealed scenario jar ({@code artifact}, {@code sha256}): only checked to be absent from the dependencies. */
    @Parameter
    private ScenariosConfig scenarios;
    /** The Java release generated code is compiled for; the JDK running Maven when unset. */
    @Parameter(defaultValue = "${maven.compiler.release}")
    private String release;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Nothing to do: pom packaging.");
            return;
        }
        Instant checkStart = Instant.now();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        MavenFactoryLog log = new MavenFactoryLog(getLog());
        Generation.recover(lockFile.toPath(), log);
        // without specs but with a lock, every entry is an orphan the checks below must report
        if (!lockFile.isFile() && !MojoSpecs.hasSpecs(project, specsDirectory, getLog())) {
            return;
        }
        SourceRoots roots = SourceRoots.of(project);
        boolean checking = !skip && !skipGenerate;
        // only "nothing to do" is stamped, so a forced regeneration has no use for one; nor has a build
        // without contracts yet (CI's), which writes them all and so changes what a stamp would list
        UpToDateStamp stamp = checking && (regenerate == null || regenerate.isBlank()) && Files.isDirectory(roots.contracts())
                ? UpToDateStamps.beforeCheck(project, specsDirectory, outputDirectory, lockFile, layers, roots) : null;
        Optional<List<String>> unchanged = stamp == null ? Optional.empty() : stamp.unchangedSpecs();
        if (unchanged.isPresent()) {
            skipUnchangedCheck(stamp, unchanged.get(), roots, log);
            logDone(unchanged.get().size(), start, cpuStart);
            return;
        }
        if (stamp != null) {
            UpToDateStamps.forget(stamp);
        }
        ModelAccess access = checking ? modelAccess(log) : ModelAccess.refused("skipped");
        // a spec found stale while loading starts the model's set-up, so it overlaps the loading
        LockAhead lockAhead = LockAhead.readInBackground(lockFile.toPath(), access::prepare);
        SpecSet specs = MojoSpecs.loadOrFail(project, specsDirectory, layers, lockAhead);
        ContractMaterializer.materialize(specs, roots.contracts());
        roots.register(project, outputDirectory.toPath());
        if (!checking) {
            getLog().info("Skipping generation checks (" + (skip ? PropertyNames.SKIP : PropertyNames.GENERATE_SKIP)
                    + "); contracts and generated sources are registered.");
            return;
        }
        validate();
        ScenarioDependencyCheck.failIfDependedOn(scenarios, project);
        try {
            GenerateSummary summary = new Generation(request(specs, roots, access), lockAhead, log, Interruption.NONE).run();
            if (stamp != null && summary.nothingToDo(specs.specs().size()) && log.warnings() == 0) {
                UpToDateStamps.record(stamp, summary.upToDate(), checkStart, log);
            }
            logDone(specs.specs().size(), start, cpuStart);
        } catch (GenerateFailedException e) {
            throw new MojoFailureException(e.render());
        } catch (ModelCallException e) {
            throw new MojoFailureException("The model could not be called: " + e.getMessage()
                    + "\nCheck the <model> configuration, the key, and the network, then run mvn factory:generate again.");
        }
    }

    /**
     * When nothing the last clean check read has changed, registers the roots and answers as it did.
     * The parameters and dependencies are still checked: they are not files the stamp covers.
     */
    private void skipUnchangedCheck(UpToDateStamp stamp, List<String> upToDate, SourceRoots roots, FactoryLog log)
            throws MojoExecutionException, MojoFailureException {
        validate();
        ScenarioDependencyCheck.failIfDependedOn(scenarios, project);
        roots.register(project, outputDirectory.toPath());
        log.info("Nothing the up-to-date check reads changed since it last passed (" + stamp.file()
                + "; delete it to check again)");
        log.info(GenerateSummary.upToDate(upToDate).render());
    }

    /**
     * Parsed by src/bench/run-generate-bench.sh: the time inside the goal, without Maven's start-up;
     * the CPU time of this thread varies less than wall time on a loaded machine.
     */
    private void logDone(int specs, long start, long cpuStart) {
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        getLog().info("Done with " + specs + " spec(s) in " + (System.nanoTime() - start) / 1_000_000
                + " ms (this thread's CPU " + cpuMillis + " ms)");
    }

    private ModelAccess modelAccess(FactoryLog log) throws MojoExecutionException {
        return ModelAccessFactory.create(model, settings, settingsDecrypter, commandLine(), frozen, session.isOffline(),
                log);
    }

    private boolean commandLine() {
        return "default-cli".equals(mojoExecution.getExecutionId());
    }

    private GenerateRequest request(SpecSet specs, SourceRoots roots, ModelAccess access) throws MojoExecutionException {
        ProjectInputs inputs = ProjectInputs.of(project, roots, release);
        return new GenerateRequest(specs, LayerConfig.toLayers(layers), outputDirectory.toPath(),
                roots.factoryResources(), project.getBasedir().toPath().resolve("src/main/resources"), lockFile.toPath(),
                Path.of(project.getBuild().getDirectory(), "factory", "transcripts"), inputs.compileClasspath(),
                inputs.sourceRoots(), inputs.release(), inputs.agentsMd(), regenerate, commandLine(), access,
                maxIterations, parallelism, SessionMarker.generatedSpecs(session, project));
    }

    private void validate() throws MojoExecutionException {
        if (maxIterations < 1) {
            throw new MojoExecutionException("maxIterations (" + PropertyNames.MAX_ITERATIONS + ") is " + maxIterations
                    + "; it must be at least 1 (default 4).");
        }
        if (parallelism < 1) {
            throw new MojoExecutionException("parallelism (" + PropertyNames.PARALLELISM + ") is " + parallelism
                    + "; it must be at least 1 (default 4).");
        }
    }
}
