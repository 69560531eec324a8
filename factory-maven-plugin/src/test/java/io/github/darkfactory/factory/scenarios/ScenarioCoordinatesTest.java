package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScenarioCoordinatesTest {

    @Test
    void parses_three_or_four_parts() {
        assertEquals(Optional.of(new ScenarioCoordinates("com.acme", "shop", "1.0.0", "")),
                ScenarioCoordinates.parse("com.acme:shop:1.0.0"));
        assertEquals("com.acme:shop:1.0.0:tests", ScenarioCoordinates.parse(" com.acme:shop:1.0.0:tests ").orElseThrow().toString());
    }

    @Test
    void rejects_anything_else() {
        for (String bad : new String[] {"com.acme:shop", "com.acme::1.0", "a:b:c:d:e", "a:b :c", ""}) {
            assertEquals(Optional.empty(), ScenarioCoordinates.parse(bad), bad);
        }
    }
}
