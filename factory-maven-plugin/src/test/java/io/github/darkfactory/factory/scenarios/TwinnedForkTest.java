package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.runner.testexamples.TaggedFactoryExample;
import io.github.darkfactory.factory.twins.StartingTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinStarts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario JVM starts with the URLs its twins will have, and again when a twin had to serve elsewhere. */
class TwinnedForkTest {

    @TempDir
    Path temp;

    private final List<String> logged = new ArrayList<>();
    private final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { logged.add(message); }
        @Override public void warn(String message) { logged.add(message); }
        @Override public void error(String message) { logged.add(message); }
        @Override public void debug(String message) { }
    };

    private ScenarioRunRequest request(StartingTwins twins) {
        return new ScenarioRunRequest(null, null, false, temp.resolve("no-jar"), List.of(), List.of(), List.of(),
                temp, temp.resolve("factory"), temp, Path.of("java"), null, Map.of(), Map.of(), 120, List.of(), 1,
                Map.of(), twins, null);
    }

    private ScenarioFork.Request fork(int servingPort) {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        return new ScenarioFork.Request(Path.of(System.getProperty("java.home"), "bin", "java"), temp, classpath,
                temp.resolve("no-jar"), null, Map.of("expected.twin.url", "http://127.0.0.1:" + servingPort), Map.of(),
                120, temp.resolve("factory"), List.of(TaggedFactoryExample.class.getPackageName() + ".TwinUrlExample"));
    }

    private TwinnedFork.Ran run(int plannedPort, int servingPort) throws Exception {
        try (StartingTwins twins = StartingTwins.inBackground(
                TwinStarts.fixtureOn("ledger", servingPort, temp.resolve("ledger.out")), Map.of("ledger", plannedPort), 60,
                log)) {
            return TwinnedFork.run(request(twins), fork(servingPort), log);
        }
    }

    @Test
    void the_scenario_jvm_started_early_finds_the_twin_at_the_planned_url() throws Exception {
        int port = TwinStarts.freePorts(1).get(0);

        TwinnedFork.Ran ran = run(port, port);

        assertEquals(ScenarioResult.Status.SUCCESSFUL, ran.outcome().contents().results().get(0).status(),
                () -> String.valueOf(ran.outcome().contents().results()));
        assertTrue(logged.stream().noneMatch(l -> l.startsWith("A twin lost its port")), logged.toString());
    }

    @Test
    void a_twin_that_cannot_start_fails_the_run_with_its_own_failure_and_no_scenario_runs() throws Exception {
        int port = TwinStarts.freePorts(1).get(0);
        try (StartingTwins twins = StartingTwins.inBackground(TwinStarts.exitingAtOnce("ledger", temp.resolve("l.out")),
                Map.of("ledger", port), 60, log)) {
            TwinFailure failure = assertThrows(TwinFailure.class, () -> TwinnedFork.run(request(twins), fork(port), log));
            assertTrue(failure.getMessage().startsWith("The twin ledger exited"), failure.getMessage());
        }
        ResultsFile.Contents contents = ResultsFile.read(temp.resolve("factory").resolve("scenario-results.jsonl"));
        assertTrue(contents.results().isEmpty() && contents.running().isEmpty(), contents.toString());
    }

    @Test
    void a_twin_serving_on_another_port_than_planned_gets_a_scenario_jvm_started_again_with_its_url() throws Exception {
        List<Integer> ports = TwinStarts.freePorts(2);
        int planned = ports.get(0);
        int serving = ports.get(1);

        TwinnedFork.Ran ran = run(planned, serving);

        assertEquals(1, ran.outcome().contents().results().size());
        assertEquals(ScenarioResult.Status.SUCCESSFUL, ran.outcome().contents().results().get(0).status(),
                () -> String.valueOf(ran.outcome().contents().results()));
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("A twin lost its port")), logged.toString());
    }
}
