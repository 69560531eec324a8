package io.github.darkfactory.factory.architecture;

import java.util.List;

/** The configured layers cannot be checked: a layer without packages, a {@code mayUse} naming no layer, ... */
public final class InvalidLayersException extends RuntimeException {

    private final List<String> problems;

    public InvalidLayersException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
