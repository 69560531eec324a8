package it.run.scenarios;

import it.run.greeting.Greeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hidden scenarios with canaries: RUN-CANARY-NAME-* in the display names, RUN-CANARY-MESSAGE-* in
 * the assertion messages, RUN-CANARY-CODE-* in the code. None may ever reach a prompt.
 */
class CanaryGreetingScenarios {

    private static final String CODE_CANARY = "RUN-CANARY-CODE-4b8e";

    private final Greeter greeter = ServiceLoader.load(Greeter.class).findFirst().orElseThrow();

    @Test
    @Tag("GRT-1")
    @DisplayName("greets Ada RUN-CANARY-NAME-7f3a")
    void greets_by_name() {
        assertEquals("Hello, " + CODE_CANARY + "!", greeter.greet(CODE_CANARY), "RUN-CANARY-MESSAGE-91c2");
    }

    @Test
    @Tag("GRT-2")
    @DisplayName("refuses a blank name RUN-CANARY-NAME-c0de")
    void refuses_a_blank_name() {
        assertThrows(IllegalArgumentException.class, () -> greeter.greet("  "), "RUN-CANARY-MESSAGE-5a17");
    }
}
