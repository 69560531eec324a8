package io.github.darkfactory.factory.run;

import java.util.List;

/** Every round of a run, the last one deciding how it ended. */
public record RunResult(List<Round> rounds) {

    public RunResult {
        rounds = List.copyOf(rounds);
    }

    public Round last() {
        return rounds.get(rounds.size() - 1);
    }

    /** What the generates of all rounds spent together. */
    public RoundFigures figures() {
        return rounds.stream().map(Round::figures).reduce(RoundFigures.NONE, RoundFigures::plus);
    }
}
