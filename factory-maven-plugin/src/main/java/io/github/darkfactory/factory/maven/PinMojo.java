package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.io.AtomicFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in the product: writes the {@code <artifact>} and {@code <sha256>} of a scenario project's
 * seal ({@code target/factory/seal.txt}, written by its {@code seal} goal) into the
 * {@code <scenarios>} configuration of this plugin in the product's pom, changing nothing else
 * (docs/goals/pin.md). A command-line goal: {@code mvn factory:pin -Dfactory.seal=../shop-scenarios}.
 */
@Mojo(name = PropertyNames.GOAL_PIN, requiresProject = true, threadSafe = true)
public class PinMojo extends FactoryMojo {

    /** Skips this goal. */
    @Parameter(property = PropertyNames.PIN_SKIP, defaultValue = "false")
    private boolean skipPin;

    /**
     * The seal to pin: a scenario project's {@code target/factory/seal.txt}, or the scenario project's
     * directory (its {@code target/factory/seal.txt} is read). Relative paths are resolved against
     * this project's directory.
     */
    @Parameter(property = PropertyNames.SEAL_FILE)
    private File seal;

    public PinMojo() {
        super(PropertyNames.GOAL_PIN);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path sealFile = sealFile();
        pin(project.getFile().toPath(), readSeal(sealFile), getLog());
    }

    /** Pins a seal into a pom and logs what changed; shared with {@code seal}'s {@code pinInto}. */
    static void pin(Path pom, PomPin.Seal seal, Log log) throws MojoExecutionException, MojoFailureException {
        try {
            PomPin.Result result = PomPin.pin(Files.readString(pom, StandardCharsets.UTF_8), seal);
            if (result.changes().isEmpty()) {
                log.info(pom + " already pins " + seal.artifact() + " with sha256 " + seal.sha256() + "; nothing to change.");
                return;
            }
            AtomicFiles.write(pom, result.pom());
            for (PomPin.Change change : result.changes()) {
                log.info("Pinned " + seal.artifact() + " with sha256 " + seal.sha256() + " in " + pom + " (was "
                        + change.oldArtifact() + (change.oldSha256().isEmpty() ? ", unpinned" : " with sha256 "
                        + change.oldSha256()) + ").");
            }
            log.info("Next: mvn verify runs the new scenarios; commit " + pom.getFileName() + " with the code they judge.");
        } catch (PomPin.PinException e) {
            throw new MojoFailureException(refusal(e, pom, seal.artifact()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not pin " + seal.artifact() + " into " + pom + ": " + e.getMessage(), e);
        }
    }

    private static PomPin.Seal readSeal(Path sealFile) throws MojoExecutionException, MojoFailureException {
        try {
            return PomPin.readSeal(Files.readString(sealFile, StandardCharsets.UTF_8)).orElseThrow(() ->
                    new MojoFailureException(sealFile + " holds no seal (an <artifact> with group:artifact:version and a"
                            + " 64-character <sha256>): package the scenario project (its seal goal writes the file)"
                            + " and pass its target/factory/seal.txt in -D" + PropertyNames.SEAL_FILE + "."));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the seal " + sealFile + ": " + e.getMessage(), e);
        }
    }

    private Path sealFile() throws MojoFailureException {
        if (seal == null) {
            throw new MojoFailureException("No seal to pin: pass the scenario project's seal, e.g. -D"
                    + PropertyNames.SEAL_FILE + "=../shop-scenarios (its target/factory/seal.txt, written by its seal"
                    + " goal when it is packaged).");
        }
        Path path = project.getBasedir().toPath().resolve(seal.toPath());
        Path file = Files.isDirectory(path) ? path.resolve("target").resolve("factory").resolve("seal.txt") : path;
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("No seal at " + file + ": package the scenario project first (mvn package"
                    + " runs its seal goal), or pass the right path in -D" + PropertyNames.SEAL_FILE + ".");
        }
        return file;
    }

    private static String refusal(PomPin.PinException e, Path pom, String artifact) {
        String where = pom.toString();
        return switch (e.refusal()) {
            case NO_PLUGIN -> where + " does not configure factory-maven-plugin (it may come from a parent pom):"
                    + " paste the seal's <scenarios> block into the plugin's <configuration> where it is declared.";
            case NO_SCENARIOS -> where + "'s factory-maven-plugin has no <scenarios> block: add one to its <configuration>"
                    + " with <artifact>" + artifact + "</artifact>, then run this goal again.";
            case OTHER_ARTIFACT -> where + " pins " + e.found() + ", not " + artifact + ": a pin replaces only the same"
                    + " group and artifact id. Change <artifact> by hand if the product should move to another scenario project.";
            case PROPERTY -> where + " names the scenario artifact through a property (" + e.found() + "): set that"
                    + " property to " + artifact + " and <sha256> by hand, or write the coordinates in <artifact>.";
        };
    }

    @Override
    protected boolean skipGoal() {
        return skipPin;
    }
}
