package it.gtw.greeting;

import it.gtw.greeting.impl.PoliteGreeter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PoliteGreeterTest {

    @Test
    void greets_by_name() {
        assertEquals("Hello, Ada!", new PoliteGreeter().greet("Ada"));
    }
}
