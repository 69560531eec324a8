package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.compile.CompileError;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.feedback.FeedbackTargets;
import io.github.darkfactory.factory.generate.lock.HoldoutBudget;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.loop.CheckWarmUp;
import io.github.darkfactory.factory.generate.loop.HoldoutFailures;
import io.github.darkfactory.factory.generate.loop.PromptBuilder;
import io.github.darkfactory.factory.generate.loop.SpecGenerator;
import io.github.darkfactory.factory.generate.loop.SpecJob;
import io.github.darkfactory.factory.generate.loop.SpecResult;
import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.plan.Plan;
import io.github.darkfactory.factory.generate.plan.Planner;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.generate.write.Transaction;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of the generate goal after the specs are loaded: checks that need no model (first, so CI
 * fails fast and cheaply), plan, refuse or generate, one joint compile, commit, summary.
 */
public final class Generation {

    private final GenerateRequest request;
    private final LockPreload lockPreload;
    private final FactoryLog log;
    private final PreflightChecks checks;
    private final OutputFiles output;

    /** @param lockPreload the lock of {@code request.lockFile()}, already asked by the spec loader */
    public Generation(GenerateRequest request, LockPreload lockPreload, FactoryLog log, Interruption interruption) {
        this.request = request;
        this.lockPreload = lockPreload;
        this.log = log;
        this.checks = new PreflightChecks(request, log);
        this.output = new OutputFiles(request, interruption);
    }

    /** Repairs an interrupted commit of an earlier run; the adapter calls it before anything else. */
    public static Transaction.Recovery recover(Path lockFile, FactoryLog log) {
        return new Transaction(GenerateRequest.journalDirectory(lockFile), Interruption.NONE).recover(log);
    }

    public GenerateSummary run() throws GenerateFailedException {
        Lock lock = checks.readLock(lockPreload);
        Set<String> forced = checks.forcedIds();
        FeedbackTargets feedback = checks.feedback();
        Plan plan = Planner.plan(request.specs(), lock, spec -> lockPreload.inputHash(spec, request.specs()),
                output::diskHash, forced, feedback == null ? Set.of() : feedback.specIds(), request.generatedThisSession());
        boolean clean = checks.check(lock, plan);
        checks.holdoutBudget(lock, plan, feedback);
        if (plan.stale().isEmpty()) {
            return finishWithoutModel(lock, plan, clean);
        }
        if (!request.modelAccess().isAllowed()) {
            throw GenerateFailedException.modelRefused(plan.stale(), request.modelAccess().refusal(), request.lockFile());
        }
        return generate(lock, plan, feedback);
    }

    private GenerateSummary finishWithoutModel(Lock lock, Plan plan, boolean clean) {
        // rebuilt even without orphans: the services section is derived from the entries, never trusted as read
        Lock next = lock.with(Map.of(), plan.orphans());
        if (!plan.orphans().isEmpty()) {
            log.info("Removing the generated files of deleted spec(s) " + plan.orphans());
        }
        if (output.lockExists()) {
            output.commit(lock, next, Map.of(), new TreeSet<>(plan.orphans()));
        }
        GenerateSummary summary = GenerateSummary.upToDate(plan.upToDate());
        log.info(summary.render());
        if (clean && summary.nothingToDo(request.specs().specs().size())) {
            stampUpToDate(summary.upToDate());
        }
        return summary;
    }

    /** Lets the next build skip a check that found everything up to date and warned about nothing. */
    private void stampUpToDate(List<String> upToDate) {
        UpToDateStamp stamp = request.upToDateStamp();
        if (stamp == null) {
            return;
        }
        try {
            if (!stamp.record(upToDate, stamp.checkStart())) {
                log.debug("No up-to-date stamp: some inputs changed moments before this check");
            }
        } catch (IOException e) {
            // not worth failing a build over: without a stamp the next build checks in full
            log.debug("No up-to-date stamp: " + e.getMessage());
        }
    }

