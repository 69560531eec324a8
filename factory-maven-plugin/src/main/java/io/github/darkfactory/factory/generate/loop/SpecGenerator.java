package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.architecture.ArchitectureCheck;
import io.github.darkfactory.factory.architecture.ArchitectureInput;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.generate.compile.CompileError;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.model.ModelReply;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.rules.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One spec's loop: ask the model, check the answer (protocol, paths, compile, architecture, spec
 * boundaries, ServiceLoader providers, then the product's own tests), feed every problem back, until an answer passes, the model
 * repeats itself, or {@code maxIterations} answers were asked for. Writes nothing but transcripts;
 * the caller writes the files of a converged result. Thread-safe: every call keeps its own state.
 * A {@link io.github.darkfactory.factory.generate.model.ModelCallException} propagates.
 */
public final class SpecGenerator {

    static final String COMPILE_FIX = "fix the code so it compiles against the contracts; do not change contract types";
    static final String FOREIGN_COMPILE_FIX = "this file is not part of your answer and cannot change:"
            + " make your code compile with it as it is";

    private final CodeModel model;
    private final FactoryLog log;
    private final CheckWarmUp warmUp;
    private final FileManagerPool fileManagers;

    /** A generator whose compiles each open the classpath afresh. */
    public SpecGenerator(CodeModel model, FactoryLog log) {
        this(model, log, CheckWarmUp.NONE, null);
    }

    /**
     * @param warmUp       stopped when the first real check begins, so that it does not compete with it
     * @param fileManagers javac file managers to reuse between checks; the caller closes it after the run
     */
    public SpecGenerator(CodeModel model, FactoryLog log, CheckWarmUp warmUp, FileManagerPool fileManagers) {
        this.model = model;
        this.log = log;
        this.warmUp = warmUp;
        this.fileManagers = fileManagers;
    }

    public SpecResult generate(SpecJob job) {
        Spec spec = job.spec();
        Transcripts transcripts = Transcripts.reset(job.transcriptsDir(), spec.id());
        LoopTests productTests = LoopTests.of(job, log);
        String system = PromptBuilder.system(spec);
        Map<String, Attempt> answersSeen = new HashMap<>();
        Attempt previous = null;
        Map<String, String> accepted = Map.of();
        Map<String, String> providers = Map.of();
        long inputTokens = 0;
        long outputTokens = 0;
        long modelNanos = 0;
        for (int n = 1; n <= job.maxIterations(); n++) {
            String at = "[" + spec.id() + "] iteration " + n + "/" + job.maxIterations() + ": ";
            String user = PromptBuilder.user(job, previous);
            transcripts.prompt(n, system, user);
            log.debug(at + "asking " + model.provider() + " " + model.name());
            long asked = System.nanoTime();
            ModelReply reply = model.ask(system, user);
            modelNanos += System.nanoTime() - asked;
            String text = reply.text() == null ? "" : reply.text();
            inputTokens += reply.inputTokens();
            outputTokens += reply.outputTokens();
            transcripts.answer(n, text);

            Attempt earlier = answersSeen.get(normalised(text));
            if (earlier != null) {
                log.warn(at + "the model repeated its answer of iteration " + earlier.iteration() + " — giving up");
                List<String> errors = new ArrayList<>(render(earlier.problems()));
                errors.add("the model repeated its answer of iteration " + earlier.iteration());
                return new SpecResult(spec.id(), false, accepted, providers, n, inputTokens, outputTokens, errors,
                        modelNanos / 1_000_000);
            }
            warmUp.stop();
            Checked checked = check(job, text, fileManagers, productTests);
            Attempt attempt = new Attempt(n, checked.files(), checked.problems());
            answersSeen.put(normalised(text), attempt);
            accepted = checked.accepted();
            providers = checked.providers();
            if (checked.problems().isEmpty()) {
                log.info(at + "all checks passed (" + accepted.size() + (accepted.size() == 1 ? " file)" : " files)"));
                return new SpecResult(spec.id(), true, accepted, providers, n, inputTokens, outputTokens, List.of(),
                        modelNanos / 1_000_000);
            }
            log.info(at + summary(checked.problems()) + (n < job.maxIterations() ? " — asking again" : " — giving up"));
            checked.problems().stream().filter(p -> p.check() == LoopProblem.Check.TEST)
                    .forEach(p -> log.info(at + "failing test " + p.where()));
            previous = attempt;
        }
        return new SpecResult(spec.id(), false, accepted, providers, job.maxIterations(), inputTokens, outputTokens,
                render(previous.problems()), modelNanos / 1_000_000);
    }

    /** The files of one answer, which of them passed the path guard, and every problem found. */
    record Checked(List<AnswerFile> files, Map<String, String> accepted, Map<String, String> providers,
                   List<LoopProblem> problems) {
    }

    static Checked check(SpecJob job, String answer, FileManagerPool fileManagers) {
        return check(job, answer, fileManagers, null);
    }

