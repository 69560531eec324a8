package io.github.darkfactory.it;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void factory_help_lists_the_goals() {
        MavenBuild.copyOf("help").run("factory:help").assertSuccess()
                .assertLine("factory:help");
    }
}
