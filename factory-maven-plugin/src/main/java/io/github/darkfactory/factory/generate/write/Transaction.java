package io.github.darkfactory.factory.generate.write;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes generated files and the lock so that a build killed half-way never leaves a mix.
 *
 * <p>Order: journal (with backups of everything it will touch) → files, each written to a temporary
 * file in its own directory and moved into place → deletions → the lock (temp + move): the commit
 * point → the journal is deleted. {@link #recover} runs at the next start: if the lock on disk is
 * the one the journal announced, the commit happened and only the journal is left to delete
 * (completed); otherwise every touched file is restored from its backup or removed (rolled back),
 * and the old lock, never touched, still describes the tree.
 */
public final class Transaction {

    private static final String JOURNAL = "journal.json";
    private static final String BACKUPS = "backup";
    private static final String TEMP_SUFFIX = ".factory-tmp";

    private final Path journalDir;
    private final Interruption interruption;

    /** @param journalDir a directory that survives {@code mvn clean}, next to the lock */
    public Transaction(Path journalDir, Interruption interruption) {
        this.journalDir = journalDir;
        this.interruption = interruption;
    }

    /** What recovery did, for the log and for tests. */
    public enum Recovery { NOTHING, COMPLETED, ROLLED_BACK }

    /**
     * Applies the change. Files whose content is already on disk are left alone, so their
     * timestamps (and incremental compilation) stay untouched.
     *
     * @param writes  final content of each file to write
     * @param deletes files to remove
     */
    public void commit(Map<Path, byte[]> writes, Set<Path> deletes, Path lockFile, byte[] lock) {
        Map<Path, byte[]> changed = new TreeMap<>();
        // compared in parallel: an unchanged commit of hundreds of services files is part of every CI build
        writes.entrySet().parallelStream().filter(write -> !sameContent(write.getKey(), write.getValue())).toList()
                .forEach(write -> changed.put(write.getKey().toAbsolutePath().normalize(), write.getValue()));
        Set<Path> removed = new TreeSet<>();
        deletes.stream().map(p -> p.toAbsolutePath().normalize()).filter(Files::exists).forEach(removed::add);
        if (changed.isEmpty() && removed.isEmpty() && sameContent(lockFile, lock)) {
            return;
        }
        try {
            writeJournal(changed.keySet(), removed, lockFile, lock);
            interruption.reached(Interruption.Step.JOURNAL_WRITTEN);
            for (Map.Entry<Path, byte[]> write : changed.entrySet()) {
                writeAtomically(write.getKey(), write.getValue());
            }
            for (Path path : removed) {
                Files.deleteIfExists(path);
            }
            interruption.reached(Interruption.Step.FILES_WRITTEN);
            writeAtomically(lockFile, lock);
            interruption.reached(Interruption.Step.LOCK_WRITTEN);
            FileTrees.deleteRecursively(journalDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write generated files (the next build rolls back "
                    + "or completes this change from " + journalDir + ")", e);
        }
    }

    /** Repairs an interrupted commit; call before any other check of the generated tree. */
    public Recovery recover(FactoryLog log) {
        if (!Files.isDirectory(journalDir)) {
            return Recovery.NOTHING;
        }
        try {
            Path journalFile = journalDir.resolve(JOURNAL);
            if (!Files.isRegularFile(journalFile)) {
                // interrupted while preparing the journal: nothing was touched yet
                FileTrees.deleteRecursively(journalDir);
                return Recovery.NOTHING;
            }
            Journal journal = Json.MAPPER.readValue(journalFile.toFile(), Journal.class);
            Path lockFile = Path.of(journal.lockFile());
            deleteIfExists(tempOf(lockFile));
            if (Files.isRegularFile(lockFile) && Sha256.hex(Files.readAllBytes(lockFile)).equals(journal.lockSha256())) {
                for (Journal.Entry entry : journal.entries()) {
                    deleteIfExists(tempOf(Path.of(entry.path())));
                }
                FileTrees.deleteRecursively(journalDir);
                log.warn("Completed an interrupted generate: the lock had been written, " + journal.entries().size()
                        + " file(s) were already in place.");
                return Recovery.COMPLETED;
            }
            for (Journal.Entry entry : journal.entries()) {
                Path path = Path.of(entry.path());
                deleteIfExists(tempOf(path));
                if (entry.backup() == null) {
                    deleteIfExists(path);
                } else {
                    writeAtomically(path, Files.readAllBytes(journalDir.resolve(BACKUPS).resolve(entry.backup())));
                }
            }
            FileTrees.deleteRecursively(journalDir);
            log.warn("Rolled back an interrupted generate: restored " + journal.entries().size()
                    + " file(s) to the state the lock describes.");
            return Recovery.ROLLED_BACK;
        } catch (IOException e) {
            throw new UncheckedIOException("could not recover the interrupted generate recorded in " + journalDir
                    + "; restore the generated files and the lock from version control and delete that directory", e);
        }
    }

    private void writeJournal(Set<Path> writes, Set<Path> deletes, Path lockFile, byte[] lock) throws IOException {
        FileTrees.deleteRecursively(journalDir);
        Path backups = Files.createDirectories(journalDir.resolve(BACKUPS));
        List<Journal.Entry> entries = new ArrayList<>();
        int n = 0;
        for (Path path : Stream.concat(writes.stream(), deletes.stream()).toList()) {
            String backup = null;
            if (Files.exists(path)) {
                backup = Integer.toString(n++);
                Files.copy(path, backups.resolve(backup));
            }
            entries.add(new Journal.Entry(path.toString(), backup));
        }
        Journal journal = new Journal(lockFile.toAbsolutePath().normalize().toString(), Sha256.hex(lock), entries);
        // the journal itself appears atomically: a half-written journal would be worse than none
        writeAtomically(journalDir.resolve(JOURNAL), Json.pretty(journal).getBytes(StandardCharsets.UTF_8));
    }

    /** Through a named temporary file, so that recovery can find and remove one left by a crash. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = tempOf(target);
        Files.write(temp, bytes);
        AtomicFiles.move(temp, target);
    }

    private static Path tempOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
    }

    private static boolean sameContent(Path path, byte[] bytes) {
        try {
            return Arrays.equals(Files.readAllBytes(path), bytes);
        } catch (IOException e) {                       // absent, a directory, unreadable: write it
            return false;
        }
    }

    private static void deleteIfExists(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
