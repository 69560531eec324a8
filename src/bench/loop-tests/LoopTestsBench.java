import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.scenarios.TestClassRun;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generate loop's test step (docs/generation-loop.md, "The product's own tests") against the
 * same tests run by a bare JUnit Platform launcher main in a fresh JVM with the same classpath.
 * Not a test: run by src/bench/run-loop-tests-bench.sh, figures into docs/performance.md.
 *
 * <p>Args: {@code <work dir> <runs> <test classes>}. Each run, alternating: the loop's step (an
 * in-memory compile of the implementation and the tests with a warm file manager pool, the class
 * files written, one forked JVM through the scenario runner), and the bare launcher's JVM on the
 * classes the step wrote. The fork alone is timed too, as the like-for-like figure.
 */
public final class LoopTestsBench {

    private static final String PACKAGE = "bench/pricing/";

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int testClasses = Integer.parseInt(args[2]);
        FileTrees.deleteRecursively(work);
        Files.createDirectories(work);
        List<Path> junit = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("junit") || e.contains("opentest4j") || e.contains("apiguardian"))
                .map(Path::of).toList();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Map<String, String> sources = sources(testClasses);
        List<String> classNames = new ArrayList<>();
        for (int i = 0; i < testClasses; i++) {
            classNames.add("bench.pricing.CalculatorTest" + i);
        }
        Path classes = work.resolve("classes");
        Path runner = TestClassRun.runnerDirectory(work.resolve("runner"));
        Path bare = work.resolve("bare");
        compileBareMain(bare, junit);
        List<Path> forkClasspath = new ArrayList<>(List.of(classes, runner));
        forkClasspath.addAll(junit);
        List<Path> bareClasspath = new ArrayList<>(List.of(classes, bare));
        bareClasspath.addAll(junit);
        CompileInputs inputs = new CompileInputs(junit, List.of(), null);

        List<Long> step = new ArrayList<>();
        List<Long> fork = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        try (FileManagerPool pool = new FileManagerPool()) {
            for (int run = -1; run < runs; run++) { // run -1 warms javac and the file system up
                long start = System.nanoTime();
                CompileResult compiled = JavaCompilation.compile(sources, Map.of(), inputs, pool);
                if (!compiled.success()) {
                    throw new IllegalStateException(compiled.errors().toString());
                }
                FileTrees.deleteRecursively(classes);
                compiled.writeClasses(classes, c -> true);
                long forkStart = System.nanoTime();
                TestClassRun.Outcome outcome = TestClassRun.run(new TestClassRun.Request(java, work, forkClasspath,
                        classNames, 300, work.resolve("fork")));
                long end = System.nanoTime();
                if (!outcome.completed() || outcome.results().size() != testClasses * 5) {
                    throw new IllegalStateException("the loop's run did not run every test: " + outcome);
                }
                long bareStart = System.nanoTime();
                runBare(java, bareClasspath, classNames, work);
                long bareEnd = System.nanoTime();
                if (run >= 0) {
                    step.add((end - start) / 1_000_000);
                    fork.add((end - forkStart) / 1_000_000);
                    plain.add((bareEnd - bareStart) / 1_000_000);
                }
            }
        }
        System.out.println("test classes x tests:        " + testClasses + " x 5");
        System.out.println("loop step (compile+fork) ms: " + step + " (median " + median(step) + ")");
        System.out.println("loop fork alone ms:          " + fork + " (median " + median(fork) + ")");
        System.out.println("bare launcher JVM ms:        " + plain + " (median " + median(plain) + ")");
        System.out.printf("ratio fork/bare:             %.2f%n", median(fork) / (double) median(plain));
        System.out.printf("ratio step/bare:             %.2f%n", median(step) / (double) median(plain));
    }

    private static Map<String, String> sources(int testClasses) {
        Map<String, String> sources = new TreeMap<>();
        sources.put(PACKAGE + "Calculator.java", "package bench.pricing; public interface Calculator { long total(long... cents); }");
        sources.put(PACKAGE + "SimpleCalculator.java", """
                package bench.pricing;
                public class SimpleCalculator implements Calculator {
                    public long total(long... cents) { long sum = 0; for (long c : cents) { sum += c; } return sum; }
                }
                """);
        for (int i = 0; i < testClasses; i++) {
            StringBuilder test = new StringBuilder("package bench.pricing;\nimport org.junit.jupiter.api.Test;\n"
                    + "import static org.junit.jupiter.api.Assertions.assertEquals;\nclass CalculatorTest" + i + " {\n");
            for (int m = 0; m < 5; m++) {
                test.append("    @Test void adds_").append(m).append("() { assertEquals(").append(m + 3)
                        .append(", new SimpleCalculator().total(1, 2, ").append(m).append(")); }\n");
            }
            sources.put(PACKAGE + "CalculatorTest" + i + ".java", test.append("}\n").toString());
        }
        return sources;
    }

    /** The bare launcher: the Platform's own API, a summary listener, nothing else. */
    private static void compileBareMain(Path bare, List<Path> junit) {
        String main = """
                import org.junit.platform.engine.discovery.DiscoverySelectors;
                import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
                import org.junit.platform.launcher.core.LauncherFactory;
                import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
                public class BareLauncher {
                    public static void main(String[] args) {
                        SummaryGeneratingListener summary = new SummaryGeneratingListener();
                        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                                .selectors(java.util.Arrays.stream(args).map(DiscoverySelectors::selectClass).toList())
                                .build(), summary);
                        System.exit(summary.getSummary().getTestsSucceededCount() == args.length * 5L ? 0 : 1);
                    }
                }
                """;
        CompileResult compiled = JavaCompilation.compile(Map.of("BareLauncher.java", main), new CompileInputs(junit, List.of(), null));
        if (!compiled.success()) {
            throw new IllegalStateException(compiled.errors().toString());
        }
        compiled.writeClasses(bare, c -> true);
    }

    private static void runBare(Path java, List<Path> classpath, List<String> classNames, Path work) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp",
                String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()), "BareLauncher"));
        command.addAll(classNames);
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("bare-output.txt").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the bare launcher failed; see " + work.resolve("bare-output.txt"));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
