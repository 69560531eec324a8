package io.github.darkfactory.factory.contracts;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the contracts of all specs as {@code .java} files under a source root. A file whose bytes
 * are already right is not touched, so its timestamp stays and incremental compilation stays
 * incremental; files no spec declares any more are deleted, with the directories they leave empty.
 */
public final class ContractMaterializer {

    private ContractMaterializer() {
    }

    /** Materializes every contract of {@code specs} under {@code contractsRoot} and returns the root. */
    public static Path materialize(SpecSet specs, Path contractsRoot) {
        try {
            Files.createDirectories(contractsRoot);
            Set<Path> declared = new HashSet<>();
            for (Spec spec : specs.specs()) {
                for (ContractUnit unit : spec.contracts()) {
                    Path target = contractsRoot.resolve(unit.relativePath());
                    declared.add(target);
                    writeIfChanged(target, unit.source().getBytes(StandardCharsets.UTF_8));
                }
            }
            deleteUndeclared(contractsRoot, declared);
            return contractsRoot;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the contracts to " + contractsRoot, e);
        }
    }

    private static void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        AtomicFiles.write(target, content);
    }

    /** Deletes every file under the root that no contract declares, deepest first, then empty directories. */
    private static void deleteUndeclared(Path root, Set<Path> declared) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            if (path.equals(root)) {
                continue;
            }
            if (Files.isDirectory(path)) {
                if (isEmpty(path)) {
                    Files.delete(path);
                }
            } else if (!declared.contains(path)) {
                Files.delete(path);
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
