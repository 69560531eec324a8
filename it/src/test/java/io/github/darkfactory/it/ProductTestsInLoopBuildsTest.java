package io.github.darkfactory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.darkfactory.factory.twin.ProviderTwin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product's own tests in the generate loop (docs/generation-loop.md): {@code gtw-tested} has a
 * test of the greeting in {@code src/test/java}; the twin plays the model.
 */
class ProductTestsInLoopBuildsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMPL = "it/gtw/greeting/impl/PoliteGreeter.java";

    private ProviderTwin twin;

    @AfterEach
    void stopTwin() {
        if (twin != null) {
            twin.stop();
        }
    }

    private static String answer(String file, String className, String body) {
        return """
                ### %s
                ```java
                package it.gtw.greeting.impl;

                import it.gtw.greeting.Greeter;

                public class %s implements Greeter {
                    @Override
                    public String greet(String name) {
                        %s
                    }
                }
                ```
                """.formatted(file, className, body);
    }

    private static final String GOOD = answer(IMPL, "PoliteGreeter", "return \"Hello, \" + name + \"!\";");

    private MavenBuild project(String name, String copyName) {
        twin = ProviderTwin.start("openai");
        return MavenBuild.copyOf(name, copyName).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-loop-tests");
    }

    private static String secondPrompt(MavenBuild build) throws IOException {
        return Files.readString(build.file("target/factory/transcripts/greeting/2-prompt.md"));
    }

    @Test
    void a_failing_test_of_the_project_is_fed_back_and_the_repaired_answer_is_written_and_locked() throws Exception {
        MavenBuild build = project("gtw-tested", "tests-fail");
        twin.answer(answer(IMPL, "PoliteGreeter", "return \"Hi \" + name;"), GOOD);

        build.run("factory:generate").assertSuccess()
                .assertLine("The project's tests run in the loop against each candidate (factory.testsInLoop)")
                .assertLine("[greeting] iteration 1/4: 1 failing test — asking again")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)");

        String second = secondPrompt(build);
        assertTrue(second.contains("1. [test] it.gtw.greeting.PoliteGreeterTest.greets_by_name:"
                + " org.opentest4j.AssertionFailedError: expected: <Hello, Ada!> but was: <Hi Ada>"
                + " (at it.gtw.greeting.PoliteGreeterTest.greets_by_name(PoliteGreeterTest.java:12))"
                + " — fix: change the implementation so that this test of the project passes"), second);
        assertTrue(Files.readString(build.file("src/factory/java/" + IMPL)).contains("\"Hello, \" + name"));
        JsonNode entry = JSON.readTree(build.file("factory.lock.json").toFile()).at("/specs/greeting");
        assertEquals(2, entry.get("iterations").asInt());
    }

    @Test
    void a_test_source_that_does_not_compile_against_the_first_answer_is_fed_back() throws Exception {
        MavenBuild build = project("gtw-tested", "tests-compile");
        twin.answer(answer("it/gtw/greeting/impl/FriendlyGreeter.java", "FriendlyGreeter", "return \"Hello, \" + name + \"!\";"),
                GOOD);

        build.run("factory:generate").assertSuccess()
                .assertLine("[greeting] iteration 1/4: ", " test compile error")
                .assertLine("[greeting] iteration 2/4: all checks passed (1 file)");

        String second = secondPrompt(build);
        assertTrue(second.contains("[test-compile] it/gtw/greeting/PoliteGreeterTest.java:3: ")
                && second.contains("symbol:   class PoliteGreeter")
                && second.contains("— fix: change the implementation so that this test of the project compiles"), second);
        assertFalse(Files.exists(build.file("src/factory/java/it/gtw/greeting/impl/FriendlyGreeter.java")));
    }

    @Test
    void a_project_without_test_sources_forks_no_test_jvm() throws Exception {
        MavenBuild build = project("gtw-greeter", "no-tests");
        twin.answer(GOOD);

        build.run("factory:generate").assertSuccess()
                .assertNoLine("The project's tests run in the loop")
                .assertLine("[greeting] iteration 1/4: all checks passed (1 file)");

        assertFalse(Files.exists(build.file("target/factory/loop-tests")));
    }
}
