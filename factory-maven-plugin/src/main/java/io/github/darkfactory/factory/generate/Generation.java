package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.compile.CompileError;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.generate.loop.CheckWarmUp;
import io.github.darkfactory.factory.generate.loop.PromptBuilder;
import io.github.darkfactory.factory.generate.loop.SpecGenerator;
import io.github.darkfactory.factory.generate.loop.SpecJob;
import io.github.darkfactory.factory.generate.loop.SpecResult;
import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.plan.OwnedFile;
import io.github.darkfactory.factory.generate.plan.Plan;
import io.github.darkfactory.factory.generate.plan.Planner;
import io.github.darkfactory.factory.generate.plan.StaleSpec;
import io.github.darkfactory.factory.generate.services.ServicesFiles;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.generate.write.Transaction;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One run of the generate goal after the specs are loaded: plan, refuse or generate, one joint
 * compile, commit, summary. Checks that need no model come first, so CI fails fast and cheaply.
 */
public final class Generation {

    private final GenerateRequest request;
    private final LockAhead lockAhead;
    private final FactoryLog log;
    private final Interruption interruption;

    public Generation(GenerateRequest request, FactoryLog log, Interruption interruption) {
        this(request, LockAhead.readOnDemand(request.lockFile()), log, interruption);
    }

    /** @param lockAhead the lock of {@code request.lockFile()}, already asked by the spec loader */
    public Generation(GenerateRequest request, LockAhead lockAhead, FactoryLog log, Interruption interruption) {
        this.request = request;
        this.lockAhead = lockAhead;
        this.log = log;
        this.interruption = interruption;
    }

    /** Repairs an interrupted commit of an earlier run; the adapter calls it before anything else. */
    public static Transaction.Recovery recover(Path lockFile, FactoryLog log) {
        return new Transaction(GenerateRequest.journalDirectory(lockFile), Interruption.NONE).recover(log);
    }

    public GenerateSummary run() throws GenerateFailedException {
        Lock lock = readLock();
        Set<String> forced = forcedIds();
        Plan plan = Planner.plan(request.specs(), lock, spec -> lockAhead.inputHash(spec, request.specs()), this::diskHash,
                forced, request.generatedThisSession());
        failOnClashingServices(lock);
        failOnHandEdits(plan);
        warnAboutUnownedFiles(lock);
        if (!plan.orphans().isEmpty() && !request.commandLine()) {
            throw new GenerateFailedException("The lock file has entries for spec(s) that no longer exist: "
                    + plan.orphans(), orphanDetails(lock, plan),
                    "Run `mvn factory:generate` to remove them and their generated files, or restore the deleted spec(s).");
        }
        if (plan.stale().isEmpty()) {
            return finishWithoutModel(lock, plan);
        }
        if (!request.modelAccess().isAllowed()) {
            throw refusal(plan);
        }
        return generate(lock, plan);
    }

    private GenerateSummary finishWithoutModel(Lock lock, Plan plan) {
        // rebuilt even without orphans: the services section is derived from the entries, never trusted as read
        Lock next = lock.with(Map.of(), plan.orphans());
        if (!plan.orphans().isEmpty()) {
            log.info("Removing the generated files of deleted spec(s) " + plan.orphans());
        }
        // without a lock nothing was ever generated: a build must not create an empty lock
        if (Files.isRegularFile(request.lockFile())) {
            commit(lock, next, Map.of(), new TreeSet<>(plan.orphans()));
        }
        GenerateSummary summary = new GenerateSummary(plan.upToDate(), List.of(), List.of(), 0, 0, 0);
        log.info(summary.render());
        return summary;
    }

    private GenerateSummary generate(Lock lock, Plan plan) throws GenerateFailedException {
        // javac file managers shared by the checks and the joint compile, so the classpath jars are opened
        // once per thread rather than once per compile; closed with the run, so no jar stays open after it
        try (FileManagerPool fileManagers = new FileManagerPool()) {
            return generate(lock, plan, fileManagers);
        }
    }

