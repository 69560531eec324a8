package io.github.darkfactory.factory.twins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.twins.TwinFailure.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Extracts a mappings twin's {@code mappings/} and {@code __files/} into the directory WireMock serves,
 * after its digest was checked, and rejects a mapping that is not a JSON object, naming the file.
 */
final class TwinMappings {

    private static final String FILES_DIRECTORY = "__files/";

    private TwinMappings() {
    }

    /** Replaces {@code root} with the jar's mappings and files. */
    static void extract(String twin, Path jar, Path root) throws IOException, TwinFailure {
        FileTrees.deleteRecursively(root);
        Files.createDirectories(root.resolve("mappings"));
        Files.createDirectories(root.resolve("__files"));
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !(name.startsWith(TwinKind.MAPPINGS_DIRECTORY) || name.startsWith(FILES_DIRECTORY))) {
                    continue;
                }
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root)) {
                    continue;
                }
                byte[] content;
                try (InputStream in = file.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (name.startsWith(TwinKind.MAPPINGS_DIRECTORY) && name.endsWith(".json")) {
                    checkMapping(twin, jar, name, content);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        }
    }

    /** Checks every {@code mappings/*.json} of the jar as {@link #extract} does, without extracting anything. */
    static void check(String twin, Path jar, JarFile file) throws IOException, TwinFailure {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(TwinKind.MAPPINGS_DIRECTORY)
                    && entry.getName().endsWith(".json")) {
                try (InputStream in = file.getInputStream(entry)) {
                    checkMapping(twin, jar, entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    private static void checkMapping(String twin, Path jar, String name, byte[] content) throws TwinFailure {
        String problem;
        try {
            JsonNode tree = Json.MAPPER.readTree(content);
            problem = tree != null && tree.isObject() ? null : "is not a JSON object";
        } catch (JsonProcessingException e) {
            problem = "is not valid JSON: " + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
        } catch (IOException e) {
            problem = "cannot be read: " + e.getMessage();
        }
        if (problem != null) {
            throw new TwinFailure(Reason.INVALID_MAPPING, twin, "The mapping " + name + " of the twin " + twin + " ("
                    + jar + ") " + problem, List.of(), "");
        }
    }
}
