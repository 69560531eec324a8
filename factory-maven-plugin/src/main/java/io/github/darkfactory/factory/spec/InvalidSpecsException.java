package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.LayerProblem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Thrown when any spec is invalid, or the layers the specs are checked against are unusable;
 * carries every problem found, not just the first. Problems that involve the configured layers are
 * data: the caller knows where layers are configured and words them there.
 */
public final class InvalidSpecsException extends Exception {

    private final List<SpecProblem> problems;
    private final List<LayerLineProblem> layerLineProblems;
    private final List<LayerProblem> layerProblems;

    public InvalidSpecsException(List<SpecProblem> problems, List<LayerLineProblem> layerLineProblems,
                                 List<LayerProblem> layerProblems) {
        super(count(problems, layerLineProblems, layerProblems) + " invalid spec problem(s):\n" + Stream.of(
                        layerProblems.stream().map(LayerProblem::describe),
                        layerLineProblems.stream().map(LayerLineProblem::describe),
                        problems.stream().map(SpecProblem::render))
                .flatMap(s -> s).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.layerLineProblems = List.copyOf(layerLineProblems);
        this.layerProblems = List.copyOf(layerProblems);
    }

    /** The problems of the spec files worded in full, in file and line order. */
    public List<SpecProblem> problems() {
        return problems;
    }

    /** The spec files' {@code layer} lines naming a layer that is not configured, in file and line order. */
    public List<LayerLineProblem> layerLineProblems() {
        return layerLineProblems;
    }

    /** The problems of the configured layers themselves. */
    public List<LayerProblem> layerProblems() {
        return layerProblems;
    }

    /** How many problems there are in all. */
    public int count() {
        return count(problems, layerLineProblems, layerProblems);
    }

    private static int count(List<?> problems, List<?> layerLineProblems, List<?> layerProblems) {
        return problems.size() + layerLineProblems.size() + layerProblems.size();
    }
}
