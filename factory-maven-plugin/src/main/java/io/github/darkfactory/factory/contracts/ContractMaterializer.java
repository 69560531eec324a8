package io.github.darkfactory.factory.contracts;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            Map<Path, byte[]> declared = new HashMap<>();
            for (Spec spec : specs.specs()) {
                for (ContractUnit unit : spec.contracts()) {
                    declared.put(contractsRoot.resolve(unit.relativePath()), unit.source().getBytes(StandardCharsets.UTF_8));
                }
            }
            // in parallel: a CI build starts without target/ and writes every contract, a thousand at 500 specs
            declared.entrySet().parallelStream().forEach(file -> writeIfChanged(file.getKey(), file.getValue()));
            deleteUndeclared(contractsRoot, declared.keySet());
            return contractsRoot;
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("could not write the contracts to " + contractsRoot,
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
        }
    }

    private static void writeIfChanged(Path target, byte[] content) {
        try {
            if (!Arrays.equals(readIfPresent(target), content)) {
                // a plain write, not temp-and-move: a file torn by a killed build differs from its
                // contract, so the next build rewrites it; a CI build writes a thousand at 500 specs
                Files.createDirectories(target.getParent());
                Files.write(target, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {               // cheaper than asking first, for each of a thousand files
            return null;
        }
    }

    /** Deletes every file under the root that no contract declares, then the directories no declared file is in. */
    private static void deleteUndeclared(Path root, Set<Path> declared) throws IOException {
        Set<Path> keptDirectories = new HashSet<>(Set.of(root));
        for (Path file : declared) {
            Path directory = file.getParent();
            while (directory != null && keptDirectories.add(directory)) {
                directory = directory.getParent();
            }
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !declared.contains(p) && !keptDirectories.contains(p))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);                         // deepest first, so a directory is empty when its turn comes
        }
    }
}
