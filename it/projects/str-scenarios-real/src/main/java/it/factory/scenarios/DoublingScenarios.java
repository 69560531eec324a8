package it.factory.scenarios;

import it.factory.x.Doubler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoublingScenarios {

    private final Doubler doubler = ServiceLoader.load(Doubler.class).findFirst().orElseThrow();

    /** Asserts the result, but never near the 1000 boundary: that mutant survives. */
    @Test
    @Tag("X-1")
    void doubles_a_small_number() {
        assertEquals(4, doubler.twice(2));
    }
}
