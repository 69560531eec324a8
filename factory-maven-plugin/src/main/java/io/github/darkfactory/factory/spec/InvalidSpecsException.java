package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.LayerProblem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Thrown when any spec is invalid, or the layers the specs are checked against are unusable;
 * carries every problem found, not just the first.
 */
public final class InvalidSpecsException extends Exception {

    private final List<SpecProblem> problems;
    private final List<LayerProblem> layerProblems;

    public InvalidSpecsException(List<SpecProblem> problems, List<LayerProblem> layerProblems) {
        super((problems.size() + layerProblems.size()) + " invalid spec problem(s):\n"
                + Stream.concat(layerProblems.stream().map(LayerProblem::describe), problems.stream().map(SpecProblem::render))
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.layerProblems = List.copyOf(layerProblems);
    }

    /** The problems of the spec files, in file and line order. */
    public List<SpecProblem> problems() {
        return problems;
    }

    /** The problems of the configured layers, which the caller words where they are configured. */
    public List<LayerProblem> layerProblems() {
        return layerProblems;
    }
}
