package it.factory.scenarios;

import it.factory.exit.Guard;
import it.factory.loop.Counter;
import it.factory.skipped.Halver;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EdgeScenarios {

    /** Some mutants of countTo never return: PIT's timeout ends them. */
    @Test
    @Tag("L-1")
    void counts_to_five() {
        assertEquals(5, ServiceLoader.load(Counter.class).findFirst().orElseThrow().countTo(5));
    }

    /** Some mutants of checked call System.exit on these inputs. */
    @Test
    @Tag("E-1")
    void a_non_negative_number_passes_the_guard() {
        Guard guard = ServiceLoader.load(Guard.class).findFirst().orElseThrow();
        assertEquals(2, guard.checked(2));
        assertEquals(0, guard.checked(0));
    }

    /** S-1's only scenario: skipped, so S-1 has no passing evidence to measure. */
    @Disabled("not written yet")
    @Test
    @Tag("S-1")
    void halves_an_even_number() {
        assertEquals(2, ServiceLoader.load(Halver.class).findFirst().orElseThrow().half(4));
    }
}