    private GenerateSummary generate(Lock lock, Plan plan, FeedbackTargets feedback) throws GenerateFailedException {
        // javac file managers shared by the checks and the joint compile, so the classpath jars are opened
        // once per thread rather than once per compile; closed with the run, so no jar stays open after it
        try (FileManagerPool fileManagers = new FileManagerPool()) {
            return generate(lock, plan, fileManagers, feedback == null ? Map.of() : holdoutFailures(lock, plan, feedback));
        }
    }

    private GenerateSummary generate(Lock lock, Plan plan, FileManagerPool fileManagers,
                                     Map<String, HoldoutFailures> holdout) throws GenerateFailedException {
        Set<String> ids = plan.staleIds();
        plan.stale().forEach(s -> log.info("[" + s.specId() + "] stale: " + s.reason().text()));
        holdout.forEach((id, failures) -> log.info("[" + id + "] holdout feedback: " + failures.requirements().stream()
                .map(Requirement::id).toList() + " (holdout round " + HoldoutBudget.roundsAfter(lock.entry(id),
                plan.inputHashes().get(id), true) + " of at most " + request.maxHoldoutRounds() + " for this spec)"));
        Map<String, SpecResult> converged = new ConcurrentHashMap<>();
        // started before the model client, so that both the client's set-up and the first requests overlap it
        CheckWarmUp warmUp = CheckWarmUp.start(job(request.specs().find(ids.iterator().next()).orElseThrow(),
                lock, ids, converged, holdout), log, fileManagers);
        CodeModel model = request.modelAccess().factory().get();
        log.info("Generating " + ids.size() + " spec(s) with " + model.provider() + " " + model.name()
                + " (parallelism " + request.parallelism() + ", at most " + request.maxIterations() + " iterations each)");
        SpecGenerator generator = new SpecGenerator(model, log, warmUp, fileManagers);
        Map<String, SpecOutcome> outcomes = new SpecScheduler(request.parallelism(), log)
                .run(request.specs(), ids, spec -> {
                    SpecResult result = generator.generate(job(spec, lock, ids, converged, holdout));
                    if (result.converged()) {
                        converged.put(spec.id(), result);
                    }
                    return result;
                });
        warmUp.stop();

        Map<String, LockEntry> replaced = new TreeMap<>();
        converged.forEach((id, result) -> replaced.put(id, entry(plan.inputHashes().get(id), model, result,
                HoldoutBudget.roundsAfter(lock.entry(id), plan.inputHashes().get(id), holdout.containsKey(id)))));
        Lock next = lock.with(replaced, plan.orphans());
        failOnServiceConflicts(next);
        Map<String, byte[]> newFiles = new TreeMap<>();
        converged.values().forEach(r -> r.files().forEach((path, content) ->
                newFiles.put(path, content.getBytes(StandardCharsets.UTF_8))));
        if (!converged.isEmpty()) {
            compileWholeOutput(next, newFiles, fileManagers);
        }
        Set<String> replacedOrRemoved = new TreeSet<>(converged.keySet());
        replacedOrRemoved.addAll(plan.orphans());
        // a first generate where no spec converged wrote nothing: it must not leave an empty lock behind
        if (output.lockExists() || !replacedOrRemoved.isEmpty()) {
            output.commit(lock, next, newFiles, replacedOrRemoved);
        }
        request.generatedThisSession().addAll(converged.keySet());

        List<SpecOutcome> notGenerated = outcomes.values().stream()
                .filter(o -> !(o instanceof SpecOutcome.Converged)).toList();
        GenerateSummary summary = summary(plan, outcomes.values(), notGenerated);
        log.info(summary.render());
        if (!notGenerated.isEmpty()) {
            throw GenerateFailedException.notConverged(notGenerated, converged.size(), request.transcriptsDirectory());
        }
        return summary;
    }

    /** Per stale spec with feedback: its failed requirements and its current files, the code they failed against. */
    private Map<String, HoldoutFailures> holdoutFailures(Lock lock, Plan plan, FeedbackTargets feedback) {
        Map<String, HoldoutFailures> failures = new TreeMap<>();
        for (String id : plan.staleIds()) {
            if (feedback.specIds().contains(id)) {
                Map<String, String> files = new TreeMap<>();
                LockEntry entry = lock.entry(id);
                if (entry != null) {
                    entry.files().keySet().stream().filter(path -> output.diskHash(path) != null)
                            .forEach(path -> files.put(path, output.read(path)));
                }
                failures.put(id, new HoldoutFailures(feedback.of(id), files));
            }
        }
        return failures;
    }

