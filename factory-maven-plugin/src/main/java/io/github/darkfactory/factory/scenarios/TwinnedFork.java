package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.RunningTwins;
import io.github.darkfactory.factory.twins.StartingTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinServed;
import io.github.darkfactory.factory.twins.TwinUrls;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario JVM with the run's twins serving around it. The twins (started in the background by
 * the caller, who stops them) and the JVM start at the same time: the JVM gets the URLs the twins
 * will have and waits for them before its first scenario. A twin that fails to start runs no
 * scenario; one that lost its port to another process while starting serves on another, and the JVM
 * starts again with that URL. The twins' journals are written after the JVM ended.
 */
final class TwinnedFork {

    /** The fork's outcome and what each twin served. */
    record Ran(ScenarioFork.Outcome outcome, List<TwinServed> twins) {
    }

    static final String GATE_FILE = "twins-ready";

    private TwinnedFork() {
    }

    static Ran run(ScenarioRunRequest request, ScenarioFork.Request fork, FactoryLog log)
            throws IOException, InterruptedException, TwinFailure {
        StartingTwins starting = request.twins();
        if (starting.isEmpty()) {
            return new Ran(ScenarioFork.run(fork), List.of());
        }
        TwinUrls planned = starting.plannedUrls();
        EarlyFork early = EarlyFork.start(fork.withAdded(planned.systemProperties(), planned.environment()),
                request.factoryDirectory().resolve("runner").resolve(GATE_FILE), starting.longestStartSeconds());
        RunningTwins twins;
        try {
            twins = starting.await();
        } catch (Throwable e) {
            // a twin that cannot start runs no scenario: the JVM waiting for it goes, and the failure is the twin's
            early.kill();
            throw e;
        }
        ScenarioFork.Outcome outcome;
        if (twins.urls().equals(planned)) {
            outcome = early.go();
        } else {
            early.kill();
            log.info("A twin lost its port to another process while it started and serves on another: the scenario"
                    + " JVM starts again with its URL");
            outcome = ScenarioFork.run(fork.withAdded(twins.systemProperties(), twins.environment()));
        }
        return new Ran(outcome, journals(twins, request.factoryDirectory().resolve(PinnedTwins.TWINS_DIRECTORY), log));
    }

    private static List<TwinServed> journals(RunningTwins twins, Path directory, FactoryLog log)
            throws InterruptedException {
        List<TwinServed> served;
        try {
            served = twins.journal(directory);
        } catch (IOException e) {
            // a twin that died during the run must not hide the scenarios' own results
            log.warn("The twins' request journals could not be read (" + e.getMessage() + "): the evidence lists"
                    + " no twin requests");
            return List.of();
        }
        for (TwinServed twin : served) {
            twin.unmatched().forEach(r -> log.warn("The twin " + twin.name() + " has no stub mapping for " + r
                    + " (answered 404); see " + directory.resolve(twin.name() + ".jsonl") + ". Add a mapping for it to the"
                    + " twin's project, or record it with factory:twin-record; then release the twin and pin the new version."));
        }
        return served;
    }
}
