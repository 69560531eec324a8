package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.GenerateRequest;
import io.github.darkfactory.factory.generate.UpToDateStamp;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.rules.Layer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The generate goal's {@link UpToDateStamp}: what its up-to-date check reads in this project. */
final class UpToDateStamps {

    /** Where the stamp lives, relative to {@code project.build.directory}. */
    static final String FILE = "factory/up-to-date.txt";

    private UpToDateStamps() {
    }

    /** Lists what the check reads, as it is before the check. */
    static UpToDateStamp beforeCheck(MavenProject project, File specsDirectory, File outputDirectory, File lockFile,
                                      List<LayerConfig> layers, SourceRoots roots) {
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

    /** Before a full check, so that one that fails cannot leave an earlier stamp behind. */
    static void forget(UpToDateStamp stamp) throws MojoExecutionException {
        try {
            stamp.forget();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot delete " + stamp.file() + ": " + e.getMessage()
                    + ". Delete it by hand (or the whole target directory) and build again.", e);
        }
    }

    /** After a clean check; not worth failing a build over, as without a stamp the next build checks in full. */
    static void record(UpToDateStamp stamp, List<String> upToDate, Instant checkStart, FactoryLog log) {
        try {
            if (!stamp.record(upToDate, checkStart)) {
                log.debug("No up-to-date stamp: some inputs changed moments before this check");
            }
        } catch (IOException e) {
            log.debug("No up-to-date stamp: " + e.getMessage());
        }
    }
}
