package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ForkClasspath;
import io.github.darkfactory.factory.scenarios.PinnedTwins;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.strength.StrengthFailure.Reason;
import io.github.darkfactory.factory.twins.RunningTwins;
import io.github.darkfactory.factory.twins.Twin;
import io.github.darkfactory.factory.twins.TwinFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The strength gate: mutate each spec's generated classes with PIT, run only the scenarios tagged
 * with that spec's requirements against each mutant, and judge every requirement by the mutants its
 * passing scenarios kill (docs/goals/strength.md). Measures only evidence this build has checked.
 */
public final class Strength {

    static final String DIRECTORY = "strength";
    static final String TWINS_DIRECTORY = "twins";
    private static final String INPUTS_FILE = "inputs.sha256";
    private static final int OUTPUT_TAIL_LINES = 30;
    /** PIT's statuses of a mutant detected because the scenario never finished normally, and what happened. */
    private static final Map<String, String> ENDED_THE_RUN = Map.of(
            "TIMED_OUT", "made a scenario hang past PIT's timeout",
            "MEMORY_ERROR", "made a scenario run out of memory",
            "RUN_ERROR", "ended the scenario's JVM (System.exit or a crash)");

    private Strength() {
    }

    /** Whether the scenarios ran earlier in this build (passed or not): without them there is nothing to measure. */
    public static boolean scenariosRanInThisBuild(Path factoryDirectory, Instant buildStart) throws IOException {
        return ScenarioEvidence.ofThisBuild(factoryDirectory, buildStart).isPresent();
    }

