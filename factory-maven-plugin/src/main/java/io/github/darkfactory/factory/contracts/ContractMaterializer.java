package io.github.darkfactory.factory.contracts;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
            // What exists is known from the walk that also finds obsolete files, so a CI build's
            // thousand new contract files are written without probing each one and its directory first.
            OnDisk onDisk = OnDisk.under(contractsRoot);
            Set<Path> directories = ConcurrentHashMap.newKeySet();
            directories.addAll(onDisk.directories());
            declared.entrySet().parallelStream().forEach(file ->
                    writeIfChanged(file.getKey(), file.getValue(), onDisk.files().contains(file.getKey()), directories));
            deleteUndeclared(contractsRoot, declared.keySet(), onDisk);
            return contractsRoot;
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("could not write the contracts to " + contractsRoot,
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
        }
    }

    /** The regular files and the directories under a root (the root included), from one walk. */
    private record OnDisk(Set<Path> files, Set<Path> directories) {

        static OnDisk under(Path root) throws IOException {
            Set<Path> files = new HashSet<>();
            Set<Path> directories = new HashSet<>();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    directories.add(directory);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            return new OnDisk(files, directories);
        }
    }

    /**
     * @param directories the directories known to exist; a plain write, not temp-and-move: a file
     *                    torn by a killed build differs from its contract, so the next build rewrites it
     */
    private static void writeIfChanged(Path target, byte[] content, boolean exists, Set<Path> directories) {
        try {
            if (exists && Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Path parent = target.getParent();
            if (!directories.contains(parent)) {
                Files.createDirectories(parent);
                Path made = parent;
                while (made != null && directories.add(made)) {
                    made = made.getParent();
                }
            }
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every file under the root that no contract declares, then the directories no declared file is in. */
    private static void deleteUndeclared(Path root, Set<Path> declared, OnDisk onDisk) throws IOException {
        Set<Path> keptDirectories = new HashSet<>(Set.of(root));
        for (Path file : declared) {
            Path directory = file.getParent();
            while (directory != null && keptDirectories.add(directory)) {
                directory = directory.getParent();
            }
        }
        List<Path> obsolete = new ArrayList<>();
        onDisk.files().stream().filter(p -> !declared.contains(p)).forEach(obsolete::add);
        onDisk.directories().stream().filter(p -> !keptDirectories.contains(p)).forEach(obsolete::add);
        obsolete.sort(Comparator.reverseOrder());
        for (Path path : obsolete) {
            Files.delete(path);                         // deepest first, so a directory is empty when its turn comes
        }
    }
}
