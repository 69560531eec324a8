package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScenarioResultTest {

    private static ScenarioResult scenario(String className, ScenarioResult.Failure failure) {
        return new ScenarioResult("[engine:junit-jupiter]/[class:x]", "rejects_negatives()", className,
                "rejects_negatives", List.of(), ScenarioResult.Status.FAILED, 1, failure);
    }

    @Test
    void a_scenario_reads_as_its_simple_class_name_and_display_name() {
        assertEquals("PricingScenarios › rejects_negatives()", scenario("com.acme.PricingScenarios", null).label());
        assertEquals("PricingScenarios.Quantities › rejects_negatives()",
                scenario("com.acme.PricingScenarios$Quantities", null).label());
        assertEquals("rejects_negatives()", scenario(null, null).label());
    }

    @Test
    void a_failed_assertion_reads_as_its_message_and_an_exception_with_its_name() {
        assertEquals("expected: <0> but was: <1>", new ScenarioResult.Failure(
                "org.opentest4j.AssertionFailedError", "expected: <0> but was: <1>", "at X").brief());
        assertEquals("IllegalStateException: no stock", new ScenarioResult.Failure(
                "java.lang.IllegalStateException", "no stock", "at X").brief());
        assertEquals("NullPointerException", new ScenarioResult.Failure("java.lang.NullPointerException", null, "at X").brief());
    }
}
