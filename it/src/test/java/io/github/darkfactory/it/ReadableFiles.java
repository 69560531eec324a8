package io.github.darkfactory.it;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports and evidence are read by CI servers under other users: group and others must be able to read them. */
final class ReadableFiles {

    private static final Set<PosixFilePermission> READ_BY_ALL =
            Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private ReadableFiles() {
    }

    /** Asserts group and others may read each file, as they may any file a plain build writes under umask 022. */
    static void assertReadableByAll(Path... files) throws Exception {
        Path probe = Paths.get(System.getProperty("it.work"), "umask-probe-" + System.nanoTime());
        Files.newOutputStream(probe).close();
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        Assumptions.assumeTrue(plain.containsAll(READ_BY_ALL), "needs a umask that lets others read, like 022");
        for (Path file : files) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            assertTrue(mode.containsAll(READ_BY_ALL), file + " is " + PosixFilePermissions.toString(mode));
        }
    }
}
