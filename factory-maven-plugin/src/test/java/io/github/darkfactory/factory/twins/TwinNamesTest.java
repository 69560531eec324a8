package io.github.darkfactory.factory.twins;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TwinNamesTest {

    @Test
    void lower_case_names_with_digits_and_dashes_pass() {
        assertDoesNotThrow(() -> TwinNames.check(List.of("payments", "the-ledger", "s3")));
    }

    @Test
    void a_name_breaking_the_rule_is_refused_and_named() {
        for (String bad : Arrays.asList("Payments", "3d", "-x", "pay_ments", "", null)) {
            TwinFailure failure = assertThrows(TwinFailure.class, () -> TwinNames.check(Arrays.asList("ok", bad)));
            assertEquals(TwinFailure.Reason.INVALID_NAME, failure.reason());
            assertEquals(bad == null ? "" : bad, failure.twin());
        }
    }

    @Test
    void a_name_two_twins_share_is_refused() {
        TwinFailure failure = assertThrows(TwinFailure.class, () -> TwinNames.check(List.of("a", "b", "a")));
        assertEquals(TwinFailure.Reason.DUPLICATE_NAME, failure.reason());
        assertEquals("Two twins are named 'a'", failure.getMessage());
    }

    @Test
    void the_scenario_jvm_finds_a_twin_under_a_system_property_and_an_upper_case_variable() {
        assertEquals("factory.twin.the-ledger.url", TwinNames.systemProperty("the-ledger"));
        assertEquals("FACTORY_TWIN_THE_LEDGER_URL", TwinNames.environmentVariable("the-ledger"));
    }
}