    private GenerateSummary generate(Lock lock, Plan plan, FileManagerPool fileManagers) throws GenerateFailedException {
        Set<String> ids = plan.staleIds();
        plan.stale().forEach(s -> log.info("[" + s.specId() + "] stale: " + s.reason()));
        Map<String, SpecResult> converged = new ConcurrentHashMap<>();
        // started before the model client, so that both the client's set-up and the first requests overlap it
        CheckWarmUp warmUp = CheckWarmUp.start(job(request.specs().find(ids.iterator().next()).orElseThrow(),
                lock, ids, converged), log, fileManagers);
        CodeModel model = request.modelAccess().factory().get();
        log.info("Generating " + ids.size() + " spec(s) with " + model.provider() + " " + model.name()
                + " (parallelism " + request.parallelism() + ", at most " + request.maxIterations() + " iterations each)");
        SpecGenerator generator = new SpecGenerator(model, log, warmUp, fileManagers);
        Map<String, SpecScheduler.Outcome> outcomes = new SpecScheduler(request.parallelism(), log)
                .run(request.specs(), ids, spec -> {
                    SpecResult result = generator.generate(job(spec, lock, ids, converged));
                    if (result.converged()) {
                        converged.put(spec.id(), result);
                    }
                    return result;
                });
        warmUp.stop();

        Map<String, LockEntry> replaced = new TreeMap<>();
        converged.forEach((id, result) -> replaced.put(id, entry(plan.inputHashes().get(id), model, result)));
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
        if (Files.isRegularFile(request.lockFile()) || !replacedOrRemoved.isEmpty()) {
            commit(lock, next, newFiles, replacedOrRemoved);
        }
        request.generatedThisSession().addAll(converged.keySet());

        List<String> failed = outcomes.values().stream().filter(o -> !o.converged())
                .map(SpecScheduler.Outcome::specId).toList();
        GenerateSummary summary = summary(plan, outcomes, failed);
        log.info(summary.render());
        if (!failed.isEmpty()) {
            throw new GenerateFailedException(failed.size() + " spec(s) were not generated: " + failed
                    + " (their previous files and lock entries are unchanged; " + converged.size()
                    + " other spec(s) were written)", failureDetails(outcomes),
                    "Read the transcripts in " + request.transcriptsDirectory() + "/<spec>/, then make the spec or its"
                            + " contracts clearer, or allow more attempts with -Dfactory.maxIterations=<n>.");
        }
        return summary;
    }

