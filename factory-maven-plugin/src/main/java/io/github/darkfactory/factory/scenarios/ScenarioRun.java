package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;
import io.github.darkfactory.factory.twins.TwinFailure;

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
        TwinnedFork.Ran ran = TwinnedFork.run(request, new ScenarioFork.Request(request.javaExecutable(),
                request.workingDirectory(), classpath, request.scenarioJar(), request.argLine(),
                request.systemProperties(), request.environment(), request.timeoutSeconds(),
                request.factoryDirectory()), log);
        ScenarioFork.Outcome outcome = ran.outcome();
        checkCompleted(request, outcome, actualSha256);

        EvidenceReport report = EvidenceReport.judge(request.coordinates().toString(), actualSha256,
                request.minEvidence(), request.requirements(), outcome.contents().results(), request.holdoutRounds())
                .withTwins(ran.twins());
        ReportFiles.write(report, request.factoryDirectory());
        logSummary(report, log);
        gate(request, report, outcome);
        return report;
    }

    private static String checkPin(ScenarioRunRequest request, FactoryLog log) throws IOException, ScenarioFailure {
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

    private static void gate(ScenarioRunRequest request, EvidenceReport report, ScenarioFork.Outcome outcome)
            throws ScenarioFailure, IOException {
        if (report.scenarios().isEmpty()) {
            throw new ScenarioFailure(Reason.NO_TESTS, "The scenario artifact " + report.coordinates()
                    + " holds no test: no behavioural evidence at all", outputTail(outcome.output()), report.sha256(), null);
        }
        List<String> failures = new ArrayList<>();
        for (ScenarioResult failed : report.failedScenarios()) {
            failures.add("  - " + failureLine(report, failed));
        }
        List<String> missing = new ArrayList<>();
        for (RequirementEvidence requirement : report.missing()) {
            missing.add("  " + requirement.id() + " (" + requirement.spec() + "): " + requirement.text()
                    + " — " + passingCount(report, requirement) + " of " + report.minEvidence() + " passing scenario(s)");
        }
        if (!failures.isEmpty()) {
            // the missing ones too, so one new release of the scenario project can fix both
            if (!missing.isEmpty()) {
                failures.add("and missing behavioural evidence for " + missing.size() + " requirement(s):");
                failures.addAll(missing);
            }
            Path html = readable(request, request.factoryDirectory().resolve(ReportFiles.HTML));
            throw new ScenarioFailure(Reason.SCENARIOS_FAILED, report.failedScenarios().size()
                    + " scenario(s) failed (" + report.count(RequirementEvidence.Status.FAILED)
                    + " requirement(s) affected); see " + html.toString().replace('\\', '/') + ":",
                    failures, report.sha256(), report);
        }
        if (!missing.isEmpty()) {
            throw new ScenarioFailure(Reason.MISSING_EVIDENCE, "missing behavioural evidence for "
                    + missing.size() + " requirement(s):", missing, report.sha256(), report);
        }
    }

    /** Relative to the working directory where it can be (not across Windows drives). */
    private static Path readable(ScenarioRunRequest request, Path file) {
        Path base = request.workingDirectory();
        return base.getRoot() != null && base.getRoot().equals(file.getRoot()) ? base.relativize(file) : file;
    }

    /** {@code PRC-2: PricingScenarios › rejects_negatives(): expected: <0> but was: <1>}. */
    private static String failureLine(EvidenceReport report, ScenarioResult failed) {
        List<String> requirements = report.requirementsOf(failed);
        String covered = requirements.isEmpty() ? "" : String.join(", ", requirements) + ": ";
        String why = failed.failure() == null || failed.failure().brief().isEmpty() ? "" : ": " + failed.failure().brief();
        return covered + failed.label() + why;
    }

    private static long passingCount(EvidenceReport report, RequirementEvidence requirement) {
        return report.scenarios().stream().filter(s -> s.passed() && requirement.scenarios().contains(s.id())).count();
    }

    private static void logSummary(EvidenceReport report, FactoryLog log) {
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

    private static List<String> outputTail(Path output) throws IOException {
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
