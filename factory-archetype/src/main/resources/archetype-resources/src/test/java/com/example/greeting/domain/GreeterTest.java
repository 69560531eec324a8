package com.example.greeting.domain;

import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The team's own test, next to the product: visible to the model, and run against every candidate
 * of the greeting spec in the generate loop (testsInLoop), as well as by Surefire in every build.
 */
class GreeterTest {

    private final Greeter greeter = ServiceLoader.load(Greeter.class).findFirst().orElseThrow();

    @Test
    void greets_with_an_exclamation_mark() {
        assertEquals("Hello, Grace!", greeter.greet("Grace"));
    }
}
