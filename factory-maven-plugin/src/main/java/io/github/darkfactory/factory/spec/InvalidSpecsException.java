package io.github.darkfactory.factory.spec;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when any spec is invalid; carries every problem found, not just the first. */
public final class InvalidSpecsException extends Exception {

    private final List<SpecProblem> problems;

    public InvalidSpecsException(List<SpecProblem> problems) {
        super(problems.size() + " invalid spec problem(s):\n"
                + problems.stream().map(SpecProblem::render).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
