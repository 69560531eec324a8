package com.example.greeting.scenarios;

import com.example.greeting.domain.Greeter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The acceptance scenarios of the greeting spec; each carries the id of the requirement it proves. */
class GreetingScenarios {

    private final Greeter greeter = ServiceLoader.load(Greeter.class).findFirst().orElseThrow();

    @Test
    @Tag("GRT-1")
    void greets_a_person_by_name() {
        assertEquals("Hello, Ada!", greeter.greet("Ada"));
    }

    @Test
    @Tag("GRT-1")
    void leaves_out_the_spaces_around_the_name() {
        assertEquals("Hello, Ada!", greeter.greet("  Ada "));
    }

    @Test
    @Tag("GRT-2")
    void refuses_a_blank_name() {
        assertThrows(IllegalArgumentException.class, () -> greeter.greet(" "));
        assertThrows(IllegalArgumentException.class, () -> greeter.greet(null));
    }
}
