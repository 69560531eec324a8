package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.RunningTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinServed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario JVM with the run's twins serving around it: the twins (started in the background by
 * the caller, who stops them) awaited before the JVM, their URLs passed to it, their journals written
 * after it ended.
 */
final class TwinnedFork {

    /** The fork's outcome and what each twin served. */
    record Ran(ScenarioFork.Outcome outcome, List<TwinServed> twins) {
    }

    private TwinnedFork() {
    }

    static Ran run(ScenarioRunRequest request, ScenarioFork.Request fork, FactoryLog log)
            throws IOException, InterruptedException, TwinFailure {
        if (request.twins().isEmpty()) {
            return new Ran(ScenarioFork.run(fork), List.of());
        }
        Path directory = request.factoryDirectory().resolve(PinnedTwins.TWINS_DIRECTORY);
        RunningTwins twins = request.twins().await();
        ScenarioFork.Outcome outcome = ScenarioFork.run(fork.withAdded(twins.systemProperties(), twins.environment()));
        List<TwinServed> served;
        try {
            served = twins.journal(directory);
        } catch (IOException e) {
            // a twin that died during the run must not hide the scenarios' own results
            log.warn("The twins' request journals could not be read (" + e.getMessage() + "): the evidence lists"
                    + " no twin requests");
            served = List.of();
        }
        for (TwinServed twin : served) {
            twin.unmatched().forEach(r -> log.warn("The twin " + twin.name() + " has no stub mapping for " + r
                    + " (answered 404); see " + directory.resolve(twin.name() + ".jsonl") + ". Add a mapping for it to the"
                    + " twin's project, or record it with factory:twin-record; then release the twin and pin the new version."));
        }
        return new Ran(outcome, served);
    }
}
