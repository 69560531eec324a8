package io.github.darkfactory.factory.architecture;

import java.nio.file.Path;

/** The baseline file exists but cannot be read as a baseline. */
public final class InvalidBaselineException extends Exception {

    private final Path file;

    public InvalidBaselineException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
