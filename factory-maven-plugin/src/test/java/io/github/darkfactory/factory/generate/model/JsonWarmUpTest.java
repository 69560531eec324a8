package io.github.darkfactory.factory.generate.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonWarmUpTest {

    @Test
    void warms_up_at_most_once_per_jvm() {
        JsonWarmUp.once();                              // this test's JVM may have created a client already

        assertFalse(JsonWarmUp.once());
    }
}
