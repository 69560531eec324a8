package io.github.darkfactory.factory.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes a file so that a reader sees the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path temporary = temporaryBeside(file);
        try {
            writeNew(temporary, content);
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A fresh temporary name in the file's own directory, so the move stays on one file system.
     * Not {@code Files.createTempFile}: its files are {@code rw-------} and keep that mode after the
     * move, so reports would be unreadable to CI uploaders; a plain new file follows the umask.
     */
    public static Path temporaryBeside(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        return directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    /** Creates {@code file}, which must not exist yet, with the umask's mode. */
    public static void writeNew(Path file, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(content);
        }
    }

    /** Replaces {@code target} by {@code source} in one step where the file system can. */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
