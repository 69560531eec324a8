package it.factory.scenarios;

import it.factory.g.Greeter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GreetingScenarios {

    private final Greeter greeter = ServiceLoader.load(Greeter.class).findFirst().orElseThrow();

    /** Passes only in a JVM given the twin's URL both ways and the product's argLine. */
    @Test
    @Tag("G-1")
    void greets_a_name_with_the_services_greeting() {
        String url = System.getProperty("factory.twin.greeter.url");
        assertTrue(url != null && url.startsWith("http://127.0.0.1:"), "the twin's URL: " + url);
        assertEquals(url, System.getenv("FACTORY_TWIN_GREETER_URL"), "the system property and the environment agree");
        assertEquals("en", System.getProperty("greeting.lang"), "the argLine reached this JVM");

        assertEquals("hello from the twin, Ada", greeter.greet("Ada"));
    }
}
