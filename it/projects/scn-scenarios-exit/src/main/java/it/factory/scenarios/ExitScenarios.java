package it.factory.scenarios;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ExitScenarios {

    @Test
    @Tag("PRC-1")
    void a_scenario_that_ends_the_jvm() {
        System.out.println("about to call System.exit(3)");
        System.exit(3);
    }
}
