package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinServed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scenarios gate: check the pin, run every test of the scenario jar in a forked JVM, judge the
 * requirements by the results, write the reports, and fail with what is wrong.
 */
public final class ScenarioRun {

    private static final int OUTPUT_TAIL_LINES = 30;

    private ScenarioRun() {
    }

    public static EvidenceReport run(ScenarioRunRequest request, FactoryLog log)
            throws ScenarioFailure, TwinFailure, IOException, InterruptedException {
        Forked forked = fork(request, List.of(), log);
        EvidenceReport report = EvidenceReport.judge(request.coordinates().toString(), forked.sha256(),
                request.minEvidence(), request.requirements(), forked.outcome().contents().results(), request.holdoutRounds())
                .withTwins(forked.twins());
        ReportFiles.write(report, request.header(), request.factoryDirectory());
        logSummary(report, log);
        EvidenceGate.gate(report, request.workingDirectory(), request.factoryDirectory(), outputTail(forked.outcome().output()));
        return report;
    }

    /** A scenario JVM that ran to its end, the digest of the jar it ran, and what its twins served. */
    record Forked(String sha256, ScenarioFork.Outcome outcome, long millis, List<TwinServed> twins) {
    }

    /**
     * Checks the pin, then runs {@code classNames} (every test of the jar when empty) in a forked
     * JVM with the request's twins serving it; fails unless the JVM ran to its end.
     */
    static Forked fork(ScenarioRunRequest request, List<String> classNames, FactoryLog log)
            throws ScenarioFailure, TwinFailure, IOException, InterruptedException {
        String actualSha256 = checkPin(request, log);
        Path runnerDirectory = request.factoryDirectory().resolve("runner");
        RunnerClasses.copyTo(runnerDirectory);
        List<Path> classpath = ForkClasspath.build(request.classesDirectory(), runnerDirectory,
                request.projectDependencies(), withScenarioJar(request), request.launcher());
        if (ScenarioFork.orphanedLastTime(request.factoryDirectory())) {
            log.warn("The scenario JVM of an earlier build stopped itself because the build process that started it"
                    + " had died (killed, or a CI job cancelled); that build has no evidence");
        }
        log.info("Running the scenarios of " + request.coordinates() + " in a forked JVM ("
                + classpath.size() + " classpath entries, timeout " + request.timeoutSeconds() + " s)");
        long started = System.nanoTime();
        TwinnedFork.Ran ran = TwinnedFork.run(request, new ScenarioFork.Request(request.javaExecutable(),
                request.workingDirectory(), classpath, request.scenarioJar(), request.argLine(),
                request.systemProperties(), request.environment(), request.timeoutSeconds(),
                request.factoryDirectory(), classNames), log);
        long millis = (System.nanoTime() - started) / 1_000_000;
        ScenarioFork.Outcome outcome = ran.outcome();
        checkCompleted(request, outcome, actualSha256);
        log.info("The scenario JVM ran for " + millis + " ms");
        return new Forked(actualSha256, outcome, millis, ran.twins());
    }

    static String checkPin(ScenarioRunRequest request, FactoryLog log) throws IOException, ScenarioFailure {
        return ScenarioPin.check(request.coordinates(), request.expectedSha256(), request.allowUnpinned(),
                request.scenarioJar(), log);
    }

    private static List<DependencyEntry> withScenarioJar(ScenarioRunRequest request) {
        List<DependencyEntry> graph = new ArrayList<>();
        ScenarioCoordinates jar = request.coordinates();
        graph.add(new DependencyEntry(jar.groupId(), jar.artifactId(), jar.version(), jar.classifier(),
                request.scenarioJar()));
        graph.addAll(request.scenarioGraph());
        return graph;
    }

    private static void checkCompleted(ScenarioRunRequest request, ScenarioFork.Outcome outcome, String sha256)
            throws ScenarioFailure, IOException {
        if (outcome.timedOut()) {
            throw new ScenarioFailure(Reason.TIMED_OUT, "The scenario JVM did not finish within "
                    + request.timeoutSeconds() + " s and was killed (" + outcome.contents().results().size()
                    + " scenarios had finished" + stillRunning(outcome) + "). Output: " + outcome.output(),
                    outputTail(outcome.output()), sha256, null);
        }
        if (!outcome.contents().done() && outcome.nothingStarted()) {
            throw new ScenarioFailure(Reason.RUN_NOT_STARTED, "The scenario JVM could not start the run (exit code "
                    + outcome.exitCode() + ", no scenario had started): " + ScenarioFork.startFailure(outcome.output())
                    + ". Output: " + outcome.output(), outputTail(outcome.output()), sha256, null);
        }
        if (!outcome.contents().done()) {
            throw new ScenarioFailure(Reason.JVM_EXITED, "The scenario JVM exited (code " + outcome.exitCode()
                    + ") before all scenarios finished — a scenario may have called System.exit ("
                    + outcome.contents().results().size() + " scenarios had finished"
                    + stillRunning(outcome) + "). Output: " + outcome.output(), outputTail(outcome.output()), sha256, null);
        }
    }

    private static String stillRunning(ScenarioFork.Outcome outcome) {
        List<String> running = outcome.contents().running();
        return running.isEmpty() ? "" : "; running then: " + String.join(", ", running);
    }

    static void logSummary(EvidenceReport report, FactoryLog log) {
        report.unknownTags().forEach(tag -> log.warn("Scenario tag " + tag + " looks like a requirement id but names"
                + " no requirement of the specs (typo, or a requirement that was removed?)"));
        log.info(String.format(Locale.ROOT, "Scenarios: %d run, %d passed, %d failed, %d skipped or aborted",
                report.scenarios().size(), report.passedScenarios(), report.failedScenarios().size(),
                report.scenarios().size() - report.passedScenarios() - report.failedScenarios().size()));
        log.info(String.format(Locale.ROOT, "Requirements: %d, satisfied %d, missing %d, failed %d — %s",
                report.requirements().size(), report.count(RequirementEvidence.Status.SATISFIED),
                report.count(RequirementEvidence.Status.MISSING), report.count(RequirementEvidence.Status.FAILED),
                report.passed() ? "PASSED" : "FAILED"));
    }

    static List<String> outputTail(Path output) throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
        List<String> tail = new ArrayList<>();
        tail.add("  last lines of the scenario JVM's output:");
        lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()).forEach(l -> tail.add("  | " + l));
        return lines.isEmpty() ? List.of() : tail;
    }
}
