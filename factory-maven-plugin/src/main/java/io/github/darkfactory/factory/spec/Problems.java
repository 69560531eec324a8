package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.LayerProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found while loading specs, so the user sees them all at once. */
final class Problems {

    private final List<SpecProblem> found = new ArrayList<>();
    private final List<LayerLineProblem> layerLines = new ArrayList<>();

    void add(Path file, int line, String message, String fix) {
        found.add(new SpecProblem(file, line, message, fix));
    }

    void add(LayerLineProblem problem) {
        layerLines.add(problem);
    }

    void addAll(Problems others) {
        found.addAll(others.found);
        layerLines.addAll(others.layerLines);
    }

    boolean isEmpty() {
        return found.isEmpty() && layerLines.isEmpty();
    }

    /** The problems worded in full, in file and line order; equal positions keep the order they were found in. */
    List<SpecProblem> sorted() {
        return found.stream().sorted(SpecProblem.ORDER).toList();
    }

    /** Every problem, with those of the configured layers. */
    InvalidSpecsException failure(List<LayerProblem> layerProblems) {
        return new InvalidSpecsException(sorted(),
                layerLines.stream().sorted(Comparator.comparing((LayerLineProblem p) -> p.file().toString())
                        .thenComparingInt(LayerLineProblem::line)).toList(),
                layerProblems);
    }
}
