package io.github.darkfactory.factory.spec;

import java.nio.file.Path;

/** What is wrong with a spec: where, what, and what to change. */
public record SpecProblem(Path file, int line, String message, String fix) {

    public String render() {
        return file + ":" + line + ": " + message + " — " + fix;
    }
}
