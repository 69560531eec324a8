package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinNames;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwinFailureFixesTest {

    private static TwinFailure failure(TwinFailure.Reason reason) {
        return new TwinFailure(reason, "payments", "What happened", List.of(), "ab".repeat(32));
    }

    @Test
    void every_reason_ends_with_what_to_do_naming_the_twin_or_the_rule() {
        for (TwinFailure.Reason reason : TwinFailure.Reason.values()) {
            String described = TwinFailureFixes.describe(failure(reason));
            assertTrue(described.startsWith("What happened\n"), described);
            assertTrue(described.endsWith("."), described);
            assertTrue(described.contains("<twin>"), described);
        }
    }

    @Test
    void an_unpinned_twin_gets_its_digest_to_pin_and_the_property_that_accepts_it() {
        assertEquals("Pin it with <sha256>" + "ab".repeat(32) + "</sha256> in <twin> payments, or run with"
                + " -Dfactory.allowUnpinned=true to accept it unpinned.", TwinFailureFixes.fixFor(failure(TwinFailure.Reason.UNPINNED)));
    }

    @Test
    void the_property_prefix_the_user_reads_is_the_one_the_scenario_jvm_gets() {
        assertEquals(PropertyNames.TWIN_URL_PREFIX, TwinNames.PROPERTY_PREFIX);
    }
}
