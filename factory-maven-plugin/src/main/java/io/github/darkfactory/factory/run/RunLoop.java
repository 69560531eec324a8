package io.github.darkfactory.factory.run;

import io.github.darkfactory.factory.feedback.HoldoutFeedback;
import io.github.darkfactory.factory.generate.lock.HoldoutBudget;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.scenarios.RequirementEvidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rounds of generate-then-verify until the evidence holds (docs/goals/run.md). After a round whose
 * hidden scenarios failed requirements, the next round regenerates the specs owning them, told only
 * the ids (the holdout feedback file). A round that cannot be helped by new code stops the run.
 */
public final class RunLoop {

    private final RunRequest request;
    private final RoundBuild build;
    private final Consumer<Round> progress;

    /** @param progress told of each round as it ends */
    public RunLoop(RunRequest request, RoundBuild build, Consumer<Round> progress) {
        this.request = request;
        this.build = build;
        this.progress = progress;
    }

    /**
     * @return the rounds, the last one {@link Round.Outcome#PASSED}
     * @throws RunFailedException when the last round did not pass
     */
    public RunResult run() throws RunFailedException, IOException, InterruptedException {
        List<Round> rounds = new ArrayList<>();
        // feedback lives for one round only: a file left behind would be taken for this run's, and a
        // generate given it by hand later would spend a holdout round on stale news
        Files.deleteIfExists(request.feedbackFile());
        try {
            for (int number = 1; ; number++) {
                Round round = round(number);
                rounds.add(round);
                progress.accept(round);
                if (round.outcome() == Round.Outcome.PASSED) {
                    return new RunResult(rounds);
                }
                if (round.outcome() != Round.Outcome.FEEDING_BACK) {
                    throw new RunFailedException(new RunResult(rounds));
                }
                new HoldoutFeedback(number + 1, round.failedIds()).write(request.feedbackFile());
            }
        } finally {
            Files.deleteIfExists(request.feedbackFile());
        }
    }

    private Round round(int number) throws IOException, InterruptedException {
        // what a round reads must be what this round wrote, never a file left by an earlier build
        Files.deleteIfExists(request.evidenceFile());
        Files.deleteIfExists(request.figuresFile());
        Files.createDirectories(request.logFile(number).getParent());
        long start = System.nanoTime();
        RoundBuild.Outcome outcome = build.run(new RoundBuild.Input(number, number == 1 ? request.regenerate() : null,
                number == 1 ? null : request.feedbackFile(), request.logFile(number)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        RoundFigures figures = RoundFigures.read(request.figuresFile());
        if (outcome.exitCode() == 0) {
            return new Round(number, request.rounds(), Round.Outcome.PASSED, List.of(), List.of(), List.of(), List.of(),
                    figures, millis);
        }
        List<RequirementEvidence> requirements = Files.isRegularFile(request.evidenceFile())
                ? EvidenceFile.requirements(request.evidenceFile()) : List.of();
        List<RequirementEvidence> failed = withStatus(requirements, RequirementEvidence.Status.FAILED);
        List<RequirementEvidence> missing = withStatus(requirements, RequirementEvidence.Status.MISSING);
        Decision decision = decide(number, failed, missing);
        return new Round(number, request.rounds(), decision.outcome(), failed, missing, decision.specs(),
                decision.outcome() == Round.Outcome.BUILD_FAILED ? outcome.errorLines() : List.of(), figures, millis);
    }

    private record Decision(Round.Outcome outcome, List<String> specs) {
    }

    private Decision decide(int number, List<RequirementEvidence> failed, List<RequirementEvidence> missing)
            throws IOException {
        if (!missing.isEmpty()) {
            return new Decision(Round.Outcome.MISSING_EVIDENCE, List.of());
        }
        if (failed.isEmpty()) {
            return new Decision(Round.Outcome.BUILD_FAILED, List.of());
        }
        if (number == request.rounds()) {
            return new Decision(Round.Outcome.NO_ROUNDS_LEFT, List.of());
        }
        List<String> owners = List.copyOf(new LinkedHashSet<>(failed.stream().map(RequirementEvidence::spec).toList()));
        List<String> spent = HoldoutBudget.spent(lock(request.lockFile()), owners, request.maxHoldoutRounds());
        return spent.isEmpty() ? new Decision(Round.Outcome.FEEDING_BACK, owners)
                : new Decision(Round.Outcome.HOLDOUT_BUDGET_SPENT, spent);
    }

    /** The lock the round's build just checked, so it reads; a broken one fails like any unreadable file. */
    private static Lock lock(Path file) throws IOException {
        try {
            return LockFile.read(file);
        } catch (LockFile.InvalidLockException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<RequirementEvidence> withStatus(List<RequirementEvidence> requirements,
                                                        RequirementEvidence.Status status) {
        return requirements.stream().filter(r -> r.status() == status).toList();
    }
}
