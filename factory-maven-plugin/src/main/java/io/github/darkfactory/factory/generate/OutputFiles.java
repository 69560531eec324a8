package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.generate.write.Transaction;
import io.github.darkfactory.factory.io.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generated output on disk: reading the files the lock owns, and committing a new state of
 * them (files, services files, then the lock) in one journalled transaction.
 */
record OutputFiles(GenerateRequest request, Interruption interruption) {

    /** Writes changed files, deletes files no spec owns any more, rebuilds services, then the lock. */
    void commit(Lock before, Lock after, Map<String, byte[]> newFiles, Set<String> replacedOrRemoved) {
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        newFiles.forEach((path, bytes) -> writes.put(request.outputDirectory().resolve(path), bytes));
        Set<Path> deletes = new TreeSet<>();
        for (String id : replacedOrRemoved) {
            LockEntry old = before.entry(id);
            LockEntry now = after.entry(id);
            if (old != null) {
                old.files().keySet().stream().filter(p -> now == null || !now.files().containsKey(p))
                        .forEach(p -> deletes.add(request.outputDirectory().resolve(p)));
            }
        }
        writes.putAll(ServicesFiles.files(after, request.resourceDirectory()));
        deletes.addAll(ServicesFiles.obsolete(after, request.resourceDirectory()));
        // an unchanged lock keeps its bytes, even if someone reformatted it
        byte[] lockBytes = after.equals(before) ? currentLockBytes(after) : LockFile.render(after);
        new Transaction(GenerateRequest.journalDirectory(request.lockFile()), interruption)
                .commit(writes, deletes, request.lockFile(), lockBytes);
    }

    /** Whether a lock file exists: without one nothing was ever generated, and a run must not create an empty one. */
    boolean lockExists() {
        return Files.isRegularFile(request.lockFile());
    }

    /** sha256 of an owned file as it is on disk, or null when it does not exist. */
    String diskHash(String path) {
        Path file = request.outputDirectory().resolve(path);
        try {
            return Files.isRegularFile(file) ? Sha256.hex(Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(request.outputDirectory().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] currentLockBytes(Lock lock) {
        try {
            return lockExists() ? Files.readAllBytes(request.lockFile()) : LockFile.render(lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
