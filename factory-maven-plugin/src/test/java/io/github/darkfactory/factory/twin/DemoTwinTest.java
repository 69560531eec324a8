package io.github.darkfactory.factory.twin;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemoTwinTest {

    private static final Map<String, String> ANSWERS = Map.of("shipping", "if (cents >= FREE) {", "pricing", "sum >= X");

    @Test
    void the_first_answers_for_the_broken_spec_are_the_variant_and_later_ones_the_committed_code() {
        DemoTwin.BrokenFirst broken = DemoTwin.BrokenFirst.of(ANSWERS, "shipping", 2, ">= FREE", "> FREE");

        assertEquals("sum >= X", broken.answer("pricing", "sum >= X"), "other specs are never broken");
        assertEquals("if (cents > FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
        assertEquals("if (cents > FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
        assertEquals("if (cents >= FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
    }

    @Test
    void a_substitution_that_finds_nothing_refuses_to_start() {
        assertThrows(IllegalArgumentException.class, () -> DemoTwin.BrokenFirst.of(ANSWERS, "shipping", 1, "<=", "<"));
    }
}
