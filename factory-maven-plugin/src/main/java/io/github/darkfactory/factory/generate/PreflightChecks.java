package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.feedback.FeedbackTargets;
import io.github.darkfactory.factory.feedback.InvalidFeedbackException;
import io.github.darkfactory.factory.generate.lock.HoldoutBudget;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.generate.plan.OwnedFile;
import io.github.darkfactory.factory.generate.plan.Plan;
import io.github.darkfactory.factory.generate.plan.Planner;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The checks that need no model, run before any model call so that CI fails fast and cheaply: the
 * lock is readable, the ids to regenerate exist, holdout feedback is usable and within its budget, no hand-written services file clashes, no generated
 * file was edited, no deleted spec left files behind; files nobody owns are worth a warning.
 */
record PreflightChecks(GenerateRequest request, FactoryLog log) {

    Lock readLock(LockPreload preload) throws GenerateFailedException {
        try {
            return preload.lock();
        } catch (LockFile.InvalidLockException e) {
            throw GenerateFailedException.unreadableLock(request.lockFile(), e.getMessage());
        }
    }

    Set<String> forcedIds() throws GenerateFailedException {
        try {
            return Planner.parseRegenerate(request.regenerate(), request.specs());
        } catch (Planner.UnknownSpecIdsException e) {
            throw GenerateFailedException.unknownRegenerateIds(e.unknown(), e.known());
        }
    }

    /**
     * The holdout feedback of this run, its ids resolved to the specs that own them, or null without
     * any. Only a run that may call a model may take feedback: it exists to regenerate.
     *
     * @throws InvalidFeedbackException when the file is missing, malformed or names unknown ids
     */
    FeedbackTargets feedback() throws GenerateFailedException {
        Path file = request.feedbackFile();
        if (file == null) {
            return null;
        }
        if (!request.modelAccess().isAllowed()) {
            throw GenerateFailedException.feedbackWithoutModel(file, request.modelAccess().refusal());
        }
        return FeedbackTargets.read(file, request.specs());
    }

    /**
     * Refuses feedback for a spec whose unchanged inputs already consumed the most rounds allowed: its
     * hidden scenarios have been asked too often to stay hidden (docs/generation-loop.md).
     */
    void holdoutBudget(Lock lock, Plan plan, FeedbackTargets feedback) throws GenerateFailedException {
        if (feedback == null) {
            return;
        }
        List<String> spent = plan.staleIds().stream().filter(feedback.specIds()::contains)
                .filter(id -> HoldoutBudget.roundsSoFar(lock.entry(id), plan.inputHashes().get(id))
                        >= request.maxHoldoutRounds())
                .toList();
        if (!spent.isEmpty()) {
            List<String> rounds = spent.stream().map(id -> id + ": " + lock.entry(id).holdoutRounds()
                    + " round(s) of feedback consumed by its current code; at most " + request.maxHoldoutRounds()).toList();
            throw GenerateFailedException.holdoutBudgetSpent(spent, rounds, feedback.file());
        }
    }

    /**
     * Every check of the plan against the lock and the disk; the first that fails throws.
     *
     * @return whether nothing was worth a warning either (only then may an up-to-date stamp vouch for the check)
     */
    boolean check(Lock lock, Plan plan) throws GenerateFailedException {
        failOnClashingServices(lock);
        failOnHandEdits(plan);
        boolean clean = !warnAboutUnownedFiles(lock);
        // only a direct invocation may delete what a deleted spec generated
        if (!plan.orphans().isEmpty() && !request.commandLine()) {
            List<String> details = new ArrayList<>();
            plan.orphans().forEach(id -> details.add(id + ": " + lock.entry(id).files().keySet()));
            throw GenerateFailedException.orphans(plan.orphans(), details);
        }
        return clean;
    }

    private void failOnClashingServices(Lock lock) throws GenerateFailedException {
        List<Path> clashes = ServicesFiles.clashes(lock, request.mainResourcesDirectory());
        if (!clashes.isEmpty()) {
            throw GenerateFailedException.clashingServicesFiles(clashes.stream().map(Path::toString).toList(),
                    request.resourceDirectory().resolve(ServicesFiles.DIRECTORY));
        }
    }

    private void failOnHandEdits(Plan plan) throws GenerateFailedException {
        List<OwnedFile> blocking = plan.blockingEdits();
        if (blocking.isEmpty()) {
            return;
        }
        Set<OwnedFile> missing = new HashSet<>(plan.missing());
        List<String> details = blocking.stream().map(f -> request.outputDirectory().resolve(f.path()) + " (spec "
                + f.specId() + ") " + (missing.contains(f) ? "is missing" : "differs from the lock")).toList();
        Set<String> specs = new TreeSet<>(blocking.stream().map(OwnedFile::specId).toList());
        throw GenerateFailedException.handEdits(List.copyOf(specs), details);
    }

    /**
     * Files in the output directory that no lock entry owns: compiled, but nobody regenerates or checks them.
     *
     * @return whether there were any
     */
    private boolean warnAboutUnownedFiles(Lock lock) {
        Path output = request.outputDirectory();
        if (!Files.isDirectory(output)) {
            return false;
        }
        Set<String> owned = new HashSet<>();
        lock.specs().values().forEach(entry -> owned.addAll(entry.files().keySet()));
        try (Stream<Path> files = Files.find(output, Integer.MAX_VALUE, (file, attributes) -> attributes.isRegularFile())) {
            List<String> unowned = files
                    .map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(path -> !owned.contains(path)).sorted().toList();
            if (!unowned.isEmpty()) {
                log.warn("Files in " + output + " that no spec owns (the lock lists none of them): " + unowned
                        + ". Move hand-written code to src/main/java; generated code belongs to a spec.");
            }
            return !unowned.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