    private SpecJob job(Spec spec, Lock lock, Set<String> beingGenerated, Map<String, SpecResult> converged,
                        Map<String, HoldoutFailures> holdout) {
        Map<String, String> otherCode = new TreeMap<>();
        for (Spec other : request.specs().specs()) {
            if (other.id().equals(spec.id())) {
                continue;
            }
            SpecResult fresh = converged.get(other.id());
            if (fresh != null) {
                otherCode.putAll(fresh.files());
            } else if (!beingGenerated.contains(other.id()) && lock.entry(other.id()) != null) {
                // a spec still in flight (or failed) has no code the others may rely on
                lock.entry(other.id()).files().keySet().forEach(path -> otherCode.put(path, output.read(path)));
            }
        }
        List<String> specPackages = request.specs().specs().stream().map(Spec::packageName).toList();
        return new SpecJob(spec, request.specs(), request.agentsMd(), request.compileInputs(), otherCode,
                request.layers(), specPackages,
                request.maxIterations(), request.transcriptsDirectory(),
                request.teamRules(), holdout.getOrDefault(spec.id(), HoldoutFailures.NONE), request.productTests());
    }

    private static LockEntry entry(String inputHash, CodeModel model, SpecResult result, int holdoutRounds) {
        Map<String, String> files = new TreeMap<>();
        result.files().forEach((path, content) -> files.put(path, Sha256.hex(content.getBytes(StandardCharsets.UTF_8))));
        return new LockEntry(inputHash, new LockEntry.ModelRef(model.provider(), model.name()),
                String.valueOf(PromptBuilder.PROMPT_VERSION), result.iterations(),
                new LockEntry.Tokens(result.inputTokens(), result.outputTokens()), holdoutRounds, files,
                result.serviceProviders());
    }

    /**
     * The output as it will be after the commit, compiled once together: specs that compile one by
     * one may still clash (docs/generation-loop.md).
     */
    private void compileWholeOutput(Lock next, Map<String, byte[]> newFiles, FileManagerPool fileManagers)
            throws GenerateFailedException {
        Map<String, String> sources = new TreeMap<>();
        next.specs().values().forEach(entry -> entry.files().keySet().forEach(path -> sources.put(path,
                newFiles.containsKey(path) ? new String(newFiles.get(path), StandardCharsets.UTF_8) : output.read(path))));
        log.info("Compiling the whole generated output (" + sources.size() + " file(s)) together");
        CompileResult result = JavaCompilation.compile(sources, Map.of(), request.compileInputs(), fileManagers);
        if (!result.errors().isEmpty()) {
            throw GenerateFailedException.jointCompileFailed(result.errors().stream().map(CompileError::render).toList());
        }
    }

    private void failOnServiceConflicts(Lock next) throws GenerateFailedException {
        List<ServicesFiles.Conflict> conflicts = ServicesFiles.conflicts(next.specs());
        if (!conflicts.isEmpty()) {
            throw GenerateFailedException.serviceConflicts(conflicts.stream().map(ServicesFiles.Conflict::render).toList());
        }
    }

    private static GenerateSummary summary(Plan plan, Collection<SpecOutcome> outcomes,
                                           List<SpecOutcome> notGenerated) {
        List<String> generated = outcomes.stream().filter(o -> o instanceof SpecOutcome.Converged)
                .map(SpecOutcome::specId).toList();
        List<SpecResult> results = outcomes.stream().map(SpecOutcome::result).filter(Objects::nonNull).toList();
        return new GenerateSummary(plan.upToDate(), generated, notGenerated.stream().map(SpecOutcome::specId).toList(),
                results.stream().mapToInt(SpecResult::iterations).sum(),
                results.stream().mapToLong(SpecResult::inputTokens).sum(),
                results.stream().mapToLong(SpecResult::outputTokens).sum());
    }
}
