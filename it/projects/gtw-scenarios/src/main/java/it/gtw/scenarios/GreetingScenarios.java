package it.gtw.scenarios;

import it.gtw.greeting.Greeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scenarios the model must never see. GTW-SECRET-SCENARIO-MARKER-5e1d is the marker the test
 * searches for in every prompt; it is also in the display name, so the evidence shows it ran.
 */
class GreetingScenarios {

    static final String MARKER = "GTW-SECRET-SCENARIO-MARKER-5e1d";

    @Test
    @Tag("GRT-1")
    @DisplayName("greets Ada politely GTW-SECRET-SCENARIO-MARKER-5e1d")
    void greets_by_name() {
        Greeter greeter = ServiceLoader.load(Greeter.class).findFirst().orElseThrow();
        assertEquals("Hello, Ada!", greeter.greet("Ada"), MARKER);
    }
}
