package io.github.darkfactory.factory.scenarios.runner.testexamples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Run by TwinnedForkTest only: passes when the twin's URL is the one the test expects. */
class TwinUrlExample {

    @Test
    void the_twin_is_where_it_serves() {
        assertEquals(System.getProperty("expected.twin.url"), System.getProperty("factory.twin.ledger.url"));
    }
}
