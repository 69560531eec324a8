package io.github.darkfactory.factory.strength;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequirementStrengthTest {

    private static final String MINE = "[engine:junit-jupiter]/[class:S]/[method:mine()]";
    private static final String OTHER = "[engine:junit-jupiter]/[class:S]/[method:other()]";

    private static Mutant killed(String by) {
        return new Mutant("a.B", "m", 3, "NegateConditionalsMutator", "negated conditional", "KILLED", true, List.of(by), List.of(by));
    }

    private static Mutant survived(String coveredBy) {
        return new Mutant("a.B", "m", 4, "PrimitiveReturnsMutator", "replaced int return with 0", "SURVIVED", false,
                List.of(), List.of(coveredBy));
    }

    private static RequirementStrength judge(List<String> passing, List<Mutant> mutants, double minStrength) {
        return RequirementStrength.judge("X-1", "x", "text", passing, mutants, minStrength);
    }

    @Test
    void passing_scenarios_that_kill_nothing_are_vacuous_and_list_their_survivors() {
        RequirementStrength r = judge(List.of(MINE), List.of(survived(MINE), killed(OTHER)), 0);

        assertEquals(RequirementStrength.Status.VACUOUS, r.status());
        assertEquals(1, r.mutants(), "a mutant only another requirement's scenario runs is not counted");
        assertEquals(1, r.survivors().size());
    }

    @Test
    void strength_is_the_killed_share_of_the_mutants_its_scenarios_run() {
        RequirementStrength r = judge(List.of(MINE), List.of(killed(MINE), killed(MINE), survived(MINE)), 0);

        assertEquals(RequirementStrength.Status.MEASURED, r.status());
        assertEquals(2, r.killed());
        assertEquals(2.0 / 3, r.strength(), 1e-9);
    }

    @Test
    void a_strength_below_the_minimum_is_reported_as_such() {
        assertEquals(RequirementStrength.Status.BELOW_MINIMUM,
                judge(List.of(MINE), List.of(killed(MINE), survived(MINE)), 0.9).status());
    }

    @Test
    void a_timed_out_mutant_without_a_killing_test_counts_as_killed_by_the_scenarios_that_ran_it() {
        Mutant timedOut = new Mutant("a.B", "m", 5, "NegateConditionalsMutator", "negated", "TIMED_OUT", true,
                List.of(), List.of(MINE));

        assertEquals(1, judge(List.of(MINE), List.of(timedOut), 0).killed());
    }

    @Test
    void a_requirement_without_passing_scenarios_or_without_mutants_is_not_measured() {
        assertEquals(RequirementStrength.Status.NO_PASSING_SCENARIO, judge(List.of(), List.of(killed(MINE)), 0).status());
        assertEquals(RequirementStrength.Status.NO_MUTANTS, judge(List.of(MINE), List.of(), 0).status());
    }
}
