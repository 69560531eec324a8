package io.github.darkfactory.factory.strength;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verdict of one strength run.
 *
 * @param mutantsBySpec every mutant PIT made of each measured spec's classes
 * @param reused        the mutants were taken from an earlier run with the same inputs
 */
public record StrengthReport(List<String> mutators, double minStrength, List<RequirementStrength> requirements,
                             Map<String, List<Mutant>> mutantsBySpec, boolean reused) {

    public StrengthReport {
        mutators = List.copyOf(mutators);
        requirements = List.copyOf(requirements);
        mutantsBySpec = new TreeMap<>(mutantsBySpec);
    }

    public List<RequirementStrength> withStatus(RequirementStrength.Status status) {
        return requirements.stream().filter(r -> r.status() == status).toList();
    }

    /** Viable mutants no scenario detected, of every measured spec. */
    List<Mutant> survivors() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(m -> m.viable() && !m.detected()).toList();
    }

    long mutantCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(Mutant::viable).count();
    }

    long killedCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(m -> m.viable() && m.detected()).count();
    }
}
