package io.github.darkfactory.factory.strength;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrengthReportTest {

    private static final String ONE = "[engine:junit-jupiter]/[class:S]/[method:one()]";
    private static final String TWO = "[engine:junit-jupiter]/[class:S]/[method:two()]";

    private static final Mutant KILLED_BY_TWO_ONLY = new Mutant("a.B", "m", 3, "NegateConditionalsMutator",
            "negated conditional", "KILLED", true, List.of(TWO), List.of(ONE, TWO));
    private static final Mutant SURVIVED = new Mutant("a.B", "m", 4, "PrimitiveReturnsMutator",
            "replaced int return with 0", "SURVIVED", false, List.of(), List.of(ONE));
    private static final Mutant UNCOVERED = new Mutant("a.B", "n", 9, "VoidMethodCallMutator",
            "removed call", "NO_COVERAGE", false, List.of(), List.of());

    /** X-1 is proven by scenario one, X-2 by scenario two; both of spec x. */
    private static StrengthReport report() {
        List<Mutant> mutants = List.of(KILLED_BY_TWO_ONLY, SURVIVED, UNCOVERED);
        return new StrengthReport(List.of("NEGATE_CONDITIONALS"), 0, List.of(
                RequirementStrength.judge("X-1", "x", "one", List.of(ONE), mutants, 0),
                RequirementStrength.judge("X-2", "x", "two", List.of(TWO), mutants, 0)), Map.of("x", mutants), false, true, Map.of());
    }

    @Test
    void every_mutant_a_requirement_survives_is_a_surviving_mutant_even_when_another_requirements_scenario_kills_it() {
        List<StrengthReport.Survivor> survivors = report().survivingMutants();

        assertEquals(List.of(KILLED_BY_TWO_ONLY, SURVIVED, UNCOVERED), survivors.stream().map(StrengthReport.Survivor::mutant).toList());
        assertEquals(List.of("X-1"), survivors.get(0).survivesFor());
        assertEquals(List.of("X-1"), survivors.get(1).survivesFor());
        assertEquals(List.of(), survivors.get(2).survivesFor(), "no scenario runs it: it survives every scenario");
    }

    @Test
    void the_totals_count_each_mutant_once_by_any_scenario() {
        StrengthReport report = report();

        assertEquals(3, report.mutantCount());
        assertEquals(1, report.killedCount());
        assertEquals(2, report.survivedCount());
        assertEquals(1, report.uncoveredCount());
    }

    @Test
    void strength_json_lists_each_survivor_with_its_requirements_and_scenarios() throws Exception {
        JsonNode json = Json.MAPPER.readTree(StrengthFiles.json(report()));

        assertEquals(3, json.get("survivingMutants").size());
        JsonNode first = json.at("/survivingMutants/0");
        assertEquals("a.B", first.get("class").asText());
        assertEquals("m", first.get("method").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals("NegateConditionalsMutator", first.get("mutator").asText());
        assertEquals("X-1", first.at("/survivesFor/0").asText());
        assertEquals(List.of(ONE, TWO), List.of(first.at("/scenarios/0").asText(), first.at("/scenarios/1").asText()));
        assertEquals(TWO, first.at("/killedBy/0").asText());
        assertEquals(2, json.at("/requirements/0/survivors").size(), "X-1's survivors are all in survivingMutants");
        assertEquals(2, json.at("/summary/survived").asInt());
        assertEquals(1, json.at("/summary/runByNoScenario").asInt());
    }
}
