package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.ScenarioRunner;
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

/** A real scenario JVM started before its twins serve: it runs nothing until the gate says go, and nothing when killed. */
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
        EarlyFork fork = EarlyFork.start(request(), temp.resolve("gate"), 60);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.exists(results()) && Files.readString(results()).contains(ScenarioRunner.WAITING_FOR_TWINS))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(Files.readString(results()).contains(ScenarioRunner.WAITING_FOR_TWINS), "the JVM never reached the gate");
        Thread.sleep(500);
        assertEquals(ScenarioRunner.WAITING_FOR_TWINS + "\n", Files.readString(results()),
                "a scenario started before the twins were ready");

        ScenarioFork.Outcome outcome = fork.go();

        assertEquals(0, outcome.exitCode(), () -> outcome.output().toString());
        assertTrue(outcome.contents().done());
        assertEquals(2, outcome.contents().results().size());
    }

    @Test
    void a_killed_jvm_runs_nothing_and_ends() throws Exception {
        EarlyFork fork = EarlyFork.start(request(), temp.resolve("gate"), 60);

        fork.kill();

        ResultsFile.Contents contents = ResultsFile.read(results());
        assertFalse(contents.done());
        assertTrue(contents.results().isEmpty());
    }

    @Test
    void a_gate_left_by_an_earlier_run_does_not_let_the_jvm_pass() throws Exception {
        Path gate = temp.resolve("gate");
        Files.writeString(gate, "go");

        EarlyFork fork = EarlyFork.start(request(), gate, 60);

        assertFalse(Files.exists(gate));
        fork.kill();
        assertTrue(ResultsFile.read(results()).results().isEmpty());
    }
}