    /** @param productTests the project's tests, run last, only on an answer that passed everything else; or null */
    static Checked check(SpecJob job, String answer, FileManagerPool fileManagers, LoopTests productTests) {
        ParsedAnswer parsed = AnswerParser.parse(answer);
        List<LoopProblem> problems = new ArrayList<>(parsed.problems());
        OutputPathGuard guard = new OutputPathGuard(job.spec(), job.specSet(), job.compileInputs().sourceRoots());
        Map<String, String> accepted = new TreeMap<>();
        for (AnswerFile file : parsed.files()) {
            guard.check(file).ifPresentOrElse(problems::add, () -> accepted.put(file.path(), file.content()));
        }
        Map<String, String> providers = Map.of();
        if (!accepted.isEmpty()) {
            // other specs' code only on the source path: read when the answer references it (rarely,
            // it may use other specs only through their contracts), so a check does not grow with the
            // number of specs; the joint compile at the end still compiles everything together
            CompileResult compiled = JavaCompilation.compile(accepted, othersCode(job), job.compileInputs(), fileManagers);
            problems.addAll(compileProblems(compiled.errors(), accepted));
            if (compiled.success()) {
                problems.addAll(classProblems(job, compiled, accepted));
                ServiceProviders services = ServiceProviders.of(compiled.types(), accepted.keySet(), job.specSet());
                problems.addAll(services.problems());
                providers = services.providers();
            }
            if (problems.isEmpty() && productTests != null) {
                problems.addAll(productTests.check(accepted, providers, fileManagers));
            }
        }
        return new Checked(parsed.files(), accepted, providers, problems);
    }

    /** The other specs' code, without anything under this spec's package (its own previous code). */
    private static Map<String, String> othersCode(SpecJob job) {
        String own = PromptBuilder.packageDirectory(job.spec());
        Map<String, String> others = new TreeMap<>(job.otherSpecsCode());
        others.keySet().removeIf(path -> path.startsWith(own));
        return others;
    }

    private static List<LoopProblem> compileProblems(List<CompileError> errors, Map<String, String> accepted) {
        List<LoopProblem> problems = new ArrayList<>();
        for (CompileError error : errors) {
            boolean ours = error.file() != null && accepted.containsKey(error.file());
            String message = error.message().strip().replaceAll("\\s*\\n\\s*", "; ");
            if (ours && error.line() > 0) {
                String code = sourceLine(accepted.get(error.file()), error.line());
                message = message + (code.isEmpty() ? "" : " (code: `" + code + "`)");
            }
            String where = error.file() == null ? "javac" : error.file() + ":" + error.line();
            problems.add(new LoopProblem(LoopProblem.Check.COMPILE, where, message, ours || error.file() == null ? COMPILE_FIX : FOREIGN_COMPILE_FIX));
        }
        return problems;
    }

    private static String sourceLine(String source, long line) {
        return source.lines().skip(line - 1).findFirst().orElse("").strip();
    }

    /**
     * Architecture rules and spec boundaries, on the class files of this spec's answer only, in one
     * import of them; the boundary problems after the architecture ones.
     */
    private static List<LoopProblem> classProblems(SpecJob job, CompileResult compiled, Map<String, String> accepted) {
        Path classRoot = null;
        try {
            classRoot = Files.createTempDirectory("factory-" + job.spec().id() + "-classes-");
            compiled.writeClasses(classRoot, c -> accepted.containsKey(c.sourceFile()));
            ArchitectureInput input = new ArchitectureInput(List.of(classRoot), job.layers(), job.specPackages(), Set.of(),
                    job.specSet().capabilityGrants(), job.teamRules());
            List<Violation> violations = ArchitectureCheck.run(input, List.of(SpecBoundaryRule.of(job.spec(), job.specSet())));
            List<LoopProblem> problems = new ArrayList<>();
            violations.stream().filter(v -> !v.ruleId().equals(SpecBoundaryRule.ID))
                    .forEach(v -> problems.add(new LoopProblem(LoopProblem.Check.ARCHITECTURE, v.location(),
                            "[" + v.ruleId() + "] " + v.description() + " — why: " + v.why(), v.fix())));
            violations.stream().filter(v -> v.ruleId().equals(SpecBoundaryRule.ID))
                    .forEach(v -> problems.add(new LoopProblem(LoopProblem.Check.BOUNDARY, v.location(), v.description(), v.fix())));
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the classes of spec '" + job.spec().id() + "' to a temporary directory", e);
        } finally {
            deleteQuietly(classRoot);
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try {
            FileTrees.deleteRecursively(root);
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless; failing the loop for it would not be.
        }
    }

    static String normalised(String answer) {
        return answer.strip().replaceAll("\\s+", " ");
    }

    private static List<String> render(List<LoopProblem> problems) {
        return problems.stream().map(LoopProblem::render).toList();
    }

    /** {@code 3 compile errors, 1 architecture violation}, in check order. */
    static String summary(List<LoopProblem> problems) {
        Map<LoopProblem.Check, Integer> counts = new EnumMap<>(LoopProblem.Check.class);
        problems.forEach(p -> counts.merge(p.check(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((check, count) -> parts.add(count + " " + check.noun() + (count == 1 ? "" : "s")));
        return String.join(", ", parts);
    }
}
