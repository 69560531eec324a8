package it.factory.scenarios;

import it.factory.x.Doubler;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

class DoublingScenarios {

    private final Doubler doubler = ServiceLoader.load(Doubler.class).findFirst().orElseThrow();

    /** Calls the code and asserts nothing: it passes whatever twice returns. */
    @Test
    @Tag("X-1")
    void doubles_a_small_number() {
        doubler.twice(2);
    }
}
