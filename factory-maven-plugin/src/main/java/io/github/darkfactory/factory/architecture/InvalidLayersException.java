package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.LayerProblem;

import java.util.List;

/** The configured layers cannot be checked: a layer without packages, a {@code mayUse} naming no layer, ... */
public final class InvalidLayersException extends RuntimeException {

    private final List<LayerProblem> problems;

    public InvalidLayersException(List<LayerProblem> problems) {
        super(String.join("; ", problems.stream().map(LayerProblem::describe).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<LayerProblem> problems() {
        return problems;
    }
}
