package io.github.darkfactory.factory.generate.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and renders {@code factory.lock.json}. Rendering is byte-stable (sorted keys, fixed field
 * order, two-space indent, LF, trailing newline) so an unchanged lock never shows up in a diff.
 */
public final class LockFile {

    private LockFile() {
    }

    /** The lock at this path, or an empty lock when there is no file yet. */
    public static Lock read(Path file) throws InvalidLockException {
        if (!Files.isRegularFile(file)) {
            return Lock.empty();
        }
        try {
            Lock lock;
            try (InputStream in = Files.newInputStream(file)) {
                lock = LockReader.read(in);
            }
            if (lock.formatVersion() != Lock.FORMAT_VERSION) {
                throw new InvalidLockException(file, "formatVersion " + lock.formatVersion()
                        + " is not supported (this plugin writes " + Lock.FORMAT_VERSION + ")");
            }
            return lock;
        } catch (JsonProcessingException e) {
            throw new InvalidLockException(file, e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    public static byte[] render(Lock lock) {
        return Json.prettySorted(lock);
    }

    /** The lock file cannot be used; the message says where and what. */
    public static final class InvalidLockException extends Exception {

        private final Path file;

        public InvalidLockException(Path file, String problem) {
            super(file + ": " + problem);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}
