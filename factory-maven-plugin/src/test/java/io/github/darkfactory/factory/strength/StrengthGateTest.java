package io.github.darkfactory.factory.strength;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrengthGateTest {

    private static final String ONE = "[engine:junit-jupiter]/[class:a.S]/[method:one()]";
    private static final String TWO = "[engine:junit-jupiter]/[class:a.S]/[method:two()]";
    private static final String THREE = "[engine:junit-jupiter]/[class:a.S]/[method:three()]";

    /** Run by all three scenarios, killed by two only. */
    private static final Mutant SHARED = new Mutant("a.B", "m", 3, "NegateConditionalsMutator",
            "negated conditional", "KILLED", true, List.of(TWO), List.of(ONE, TWO, THREE));
    /** Run by two and three, killed by three only. */
    private static final Mutant OTHER = new Mutant("a.B", "n", 7, "PrimitiveReturnsMutator",
            "replaced int return with 0", "KILLED", true, List.of(THREE), List.of(TWO, THREE));

    /** X-1 (scenario one) is vacuous; X-2 (scenario two) and X-3 (three) each kill 1 of 2, strength 0.50. */
    private static StrengthReport report(boolean failOnVacuous, double minStrength) {
        List<Mutant> mutants = List.of(SHARED, OTHER);
        return new StrengthReport(List.of("NEGATE_CONDITIONALS"), minStrength, List.of(
                RequirementStrength.judge("X-1", "x", "one", List.of(ONE), mutants, minStrength),
                RequirementStrength.judge("X-2", "x", "two", List.of(TWO), mutants, minStrength),
                RequirementStrength.judge("X-3", "x", "three", List.of(THREE), mutants, minStrength)),
                Map.of("x", mutants), false, failOnVacuous, Map.of(ONE, "S › one()", TWO, "S › two()"));
    }

    private static final class Warnings implements FactoryLog {
        final List<String> warnings = new ArrayList<>();
        @Override public void info(String message) { }
        @Override public void warn(String message) { warnings.add(message); }
        @Override public void error(String message) { }
        @Override public void debug(String message) { }
    }

    @Test
    void a_vacuous_requirement_fails_any_minimum_above_0_even_when_vacuous_evidence_only_warns() {
        StrengthReport report = report(false, 0.4);
        assertEquals(RequirementStrength.Status.VACUOUS, report.requirements().get(0).status());
        assertEquals(RequirementStrength.Status.MEASURED, report.requirements().get(1).status(), "0.50 meets 0.40");

        StrengthFailure failure = assertThrows(StrengthFailure.class, () -> StrengthGate.check(report, FactoryLog.SILENT));

        assertEquals(StrengthFailure.Reason.BELOW_MIN_STRENGTH, failure.reason());
        assertTrue(failure.getMessage().startsWith("1 requirement(s) below the minimum strength 0.40:\n  X-1 (x): one"
                + " — its scenarios kill 0 of the 1 mutants they run, strength 0.00"), failure.getMessage());
        assertEquals("FAILED", json(report).get("status").asText());
        assertTrue(json(report).at("/requirements/0/fails").asBoolean());
    }

    @Test
    void with_minimum_0_vacuous_evidence_that_only_warns_passes_and_strength_json_says_passed() throws Exception {
        StrengthReport report = report(false, 0);
        Warnings log = new Warnings();

        StrengthGate.check(report, log);

        assertEquals(1, log.warnings.size());
        assertTrue(log.warnings.get(0).startsWith("vacuous behavioural evidence for 1 requirement(s)"), log.warnings.get(0));
        assertTrue(report.passed());
        assertEquals("PASSED", json(report).get("status").asText());
        assertEquals(false, json(report).at("/requirements/0/fails").asBoolean());
    }

    @Test
    void vacuous_evidence_fails_by_default_and_strength_json_says_failed() {
        StrengthReport report = report(true, 0);

        StrengthFailure failure = assertThrows(StrengthFailure.class, () -> StrengthGate.check(report, FactoryLog.SILENT));

        assertEquals(StrengthFailure.Reason.VACUOUS, failure.reason());
        assertEquals("FAILED", json(report).get("status").asText());
    }

    @Test
    void a_survivor_another_requirements_scenarios_kill_is_said_to_be_killed_by_them() {
        StrengthFailure failure = assertThrows(StrengthFailure.class,
                () -> StrengthGate.check(report(true, 0), FactoryLog.SILENT));

        assertTrue(failure.getMessage().endsWith("  X-1 (x): one — its scenarios kill 0 of the 1 mutants they run,"
                + " strength 0.00\n      surviving: B.m line 3: negated conditional (killed by X-2's scenarios)"),
                failure.getMessage());
    }

    @Test
    void a_survivor_no_other_requirements_scenarios_kill_is_listed_plainly() {
        StrengthReport report = report(false, 0.9);

        StrengthFailure failure = assertThrows(StrengthFailure.class, () -> StrengthGate.check(report, FactoryLog.SILENT));

        // X-2 survives n (killed by X-3's scenario three), X-1 survives m (killed by X-2's and X-3's)
        assertTrue(failure.getMessage().contains("  X-2 (x): two — its scenarios kill 1 of the 2 mutants they run,"
                + " strength 0.50\n      surviving: B.n line 7: replaced int return with 0 (killed by X-3's scenarios)"),
                failure.getMessage());
    }

    private static JsonNode json(StrengthReport report) {
        try {
            return Json.MAPPER.readTree(StrengthFiles.json(report));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
