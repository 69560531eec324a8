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
 * @param reused         the mutants were taken from an earlier run with the same inputs
 * @param failOnVacuous  a vacuous requirement fails the gate even when the minimum strength is 0
 * @param scenarioLabels each scenario's name as evidence.html shows it, by unique id
 */
public record StrengthReport(List<String> mutators, double minStrength, List<RequirementStrength> requirements,
                             Map<String, List<Mutant>> mutantsBySpec, boolean reused, boolean failOnVacuous,
                             Map<String, String> scenarioLabels) {

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
        scenarioLabels = Map.copyOf(scenarioLabels);
    }

    /**
     * Whether this requirement fails the gate: below the minimum strength, or vacuous when vacuous
     * evidence fails or the minimum is above 0 (a strength of 0 is below any such minimum).
     */
    public boolean fails(RequirementStrength r) {
        return r.status() == RequirementStrength.Status.BELOW_MINIMUM
                || r.status() == RequirementStrength.Status.VACUOUS && (failOnVacuous || minStrength > 0);
    }

    /** The gate's verdict: no requirement fails it. */
    public boolean passed() {
        return requirements.stream().noneMatch(this::fails);
    }

    /** The other requirements of its spec whose passing scenarios kill this mutant, which survives for {@code r}. */
    List<String> killedFor(RequirementStrength r, Mutant mutant) {
        return requirements.stream().filter(o -> o != r && o.spec().equals(r.spec()) && mutant.killedByAny(o.scenarios()))
                .map(RequirementStrength::id).toList();
    }

    /** A scenario as evidence.html names it ({@code Class › method()}), else its unique id. */
    String label(String scenarioId) {
        return scenarioLabels.getOrDefault(scenarioId, scenarioId);
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
