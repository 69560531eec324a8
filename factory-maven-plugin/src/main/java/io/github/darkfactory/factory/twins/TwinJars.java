package io.github.darkfactory.factory.twins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Tells a twin jar from a scenario jar when it is sealed. A scenario jar holds test classes, which name
 * JUnit types; a twin holds none: stub mappings ({@code mappings/*.json}), or a program with a
 * {@code Main-Class}.
 */
public final class TwinJars {

    private TwinJars() {
    }

    /**
     * The kind of twin the jar is, its mappings checked as a scenario run checks them; empty when it is
     * no twin (a scenario jar, or neither).
     *
     * @param twin the name to report a broken mapping under
     */
    public static Optional<TwinKind> kindOf(String twin, Path jar) throws IOException, TwinFailure {
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean mappings = false;
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.endsWith(".class") && usesJUnit(file, entry)) {
                    return Optional.empty();
                }
                mappings |= !entry.isDirectory() && name.startsWith(TwinKind.MAPPINGS_DIRECTORY) && name.endsWith(".json");
            }
            if (mappings) {
                TwinMappings.check(twin, jar, file);
                return Optional.of(TwinKind.MAPPINGS);
            }
            Manifest manifest = file.getManifest();
            boolean main = manifest != null && manifest.getMainAttributes().getValue("Main-Class") != null;
            return main ? Optional.of(TwinKind.EXECUTABLE) : Optional.empty();
        }
    }

    /** A class that names a JUnit type holds it in its constant pool as {@code org/junit/…}. */
    private static boolean usesJUnit(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("org/junit/");
        }
    }
}
