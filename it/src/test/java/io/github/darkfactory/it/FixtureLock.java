package io.github.darkfactory.it;

import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecLoader;
import io.github.darkfactory.factory.spec.SpecSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the {@code factory.lock.json} that a generate run would have committed for the
 * hand-written "generated" code of a fixture project, so no-model builds can start from a
 * committed, up-to-date state. Each spec owns the files under its package directory.
 */
final class FixtureLock {

    private FixtureLock() {
    }

    /** @param servicesBySpec spec id → (contract interface → implementing class) */
    static void write(Path project, Map<String, Map<String, String>> servicesBySpec) throws Exception {
        SpecSet specs = SpecLoader.load(project.resolve("src/main/specs"), List.of());
        Path output = project.resolve("src/factory/java");
        Map<String, LockEntry> entries = new TreeMap<>();
        for (Spec spec : specs.specs()) {
            entries.put(spec.id(), entry(InputHash.of(spec, specs), ownedFiles(output, spec.packageName()),
                    servicesBySpec.getOrDefault(spec.id(), Map.of())));
        }
        Files.write(project.resolve("factory.lock.json"), LockFile.render(Lock.of(entries)));
    }

    /** Adds an entry for a spec that does not exist (any more), owning one file. */
    static void addOrphan(Path project, String specId, String ownedFile) throws Exception {
        Path lockFile = project.resolve("factory.lock.json");
        Path file = project.resolve("src/factory/java").resolve(ownedFile);
        Lock lock = LockFile.read(lockFile);
        LockEntry orphan = entry("0".repeat(64), Map.of(ownedFile, Sha256.hex(Files.readAllBytes(file))), Map.of());
        Files.write(lockFile, LockFile.render(lock.with(Map.of(specId, orphan), List.of())));
    }

    private static LockEntry entry(String inputHash, Map<String, String> files, Map<String, String> services) {
        return new LockEntry(inputHash, new LockEntry.ModelRef("fixture", "hand-written"), "fixture", 1,
                new LockEntry.Tokens(0, 0), files, services);
    }

    private static Map<String, String> ownedFiles(Path output, String packageName) throws Exception {
        Map<String, String> files = new TreeMap<>();
        Path dir = output.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(output.relativize(file).toString().replace('\\', '/'), Sha256.hex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
