package io.github.darkfactory.factory.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Copies a few of the plugin's own classes out of its jar into a directory, for the classpath of a
 * JVM we start (a launcher and its parent watch) that must see nothing else of the plugin.
 */
public final class ClassFiles {

    private ClassFiles() {
    }

    /** Copies each class's {@code .class} file to its package path under {@code directory}. */
    public static void copyTo(Path directory, List<Class<?>> classes) throws IOException {
        for (Class<?> type : classes) {
            String resource = type.getName().replace('.', '/') + ".class";
            Path target = directory.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the plugin jar lacks " + resource);
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
