package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.GenerateRequest;
import io.github.darkfactory.factory.generate.GenerateSummary;
import io.github.darkfactory.factory.generate.UpToDateStamp;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.rules.Layer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The generate goal's {@link UpToDateStamp}: what its up-to-date check reads in this project. */
final class UpToDateStamps {

    /** Where the stamp lives, relative to {@code project.build.directory}. */
    static final String FILE = "factory/up-to-date.txt";

    private UpToDateStamps() {
    }

    /**
     * Lists what the check reads, as it is before the check; null when no stamp can serve. Only
     * "nothing to do" is stamped, so a forced regeneration has no use for one; nor has a build
     * without contracts yet (CI's), which writes them all and so changes what a stamp would list.
     */
    static UpToDateStamp beforeCheck(MavenProject project, File specsDirectory, File outputDirectory, File lockFile,
                                      List<LayerConfig> layers, SourceRoots roots, String regenerate) {
        if (regenerate != null && !regenerate.isBlank() || !Files.isDirectory(roots.contracts())) {
            return null;
        }
        Path lock = lockFile.toPath();
        String configuration = String.join("; ", "plugin " + codeOf(UpToDateStamps.class), "rules " + codeOf(Layer.class),
                "specs " + specsDirectory, "output " + outputDirectory, "lock " + lockFile,
                "layers " + LayerConfig.toLayers(layers));
        List<Path> inputs = List.of(roots.contracts(), specsDirectory.toPath(), outputDirectory.toPath(), lock,
                GenerateRequest.journalDirectory(lock), roots.factoryResources(),
                project.getBasedir().toPath().resolve("src/main/resources").resolve(ServicesFiles.DIRECTORY));
        return UpToDateStamp.beforeCheck(Path.of(project.getBuild().getDirectory()).resolve(FILE), configuration, inputs);
    }

    /** The jar (or directory) a class was loaded from, with its size and time: a rebuilt snapshot is another plugin. */
    private static String codeOf(Class<?> type) {
        try {
            Path code = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
            return code + " " + attributes.size() + " " + attributes.lastModifiedTime();
        } catch (IOException | RuntimeException | URISyntaxException e) {
            return "unknown, so never the same: " + UUID.randomUUID();  // no stamp can match it
        }
    }

    /**
     * When nothing the last clean check read has changed, says so and answers as that check did;
     * otherwise forgets the stamp before the full check, so that one that fails cannot leave an
     * earlier stamp behind.
     */
    static Optional<GenerateSummary> unchanged(UpToDateStamp stamp, Log log) throws MojoExecutionException {
        Optional<List<String>> unchanged = stamp == null ? Optional.empty() : stamp.unchangedSpecs();
        if (unchanged.isEmpty()) {
            forget(stamp);
            return Optional.empty();
        }
        log.info("Nothing the up-to-date check reads changed since it last passed (" + stamp.file()
                + "; delete it to check again)");
        GenerateSummary summary = GenerateSummary.upToDate(unchanged.get());
        log.info(summary.render());
        return Optional.of(summary);
    }

    static void forget(UpToDateStamp stamp) throws MojoExecutionException {
        if (stamp == null) {
            return;
        }
        try {
            stamp.forget();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot delete " + stamp.file() + ": " + e.getMessage()
                    + ". Delete it by hand (or the whole target directory) and build again.", e);
        }
    }
}
