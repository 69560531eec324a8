package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.Comparator;

/** What is wrong with a spec: where, what, and what to change. */
public record SpecProblem(Path file, int line, String message, String fix) {

    /** In file order, then line order. */
    public static final Comparator<SpecProblem> ORDER = Comparator.comparing((SpecProblem p) -> p.file().toString())
            .thenComparingInt(SpecProblem::line);

    /** The one rendering of a spec problem: {@code file:line: message — fix}. */
    public String render() {
        return file + ":" + line + ": " + message + " — " + fix;
    }
}
