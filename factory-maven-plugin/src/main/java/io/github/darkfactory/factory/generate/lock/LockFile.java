package io.github.darkfactory.factory.generate.lock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try {
            String json = Rendering.MAPPER.writer(Rendering.PRINTER).writeValueAsString(lock);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lock always renders", e);
        }
    }

    /** Set up on first use only: a build that only reads the lock never pays for data binding. */
    private static final class Rendering {

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();

        static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
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
