package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.FileTrees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The scenario jar unpacked into a directory: PIT looks for tests in directories only, never in
 * jars. Unpacked again only when the jar's digest changed.
 */
final class ScenarioClasses {

    private static final String DIGEST_FILE = ".scenario-jar.sha256";

    private ScenarioClasses() {
    }

    static void unpack(Path jar, String sha256, Path directory) throws IOException {
        Path digest = directory.resolve(DIGEST_FILE);
        if (Files.isRegularFile(digest) && Files.readString(digest, StandardCharsets.UTF_8).equals(sha256)) {
            return;
        }
        FileTrees.deleteRecursively(directory);
        Files.createDirectories(directory);
        Path root = directory.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().startsWith("META-INF/")) {
                    continue; // signatures and manifests are not scenarios; nothing is written outside
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        AtomicFiles.write(digest, sha256);
    }

    /** Each top-level class of the directory and its nested classes, as PIT globs. */
    static List<String> testGlobs(Path directory) throws IOException {
        List<String> globs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String relative = directory.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(".class") && !relative.contains("$") && !relative.endsWith("module-info.class")
                        && !relative.endsWith("package-info.class")) {
                    String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                    globs.add(name);
                    globs.add(name + "$*");
                }
            }
        }
        return globs;
    }

    static boolean anyClass(Path classesDirectory, String className) {
        return Files.isRegularFile(classesDirectory.resolve(className.replace('.', '/') + ".class"));
    }

    /** The digest of every file under a directory, by relative name and content. */
    static void digestTree(Path directory, java.security.MessageDigest digest) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(file)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }
}
