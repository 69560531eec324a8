package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.ClassFile;
import io.github.darkfactory.factory.generate.compile.CompileError;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.generate.compile.TopLevelType;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.TestClassRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The loop's last check of one spec: the product's own tests against the candidate
 * (docs/generation-loop.md, "The product's own tests"). The tests are compiled in memory together
 * with the candidate, the other specs' current code, {@code src/main/java} and the contracts; the
 * test classes whose class files reference the spec's package run in one forked JVM. What a check
 * needs that does not depend on the candidate (the sources read from disk, the fork's classpath,
 * the runner's classes) is prepared once per spec.
 */
final class LoopTests {

    private final SpecJob job;
    private final FactoryLog log;
    private final Map<String, String> mainSources;
    private final Map<String, String> testSources;
    private final Path directory;
    private final Path classes;
    private final List<Path> forkClasspath;
    private final CompileInputs compileInputs;

    private LoopTests(SpecJob job, FactoryLog log) throws IOException {
        this.job = job;
        this.log = log;
        ProductTests tests = job.productTests();
        this.mainSources = new TreeMap<>();
        for (Path root : job.compileInputs().sourceRoots()) {
            mainSources.putAll(readSources(root));
        }
        this.testSources = new TreeMap<>();
        for (Path root : tests.sourceRoots()) {
            testSources.putAll(readSources(root));
        }
        this.directory = tests.workDirectory().resolve(job.spec().id());
        this.classes = directory.resolve("classes");
        Path runner = TestClassRun.runnerDirectory(directory.resolve("runner"));
        List<Path> classpath = new ArrayList<>(List.of(classes, runner));
        tests.resourceRoots().stream().filter(Files::isDirectory).forEach(classpath::add);
        classpath.addAll(tests.classpath());
        classpath.addAll(tests.launcher());
        this.forkClasspath = List.copyOf(classpath);
        // everything is compiled as a unit (nothing on the source path), so that every class the
        // tests may reach at run time, by reference or through ServiceLoader, has a class file
        this.compileInputs = new CompileInputs(tests.classpath(), List.of(), job.compileInputs().release());
    }

    /** Null when the job has no product tests to run. */
    static LoopTests of(SpecJob job, FactoryLog log) {
        if (job.productTests() == null) {
            return null;
        }
        try {
            return new LoopTests(job, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the product's tests for spec '" + job.spec().id() + "'", e);
        }
    }

    /**
     * @param accepted  the candidate's files, which passed every other check
     * @param providers the candidate's ServiceLoader providers
     */
    List<LoopProblem> check(Map<String, String> accepted, Map<String, String> providers, FileManagerPool fileManagers) {
        String specPackage = job.spec().packageName();
        Map<String, String> tests = new TreeMap<>(testSources);
        Map<String, String> units = new TreeMap<>(mainSources);
        String own = PromptBuilder.packageDirectory(job.spec());
        job.otherSpecsCode().forEach((path, text) -> {
            if (!path.startsWith(own)) {
                units.put(path, text);
            }
        });
        units.putAll(accepted);
        CompileResult compiled = compileDroppingUnrelatedTests(units, tests, specPackage, fileManagers);
        if (!compiled.success()) {
            return compileProblems(compiled.errors(), accepted, tests.keySet());
        }
        List<String> selected = selected(compiled.classes(), tests.keySet(), specPackage);
        if (selected.isEmpty()) {
            log.debug("[" + job.spec().id() + "] no test of the project uses package " + specPackage);
            return List.of();
        }
        try {
            writeClasses(compiled, services(compiled.types(), tests.keySet(), providers));
            log.info("[" + job.spec().id() + "] running the project's tests that use " + specPackage + ": "
                    + String.join(", ", selected.stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList()));
            ProductTests product = job.productTests();
            TestClassRun.Outcome outcome = TestClassRun.run(new TestClassRun.Request(product.javaExecutable(),
                    product.workingDirectory(), forkClasspath, selected, product.timeoutSeconds(), directory));
            return TestFailures.of(outcome, projectPackages(units, tests), product.timeoutSeconds());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the project's tests for spec '" + job.spec().id() + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the project's tests ran for spec '" + job.spec().id() + "'", e);
        }
    }

    /**
     * Compiles the units and tests; a test source that fails to compile but names no type of the
     * spec's package (another spec's test, waiting for code still being generated) is left out, and
     * the rest compiled again. {@code tests} keeps only what was compiled.
     */
    private CompileResult compileDroppingUnrelatedTests(Map<String, String> units, Map<String, String> tests,
                                                        String specPackage, FileManagerPool fileManagers) {
        while (true) {
            Map<String, String> all = new TreeMap<>(units);
            all.putAll(tests);
            CompileResult compiled = JavaCompilation.compile(all, Map.of(), compileInputs, fileManagers);
            Set<String> unrelated = new TreeSet<>();
            for (CompileError error : compiled.errors()) {
                if (error.file() != null && tests.containsKey(error.file()) && !mentions(tests.get(error.file()), error.file(), specPackage)) {
                    unrelated.add(error.file());
                }
            }
            if (compiled.success() || unrelated.isEmpty()) {
                return compiled;
            }
            tests.keySet().removeAll(unrelated);
        }
    }

    /** Whether a test source may use the package: it lies in it, or names it (by import or qualified name). */
    static boolean mentions(String source, String path, String packageName) {
        String directory = packageName.replace('.', '/') + "/";
        return path.startsWith(directory) || source.contains(packageName + ".");
    }

    private static List<LoopProblem> compileProblems(List<CompileError> errors, Map<String, String> accepted, Set<String> tests) {
        List<LoopProblem> problems = new ArrayList<>();
        for (CompileError error : errors) {
            String message = error.message().strip().replaceAll("\\s*\\n\\s*", "; ");
            String where = error.file() == null ? "javac" : error.file() + ":" + error.line();
            String fix = error.file() != null && accepted.containsKey(error.file()) ? SpecGenerator.COMPILE_FIX
                    : error.file() != null && tests.contains(error.file()) ? TestFailures.TEST_COMPILE_FIX
                    : SpecGenerator.FOREIGN_COMPILE_FIX;
            problems.add(new LoopProblem(LoopProblem.Check.TEST_COMPILE, where, message, fix));
        }
        return problems;
    }

    /** The top-level test classes any of whose class files (nested ones included) reference the package. */
    static List<String> selected(List<ClassFile> classes, Set<String> testFiles, String packageName) {
        Set<String> selected = new TreeSet<>();
        for (ClassFile c : classes) {
            if (testFiles.contains(c.sourceFile()) && ClassReferences.usesPackage(c.bytes(), packageName)) {
                int nested = c.className().indexOf('$');
                selected.add(nested < 0 ? c.className() : c.className().substring(0, nested));
            }
        }
        return List.copyOf(selected);
    }

    /**
     * The ServiceLoader providers the run must see: the candidate's and the other specs' (the
     * committed services files name this spec's previous classes); test classes provide nothing.
     */
    private Map<String, String> services(List<TopLevelType> types, Set<String> tests, Map<String, String> providers) {
        List<TopLevelType> mainTypes = types.stream().filter(t -> !tests.contains(t.sourceFile())).toList();
        Set<String> mainFiles = new TreeSet<>();
        mainTypes.forEach(t -> mainFiles.add(t.sourceFile()));
        Map<String, String> all = new TreeMap<>(ServiceProviders.of(mainTypes, mainFiles, job.specSet()).providers());
        all.putAll(providers);
        return all;
    }

    private void writeClasses(CompileResult compiled, Map<String, String> services) throws IOException {
        FileTrees.deleteRecursively(classes);
        Files.createDirectories(classes);
        compiled.writeClasses(classes, c -> true);
        Path servicesDirectory = classes.resolve("META-INF/services");
        Files.createDirectories(servicesDirectory);
        for (Map.Entry<String, String> service : services.entrySet()) {
            Files.writeString(servicesDirectory.resolve(service.getKey()), service.getValue() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The packages holding any compiled source: whose stack frames the model may see. */
    static Set<String> projectPackages(Map<String, String> units, Map<String, String> tests) {
        Set<String> packages = new TreeSet<>();
        Stream.concat(units.keySet().stream(), tests.keySet().stream()).forEach(path -> {
            int slash = path.lastIndexOf('/');
            packages.add(slash < 0 ? "" : path.substring(0, slash).replace('/', '.'));
        });
        return packages;
    }

    private static Map<String, String> readSources(Path root) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return sources;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).toList()) {
                sources.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sources;
    }
}