    /** @return empty when there was nothing to measure (said in the log) */
    public static Optional<StrengthReport> run(StrengthRequest request, FactoryLog log)
            throws StrengthFailure, TwinFailure, IOException, InterruptedException {
        Optional<ScenarioEvidence> found = ScenarioEvidence.ofThisBuild(request.factoryDirectory(), request.buildStart());
        if (found.isEmpty() || !found.get().passed()) {
            log.info("The scenarios " + (found.isEmpty() ? "did not run" : "did not pass") + " in this build:"
                    + " strength measures only evidence that passed in the same build; nothing to do");
            return Optional.empty();
        }
        if (request.classesBySpec().values().stream().allMatch(List::isEmpty)) {
            log.info("No generated classes in the lock: nothing to mutate");
            return Optional.empty();
        }
        ScenarioEvidence evidence = found.get();
        String sha256 = Sha256.of(request.scenarioJar());
        if (!sha256.equals(evidence.sha256())) {
            throw new StrengthFailure(Reason.DIGEST_CHANGED, "The scenario jar " + request.scenarioJar()
                    + " is not the one the scenarios ran in this build", List.of("  ran:    " + evidence.sha256(),
                    "  now:    " + sha256));
        }
        Path directory = request.factoryDirectory().resolve(DIRECTORY);
        Path scenarioClasses = directory.resolve("scenario-classes");
        ScenarioClasses.unpack(request.scenarioJar(), sha256, scenarioClasses);
        List<String> testGlobs = ScenarioClasses.testGlobs(scenarioClasses);
        List<Path> testClasspath = ForkClasspath.build(request.classesDirectory(), scenarioClasses,
                request.projectDependencies(), request.scenarioGraph(), request.launcher());

        Map<String, List<String>> measured = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> spec : request.classesBySpec().entrySet()) {
            measurable(request, spec.getKey(), spec.getValue(), evidence, log).ifPresent(c -> measured.put(spec.getKey(), c));
        }
        Map<String, List<Mutant>> mutantsBySpec = new LinkedHashMap<>();
        boolean reused = false;
        if (!measured.isEmpty()) {
            PitRun.Spec run = run(request, measured, directory.resolve("run"), testGlobs, testClasspath);
            Path inputsFile = run.directory().resolve(INPUTS_FILE);
            Path mutations = run.directory().resolve(PitRun.REPORT_DIRECTORY).resolve(MutationsXml.FILE);
            String inputs = inputsDigest(request, run, sha256);
            reused = Files.isRegularFile(inputsFile) && Files.isRegularFile(mutations)
                    && Files.readString(inputsFile, StandardCharsets.UTF_8).equals(inputs);
            List<Mutant> mutants = reused ? MutationsXml.read(mutations) : mutate(request, run, inputs, log);
            if (reused) {
                log.info("Classes and scenarios unchanged since the last run: the mutants are reused");
            }
            measured.keySet().forEach(spec -> mutantsBySpec.put(spec, ofSpec(mutants, measured.get(spec))));
        }
        StrengthReport report = judge(request, evidence, mutantsBySpec, reused);
        StrengthFiles.write(report, request.factoryDirectory());
        logSummary(report, log);
        StrengthGate.check(report, log);
        return Optional.of(report);
    }

    /** The spec's compiled classes, or empty (said in the log) when there is nothing to measure. */
    private static Optional<List<String>> measurable(StrengthRequest request, String spec, List<String> classes,
                                                     ScenarioEvidence evidence, FactoryLog log) {
        List<String> requirementIds = requirementIds(request, spec);
        List<String> present = classes.stream().filter(c -> ScenarioClasses.anyClass(request.classesDirectory(), c)).toList();
        if (requirementIds.isEmpty()) {
            log.info("Spec " + spec + " has no requirements: no scenario measures its classes");
            return Optional.empty();
        }
        if (present.isEmpty()) {
            log.info("Spec " + spec + ": none of its generated classes is compiled: nothing to mutate");
            return Optional.empty();
        }
        if (requirementIds.stream().allMatch(id -> evidence.taggedWith(id).stream().noneMatch(ScenarioEvidence.Scenario::passed))) {
            log.warn("Spec " + spec + ": no scenario tagged with its requirements passed (all skipped?): its strength"
                    + " is not measured");
            return Optional.empty();
        }
        return Optional.of(present);
    }

    private static List<String> requirementIds(StrengthRequest request, String spec) {
        return request.requirements().stream().filter(r -> r.specId().equals(spec)).map(Requirement::id).toList();
    }

    /**
     * One PIT run for every measured spec: their classes, and the scenarios tagged with one of their
     * requirements. PIT's full matrix records every scenario that kills each mutant, so a requirement
     * is judged by its own scenarios on its own spec's mutants as if each spec ran alone, at the cost
     * of one JVM and one coverage pass instead of one per spec (docs/goals/strength.md).
     */
    private static PitRun.Spec run(StrengthRequest request, Map<String, List<String>> measured, Path directory,
                                   List<String> testGlobs, List<Path> testClasspath) {
        List<String> targets = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        measured.forEach((spec, classes) -> {
            classes.forEach(c -> {
                targets.add(c);
                targets.add(c + "$*");
            });
            groups.addAll(requirementIds(request, spec));
        });
        return new PitRun.Spec(directory, targets, testGlobs, groups, testClasspath);
    }

    /** The mutants of these classes and their nested classes. */
    private static List<Mutant> ofSpec(List<Mutant> mutants, List<String> classes) {
        return mutants.stream().filter(m -> {
            int nested = m.className().indexOf('$');
            return classes.contains(nested < 0 ? m.className() : m.className().substring(0, nested));
        }).toList();
    }

    private static List<Mutant> mutate(StrengthRequest request, PitRun.Spec run, String inputs, FactoryLog log)
            throws IOException, InterruptedException, StrengthFailure, TwinFailure {
        Path inputsFile = run.directory().resolve(INPUTS_FILE);
        Files.createDirectories(run.directory());
        Files.deleteIfExists(inputsFile);
        log.info("Mutating " + run.targetClasses().size() / 2 + " generated class(es) with PIT, " + request.threads()
                + " thread(s), against the scenarios tagged " + String.join(", ", run.groups()));
        PitRun.Outcome outcome = runWithTwins(request, run, log);
        if (outcome.timedOut()) {
            throw new StrengthFailure(Reason.TIMED_OUT, "The mutation JVM did not finish within "
                    + request.timeoutSeconds() + " s and was killed, with the JVMs it started", outputTail(outcome.output()));
        }
        if (outcome.exitCode() != 0 || !Files.isRegularFile(outcome.mutationsXml())) {
            throw new StrengthFailure(Reason.PIT_FAILED, "PIT could not measure the generated classes (exit code "
                    + outcome.exitCode() + "); its output is in " + outcome.output(), outputTail(outcome.output()));
        }
        List<Mutant> mutants = MutationsXml.read(outcome.mutationsXml());
        AtomicFiles.write(inputsFile, inputs);
        return mutants;
    }

    /**
     * PIT's run with the scenarios' twins serving its test JVMs, started as for the scenario run and
     * stopped on every way out; their own directory, so the scenario run's journals stay as they were.
     */
    private static PitRun.Outcome runWithTwins(StrengthRequest request, PitRun.Spec run, FactoryLog log)
            throws IOException, InterruptedException, TwinFailure {
        if (request.twins().twins().isEmpty()) {
            return PitRun.run(request, run, Map.of(), Map.of());
        }
        Path directory = request.factoryDirectory().resolve(DIRECTORY).resolve(TWINS_DIRECTORY);
        FileTrees.deleteRecursively(directory);
        try (RunningTwins twins = PinnedTwins.start(request.twins(), request.allowUnpinned(), request.javaExecutable(),
                request.factoryDirectory(), directory, log)) {
            return PitRun.run(request, run, twins.systemProperties(), twins.environment());
        }
    }

    /** Everything a PIT run's result depends on; the same digest means the same mutants and kills. */
    static String inputsDigest(StrengthRequest request, PitRun.Spec run, String scenarioSha256) throws IOException {
        MessageDigest digest = Sha256.digest();
        List<String> lines = new ArrayList<>(List.of(scenarioSha256, String.join(",", PitRun.MUTATORS)));
        lines.addAll(run.targetClasses());
        lines.addAll(run.groups());
        request.pitClasspath().forEach(p -> lines.add(p.toString()));
        lines.add(String.valueOf(request.argLine()));
        for (Twin twin : request.twins().twins()) {
            lines.add(twin.name() + " " + twin.coordinates() + " " + Sha256.of(twin.jar()));
        }
        for (Path entry : run.testClasspath()) {
            lines.add(entry + (Files.isRegularFile(entry) ? " " + Files.size(entry) + " "
                    + Files.getLastModifiedTime(entry).toMillis() : ""));
        }
        digest.update(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        ScenarioClasses.digestTree(request.classesDirectory(), digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static StrengthReport judge(StrengthRequest request, ScenarioEvidence evidence,
                                        Map<String, List<Mutant>> mutantsBySpec, boolean reused) {
        List<RequirementStrength> judged = new ArrayList<>();
        for (Requirement requirement : request.requirements()) {
            List<String> passing = evidence.taggedWith(requirement.id()).stream()
                    .filter(ScenarioEvidence.Scenario::passed).map(ScenarioEvidence.Scenario::id).toList();
            judged.add(RequirementStrength.judge(requirement.id(), requirement.specId(), requirement.text(), passing,
                    mutantsBySpec.getOrDefault(requirement.specId(), List.of()), request.minStrength()));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        evidence.scenarios().forEach(s -> labels.put(s.id(), s.label()));
        return new StrengthReport(PitRun.MUTATORS, request.minStrength(), judged, mutantsBySpec, reused,
                request.failOnVacuous(), labels);
    }

    private static void logSummary(StrengthReport report, FactoryLog log) {
        for (RequirementStrength r : report.requirements()) {
            String figures = switch (r.status()) {
                case NO_PASSING_SCENARIO -> "no passing scenario: not measured";
                case NO_MUTANTS -> "no mutant in its spec's classes: not measured";
                default -> RequirementStrength.figures(r) + (r.status() == RequirementStrength.Status.MEASURED ? ""
                        : " — " + r.status());
            };
            log.info("Strength " + r.id() + " (" + r.spec() + "): " + figures);
        }
        log.info(String.format(Locale.ROOT, "Strength of all requirements, each mutant counted once: %d mutants, %d killed"
                        + " by some scenario, %d survived every scenario (%d run by none); %d vacuous, %d below minimum",
                report.mutantCount(), report.killedCount(), report.survivedCount(), report.uncoveredCount(),
                report.withStatus(RequirementStrength.Status.VACUOUS).size(),
                report.withStatus(RequirementStrength.Status.BELOW_MINIMUM).size()));
        Map<String, Long> ended = new TreeMap<>();
        report.mutantsBySpec().values().stream().flatMap(List::stream).filter(m -> ENDED_THE_RUN.containsKey(m.status()))
                .forEach(m -> ended.merge(m.status(), 1L, Long::sum));
        if (!ended.isEmpty()) {
            List<String> parts = new ArrayList<>();
            ended.forEach((status, count) -> parts.add(count + " " + ENDED_THE_RUN.get(status) + " (" + status + ")"));
            log.info("Counted as killed: " + String.join(", ", parts) + "; PIT went on with a new test JVM after each");
        }
    }

    static List<String> outputTail(Path output) throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
        List<String> tail = new ArrayList<>();
        tail.add("  last lines of the mutation JVM's output:");
        lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()).forEach(l -> tail.add("  | " + l));
        return lines.isEmpty() ? List.of() : tail;
    }
}