    private SpecJob job(Spec spec, Lock lock, Set<String> beingGenerated, Map<String, SpecResult> converged) {
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
                lock.entry(other.id()).files().keySet().forEach(path -> otherCode.put(path, readOutput(path)));
            }
        }
        List<String> specPackages = request.specs().specs().stream().map(Spec::packageName).toList();
        return new SpecJob(spec, request.specs(), request.agentsMd(), request.compileInputs(), otherCode,
                request.layers(), specPackages,
                request.maxIterations(), request.transcriptsDirectory());
    }

    private static LockEntry entry(String inputHash, CodeModel model, SpecResult result) {
        Map<String, String> files = new TreeMap<>();
        result.files().forEach((path, content) -> files.put(path, Sha256.hex(content.getBytes(StandardCharsets.UTF_8))));
        return new LockEntry(inputHash, new LockEntry.ModelRef(model.provider(), model.name()),
                String.valueOf(PromptBuilder.PROMPT_VERSION), result.iterations(),
                new LockEntry.Tokens(result.inputTokens(), result.outputTokens()), files, result.serviceProviders());
    }

    /** The output as it will be after the commit, compiled once together (CONTRACT §4.4, last sentence). */
    private void compileWholeOutput(Lock next, Map<String, byte[]> newFiles, FileManagerPool fileManagers)
            throws GenerateFailedException {
        Map<String, String> sources = new TreeMap<>();
        next.specs().values().forEach(entry -> entry.files().keySet().forEach(path -> sources.put(path,
                newFiles.containsKey(path) ? new String(newFiles.get(path), StandardCharsets.UTF_8) : readOutput(path))));
        log.info("Compiling the whole generated output (" + sources.size() + " file(s)) together");
        CompileResult result = JavaCompilation.compile(sources, Map.of(), request.compileInputs(), fileManagers);
        if (!result.errors().isEmpty()) {
            throw new GenerateFailedException("The generated specs compile one by one but not together; nothing was"
                    + " written", result.errors().stream().map(CompileError::render).toList(),
                    "Regenerate the specs named in these errors together: mvn factory:generate -Dfactory.regenerate=<ids>.");
        }
    }

    /** Writes changed files, deletes files no spec owns any more, rebuilds services, then the lock. */
    private void commit(Lock before, Lock after, Map<String, byte[]> newFiles, Set<String> replacedOrRemoved) {
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        newFiles.forEach((path, bytes) -> writes.put(request.outputDirectory().resolve(path), bytes));
        Set<Path> deletes = new TreeSet<>();
        for (String id : replacedOrRemoved) {
            LockEntry old = before.entry(id);
            LockEntry now = after.entry(id);
            if (old != null) {
                old.files().keySet().stream().filter(p -> now == null || !now.files().containsKey(p))
                        .forEach(p -> deletes.add(request.outputDirectory().resolve(p)));
            }
        }
        writes.putAll(ServicesFiles.files(after, request.resourceDirectory()));
        deletes.addAll(ServicesFiles.obsolete(after, request.resourceDirectory()));
        // an unchanged lock keeps its bytes, even if someone reformatted it
        byte[] lockBytes = after.equals(before) ? currentLockBytes(after) : LockFile.render(after);
        new Transaction(GenerateRequest.journalDirectory(request.lockFile()), interruption)
                .commit(writes, deletes, request.lockFile(), lockBytes);
    }

    private byte[] currentLockBytes(Lock lock) {
        try {
            return Files.isRegularFile(request.lockFile()) ? Files.readAllBytes(request.lockFile()) : LockFile.render(lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Lock readLock() throws GenerateFailedException {
        try {
            return lockAhead.lock();
        } catch (LockFile.InvalidLockException e) {
            throw new GenerateFailedException("The lock file cannot be read: " + e.getMessage(), List.of(),
                    "Restore it from version control (git checkout -- " + request.lockFile().getFileName()
                            + "), or delete it and run `mvn factory:generate -Dfactory.regenerate=all`.");
        }
    }

    private Set<String> forcedIds() throws GenerateFailedException {
        try {
            return Planner.parseRegenerate(request.regenerate(), request.specs());
        } catch (Planner.UnknownSpecIdsException e) {
            throw new GenerateFailedException("factory.regenerate names unknown spec id(s): " + e.unknown(),
                    List.of("known spec ids: " + e.known()),
                    "Use ids from that list, comma-separated, or `all`: -Dfactory.regenerate=" + String.join(",", e.known()));
        }
    }

    private void failOnClashingServices(Lock lock) throws GenerateFailedException {
        List<Path> clashes = ServicesFiles.clashes(lock, request.mainResourcesDirectory());
        if (!clashes.isEmpty()) {
            throw new GenerateFailedException("Hand-written services files clash with the ones the plugin generates",
                    clashes.stream().map(Path::toString).toList(),
                    "Delete these files: the plugin registers generated providers in " + request.resourceDirectory()
                            .resolve(ServicesFiles.DIRECTORY) + ", and two files of one name would hide each other.");
        }
    }

    /** Files in the output directory that no lock entry owns: compiled, but nobody regenerates or checks them. */
    private void warnAboutUnownedFiles(Lock lock) {
        Path output = request.outputDirectory();
        if (!Files.isDirectory(output)) {
            return;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void failOnServiceConflicts(Lock next) throws GenerateFailedException {
        List<ServicesFiles.Conflict> conflicts = ServicesFiles.conflicts(next.specs());
        if (!conflicts.isEmpty()) {
            throw new GenerateFailedException("Two specs provide the same contract interface; nothing was written",
                    conflicts.stream().map(ServicesFiles.Conflict::render).toList(),
                    "Change the specs so each contract interface has one generated implementation, then generate again.");
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
        throw new GenerateFailedException("Generated files were changed by hand", details,
                "Generated code is owned by its spec: restore the files (git checkout -- <file>) and change the spec"
                        + " instead, or regenerate them (this replaces the edits): mvn factory:generate"
                        + " -Dfactory.regenerate=" + String.join(",", specs));
    }

    private GenerateFailedException refusal(Plan plan) {
        List<String> details = plan.stale().stream().map(s -> s.specId() + ": " + s.reason()).toList();
        String forcedOnly = String.join(",", plan.staleIds());
        return new GenerateFailedException(plan.stale().size() + " spec(s) are stale and no model may be called"
                + " here: " + request.modelAccess().refusal(), details,
                "Run `mvn factory:generate` (or `mvn factory:generate -Dfactory.regenerate=" + forcedOnly
                        + "`) where a model is configured, then commit " + request.lockFile().getFileName()
                        + " and the generated files.");
    }

    private List<String> orphanDetails(Lock lock, Plan plan) {
        List<String> details = new ArrayList<>();
        for (String id : plan.orphans()) {
            details.add(id + ": " + lock.entry(id).files().keySet());
        }
        return details;
    }

    private static List<String> failureDetails(Map<String, SpecScheduler.Outcome> outcomes) {
        List<String> details = new ArrayList<>();
        for (SpecScheduler.Outcome o : outcomes.values()) {
            if (o.converged()) {
                continue;
            }
            if (o.notAttemptedBecause() != null) {
                details.add(o.specId() + ": not attempted: " + o.notAttemptedBecause());
            } else if (o.failure() != null) {
                details.add(o.specId() + ": " + o.failure());
            } else {
                details.add(o.specId() + ": did not converge after " + o.result().iterations() + " iteration(s); last errors:"
                        + o.result().lastErrors().stream().map(e -> "\n      " + e).reduce("", String::concat));
            }
        }
        return details;
    }

    private static GenerateSummary summary(Plan plan, Map<String, SpecScheduler.Outcome> outcomes, List<String> failed) {
        List<String> generated = outcomes.values().stream().filter(SpecScheduler.Outcome::converged)
                .map(SpecScheduler.Outcome::specId).toList();
        int iterations = outcomes.values().stream().filter(o -> o.result() != null).mapToInt(o -> o.result().iterations()).sum();
        long in = outcomes.values().stream().filter(o -> o.result() != null).mapToLong(o -> o.result().inputTokens()).sum();
        long out = outcomes.values().stream().filter(o -> o.result() != null).mapToLong(o -> o.result().outputTokens()).sum();
        return new GenerateSummary(plan.upToDate(), generated, failed, iterations, in, out);
    }

    private String diskHash(String path) {
        Path file = request.outputDirectory().resolve(path);
        try {
            return Files.isRegularFile(file) ? Sha256.hex(Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readOutput(String path) {
        try {
            return Files.readString(request.outputDirectory().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
