package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.UpToDateStamp;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpToDateStampsTest {

    @TempDir
    Path dir;

    @Test
    void a_stamp_that_cannot_be_deleted_fails_naming_it_and_what_to_do() throws Exception {
        Path stampFile = dir.resolve("target/factory/up-to-date.txt");
        Files.createDirectories(stampFile.resolve("in-the-way"));   // a non-empty directory where the stamp goes
        UpToDateStamp stamp = UpToDateStamp.beforeCheck(stampFile, "layers []", List.of(dir.resolve("src/main/specs")));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> UpToDateStamps.forget(stamp));

        assertTrue(e.getMessage().startsWith("Cannot delete " + stampFile), e.getMessage());
        assertTrue(e.getMessage().contains("Delete it by hand (or the whole target directory) and build again."),
                e.getMessage());
    }
}
