package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockFile;
import org.apache.maven.plugin.MojoFailureException;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The classes the strength goal mutates: those of each spec's generated files, as the lock lists them. */
final class LockClasses {

    private LockClasses() {
    }

    /** Spec id → binary names of the classes of its generated {@code .java} files. */
    static Map<String, List<String>> bySpec(File lockFile) throws MojoFailureException {
        Lock lock;
        try {
            lock = LockFile.read(lockFile.toPath());
        } catch (LockFile.InvalidLockException e) {
            throw new MojoFailureException("The lock cannot be read: " + e.getMessage()
                    + "; restore it from version control, where it is committed.");
        }
        Map<String, List<String>> classes = new TreeMap<>();
        lock.specs().forEach((spec, entry) -> classes.put(spec, entry.files().keySet().stream()
                .filter(f -> f.endsWith(".java"))
                .map(f -> f.substring(0, f.length() - ".java".length()).replace('\\', '/').replace('/', '.'))
                .toList()));
        return classes;
    }
}
