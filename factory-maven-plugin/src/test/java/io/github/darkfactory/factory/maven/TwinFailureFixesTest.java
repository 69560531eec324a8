package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinNames;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

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

    private static TwinFailure notStarted(boolean wireMock, OptionalInt exitCode) {
        return TwinFailure.notStarted("rates", "What happened", List.of(), wireMock, exitCode, Path.of("t", "rates.out"));
    }

    @Test
    void a_twin_that_did_not_start_is_worded_by_what_did_not_start_and_how() {
        String output = Path.of("t", "rates.out").toString();
        assertEquals("WireMock, serving <twin> rates, was still starting: see its output file (" + output + "). Many"
                + " mappings or a busy machine may need more time: raise -Dfactory.twins.startTimeout=<seconds>.",
                TwinFailureFixes.fixFor(notStarted(true, OptionalInt.empty())));
        assertEquals("WireMock, serving <twin> rates, exited with code 1: its output (" + output + ") says why; check"
                + " the Java version (11+) and the twin's mappings, then build again.",
                TwinFailureFixes.fixFor(notStarted(true, OptionalInt.of(1))));
        assertEquals("<twin> rates exited with code 3: its output (" + output + ") says why. An executable twin must"
                + " listen on 127.0.0.1 at the port in its environment variable PORT; fix the twin, release it and pin"
                + " the new version and sha256 in <twin> rates.", TwinFailureFixes.fixFor(notStarted(false, OptionalInt.of(3))));
        assertEquals("See the output of <twin> rates (" + output + "). An executable twin must listen on 127.0.0.1 at"
                + " the port in its environment variable PORT; if it is only slow, raise"
                + " -Dfactory.twins.startTimeout=<seconds>.", TwinFailureFixes.fixFor(notStarted(false, OptionalInt.empty())));
    }

    @Test
    void the_property_prefix_the_user_reads_is_the_one_the_scenario_jvm_gets() {
        assertEquals(PropertyNames.TWIN_URL_PREFIX, TwinNames.PROPERTY_PREFIX);
    }
}
