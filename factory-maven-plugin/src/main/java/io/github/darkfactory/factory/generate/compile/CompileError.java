package io.github.darkfactory.factory.generate.compile;

/**
 * One javac error.
 *
 * @param file    path of the source relative to its root (as given for in-memory sources), or
 *                null when javac names no file
 * @param line    1-based line, or 0 when javac gives none
 * @param message javac's message, in the root locale
 */
public record CompileError(String file, long line, String message) {

    /** The {@code file:line: message} form, as javac prints it. */
    public String render() {
        return file == null ? message : file + ":" + line + ": " + message;
    }
}
