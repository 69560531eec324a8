package it.factory.scenarios;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class HangScenarios {

    @Test
    @Tag("PRC-1")
    void a_scenario_that_never_ends() throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
