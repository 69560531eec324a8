package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading specs, so the user sees them all at once. */
final class Problems {

    private final List<SpecProblem> found = new ArrayList<>();

    void add(Path file, int line, String message, String fix) {
        found.add(new SpecProblem(file, line, message, fix));
    }

    void addAll(Problems others) {
        found.addAll(others.found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** In file order, then line order; equal positions keep the order they were found in. */
    List<SpecProblem> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((SpecProblem p) -> p.file().toString()).thenComparingInt(SpecProblem::line))
                .toList();
    }
}
