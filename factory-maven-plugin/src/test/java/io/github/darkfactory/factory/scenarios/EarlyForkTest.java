package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.testexamples.TaggedFactoryExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real scenario JVM started before its twins serve: it runs nothing until the gate says go, and nothing when cancelled. */
class EarlyForkTest {

    @TempDir
    Path temp;

    private ScenarioFork.Request request() {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ScenarioFork.Request(Path.of(System.getProperty("java.home"), "bin", "java"), temp, classpath,
                temp.resolve("no-jar"), null, Map.of(), Map.of(), 120, temp.resolve("work"),
                List.of(TaggedFactoryExample.class.getName()));
    }

    private Path results() {
        return temp.resolve("work").resolve("scenario-results.jsonl");
    }

    @Test
    void the_jvm_runs_no_scenario_before_the_gate_says_go_and_all_of_them_after() throws Exception {
        EarlyFork fork = EarlyFork.start(request(), temp.resolve("gate"));
        // long enough for the JVM to have started and discovered the class (well under a second here)
        Thread.sleep(3000);
        assertFalse(Files.exists(results()) && Files.readString(results()).contains("\"event\":\"test\""),
                "a scenario ran before the twins were ready");

        ScenarioFork.Outcome outcome = fork.go();

        assertEquals(0, outcome.exitCode(), () -> outcome.output().toString());
        assertTrue(outcome.contents().done());
        assertEquals(2, outcome.contents().results().size());
    }

    @Test
    void a_cancelled_jvm_runs_nothing_and_ends() throws Exception {
        EarlyFork fork = EarlyFork.start(request(), temp.resolve("gate"));

        fork.cancel();

        ResultsFile.Contents contents = ResultsFile.read(results());
        assertFalse(contents.done());
        assertTrue(contents.results().isEmpty());
    }

    @Test
    void a_gate_left_by_an_earlier_run_does_not_let_the_jvm_pass() throws Exception {
        Path gate = temp.resolve("gate");
        Files.writeString(gate, "go");

        EarlyFork fork = EarlyFork.start(request(), gate);

        assertFalse(Files.exists(gate));
        fork.cancel();
        assertTrue(ResultsFile.read(results()).results().isEmpty());
    }
}
