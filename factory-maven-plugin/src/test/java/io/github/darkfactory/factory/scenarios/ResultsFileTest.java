package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsFileTest {

    @Test
    void reads_what_the_runner_escaped_back_to_the_same_text(@TempDir Path dir) throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 unicode é";
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, "{\"event\":\"test\",\"id\":" + ScenarioRunner.quote(nasty)
                + ",\"displayName\":\"d\",\"tags\":[\"PRC-1\"],\"status\":\"FAILED\",\"durationMs\":7,"
                + "\"failureType\":\"java.lang.AssertionError\",\"failureMessage\":" + ScenarioRunner.quote(nasty) + "}\n"
                + "{\"event\":\"done\"}\n");

        ResultsFile.Contents contents = ResultsFile.read(file);

        assertTrue(contents.done());
        ScenarioResult result = contents.results().get(0);
        assertEquals(nasty, result.id());
        assertEquals(nasty, result.failure().message());
        assertEquals(List.of("PRC-1"), result.tags());
        assertEquals(ScenarioResult.Status.FAILED, result.status());
        assertEquals(7, result.durationMs());
    }

    @Test
    void tells_a_run_that_died_mid_line_from_a_complete_one(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, "{\"event\":\"test\",\"id\":\"a\",\"displayName\":\"a\",\"tags\":[],"
                + "\"status\":\"SUCCESSFUL\",\"durationMs\":1}\n{\"event\":\"te");

        ResultsFile.Contents contents = ResultsFile.read(file);

        assertFalse(contents.done());
        assertEquals(1, contents.results().size());
    }

    @Test
    void names_the_scenarios_that_started_but_never_finished(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, "{\"event\":\"started\",\"id\":\"a\",\"displayName\":\"a()\",\"className\":\"x.A\"}\n"
                + "{\"event\":\"test\",\"id\":\"a\",\"displayName\":\"a()\",\"tags\":[],\"status\":\"SUCCESSFUL\",\"durationMs\":1}\n"
                + "{\"event\":\"started\",\"id\":\"b\",\"displayName\":\"b()\",\"className\":\"x.A\"}\n");

        ResultsFile.Contents contents = ResultsFile.read(file);

        assertFalse(contents.done());
        assertEquals(List.of("A › b()"), contents.running());
    }

    @Test
    void names_a_gherkin_scenario_by_its_label(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.jsonl");
        Files.writeString(file, "{\"event\":\"started\",\"id\":\"a\",\"displayName\":\"Empty\",\"label\":\"Pricing › Empty\"}\n"
                + "{\"event\":\"test\",\"id\":\"b\",\"displayName\":\"Zero\",\"label\":\"Quantities › Zero\","
                + "\"tags\":[\"PRC-2\"],\"status\":\"FAILED\",\"durationMs\":1}\n");

        ResultsFile.Contents contents = ResultsFile.read(file);

        assertEquals(List.of("Pricing › Empty"), contents.running());
        assertEquals("Quantities › Zero", contents.results().get(0).label());
    }
}
