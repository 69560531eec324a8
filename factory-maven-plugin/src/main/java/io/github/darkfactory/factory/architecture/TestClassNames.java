package io.github.darkfactory.factory.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The fully qualified names of the classes in test output directories and test-scoped jars. */
public final class TestClassNames {

    private static final String VERSIONED = "META-INF/versions/";

    private TestClassNames() {
    }

    /** Names of every class under the given directories and in the given jars; missing roots are skipped. */
    public static Set<String> scan(List<Path> roots) throws IOException {
        Set<String> names = new HashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                scanDirectory(root, names);
            } else if (Files.isRegularFile(root)) {
                scanJar(root, names);
            }
        }
        return Set.copyOf(names);
    }

    private static void scanDirectory(Path root, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .forEach(path -> addClassName(path, names));
        }
    }

    private static void scanJar(Path jar, Set<String> names) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String path = entries.nextElement().getName();
                if (path.startsWith(VERSIONED)) {
                    // META-INF/versions/11/a/B.class is a variant of a/B.class
                    int afterVersion = path.indexOf('/', VERSIONED.length());
                    path = afterVersion < 0 ? "" : path.substring(afterVersion + 1);
                }
                addClassName(path, names);
            }
        }
    }

    private static void addClassName(String path, Set<String> names) {
        if (!path.endsWith(".class") || path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
            return;
        }
        names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
}
