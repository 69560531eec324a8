package io.github.darkfactory.factory.strength;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verdict of one strength run. Two views of the same mutants: the totals count each mutant once
 * (killed when any scenario detects it); a requirement counts only the mutants its own passing
 * scenarios run, and those they kill.
 *
 * @param mutantsBySpec every mutant PIT made of each measured spec's classes
 * @param reused        the mutants were taken from an earlier run with the same inputs
 */
public record StrengthReport(List<String> mutators, double minStrength, List<RequirementStrength> requirements,
                             Map<String, List<Mutant>> mutantsBySpec, boolean reused) {

    /**
     * A mutant that some requirement's scenarios run without noticing it, or that no scenario detects.
     *
     * @param survivesFor the requirements whose passing scenarios run it and do not kill it
     */
    record Survivor(String spec, Mutant mutant, List<String> survivesFor) {
    }

    public StrengthReport {
        mutators = List.copyOf(mutators);
        requirements = List.copyOf(requirements);
        mutantsBySpec = new TreeMap<>(mutantsBySpec);
    }

    public List<RequirementStrength> withStatus(RequirementStrength.Status status) {
        return requirements.stream().filter(r -> r.status() == status).toList();
    }

    /**
     * Every surviving mutant: each one in a requirement's survivors, and each one no scenario detects
     * (also those no scenario runs), once, in PIT's order per spec.
     */
    List<Survivor> survivingMutants() {
        List<Survivor> survivors = new ArrayList<>();
        mutantsBySpec.forEach((spec, mutants) -> {
            for (Mutant mutant : mutants) {
                List<String> survivesFor = requirements.stream()
                        .filter(r -> r.spec().equals(spec) && r.survivors().contains(mutant)).map(RequirementStrength::id).toList();
                if (mutant.viable() && (!mutant.detected() || !survivesFor.isEmpty())) {
                    survivors.add(new Survivor(spec, mutant, survivesFor));
                }
            }
        });
        return survivors;
    }

    /** Viable mutants no scenario detected, of every measured spec: each counted once. */
    long survivedCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(m -> m.viable() && !m.detected()).count();
    }

    long mutantCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(Mutant::viable).count();
    }

    long killedCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream).filter(m -> m.viable() && m.detected()).count();
    }

    /** Viable mutants whose lines no scenario runs. */
    long uncoveredCount() {
        return mutantsBySpec.values().stream().flatMap(List::stream)
                .filter(m -> m.viable() && !m.detected() && m.coveringTests().isEmpty()).count();
    }
}
