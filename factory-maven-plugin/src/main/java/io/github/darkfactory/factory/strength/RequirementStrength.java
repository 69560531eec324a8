package io.github.darkfactory.factory.strength;

import java.util.List;

/**
 * How much of its spec's code one requirement's passing scenarios would notice broken.
 *
 * @param mutants   viable mutants of its spec's classes that its passing scenarios run
 * @param killed    those its passing scenarios detect
 * @param strength  killed / mutants, 0 when there are none
 * @param survivors the mutants it runs but does not detect
 * @param scenarios the unique ids of its passing scenarios
 */
public record RequirementStrength(String id, String spec, String text, Status status, int mutants, int killed,
                                  double strength, List<Mutant> survivors, List<String> scenarios) {

    /**
     * MEASURED: kills some and meets the minimum; VACUOUS: its scenarios pass but kill no mutant (strength
     * 0, below any minimum above 0: {@link StrengthReport#fails});
     * BELOW_MINIMUM: kills some, fewer than the minimum share; NO_PASSING_SCENARIO: nothing to
     * measure with (skipped or no scenarios, the scenarios goal judges that); NO_MUTANTS: its spec's
     * classes gave no mutant (no generated code, or none PIT can change).
     */
    public enum Status { MEASURED, VACUOUS, BELOW_MINIMUM, NO_PASSING_SCENARIO, NO_MUTANTS }

    public RequirementStrength {
        survivors = List.copyOf(survivors);
        scenarios = List.copyOf(scenarios);
    }

    static RequirementStrength judge(String id, String spec, String text, List<String> passingScenarios,
                                     List<Mutant> specMutants, double minStrength) {
        if (passingScenarios.isEmpty()) {
            return new RequirementStrength(id, spec, text, Status.NO_PASSING_SCENARIO, 0, 0, 0, List.of(), List.of());
        }
        List<Mutant> viable = specMutants.stream().filter(Mutant::viable).toList();
        if (viable.isEmpty()) {
            return new RequirementStrength(id, spec, text, Status.NO_MUTANTS, 0, 0, 0, List.of(), passingScenarios);
        }
        List<Mutant> covered = viable.stream().filter(m -> m.coveredByAny(passingScenarios)).toList();
        List<Mutant> survivors = covered.stream().filter(m -> !m.killedByAny(passingScenarios)).toList();
        int killed = covered.size() - survivors.size();
        double strength = covered.isEmpty() ? 0 : (double) killed / covered.size();
        Status status = killed == 0 ? Status.VACUOUS : strength < minStrength ? Status.BELOW_MINIMUM : Status.MEASURED;
        return new RequirementStrength(id, spec, text, status, covered.size(), killed, strength, survivors, passingScenarios);
    }

    /** {@code its scenarios kill 2 of the 3 mutants they run, strength 0.67}: this requirement's own count. */
    static String figures(RequirementStrength r) {
        return String.format(java.util.Locale.ROOT, "its scenarios kill %d of the %d mutants they run, strength %.2f",
                r.killed(), r.mutants(), r.strength());
    }
}
