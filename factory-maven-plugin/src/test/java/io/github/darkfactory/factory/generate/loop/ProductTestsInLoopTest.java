package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.compile.FileManagerPool;
import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.rules.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The product's own tests in the loop, end to end: a twin model, real javac, and the tests run on
 * the JUnit Platform in a forked JVM (the JUnit jars of this test's own classpath).
 */
class ProductTestsInLoopTest {

    private static final String DIR = "com/acme/shop/domain/pricing/";

    private static final String SUMS_QUANTITIES = answer("""
            package com.acme.shop.domain.pricing;

            import java.util.List;

            public class SimplePriceCalculator implements PriceCalculator {
                @Override
                public long totalCents(List<Line> lines) {
                    return lines.stream().mapToLong(Line::quantity).sum();
                }
            }
            """);

    private static final String ALWAYS_ZERO = SUMS_QUANTITIES.replace("lines.stream().mapToLong(Line::quantity).sum()", "0");

    private static final String PRICING_TEST = """
            package com.acme.shop.domain.pricing;

            import org.junit.jupiter.api.Test;
            import java.util.List;
            import static org.junit.jupiter.api.Assertions.assertEquals;

            class SimplePriceCalculatorTest {
                @Test
                void adds_up_the_quantities() {
                    assertEquals(3, Totals.of(new SimplePriceCalculator(), List.of(new Line("a", 1), new Line("b", 2))),
                            "total of two lines");
                }
            }
            """;

    /** A helper of the tests, compiled and run with them. */
    private static final String TOTALS = """
            package com.acme.shop.domain.pricing;

            import java.util.List;

            final class Totals {
                static long of(PriceCalculator calculator, List<Line> lines) {
                    return calculator.totalCents(lines);
                }
            }
            """;

    private static final String UNRELATED_TEST = """
            package com.acme.other;

            import org.junit.jupiter.api.Test;

            class UnrelatedTest {
                @Test
                void always_fails() {
                    throw new AssertionError("never run in the loop");
                }
            }
            """;

    @TempDir
    Path project;

    private ProviderTwin twin;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { logged.add("INFO " + message); }
        @Override public void warn(String message) { logged.add("WARN " + message); }
        @Override public void error(String message) { logged.add("ERROR " + message); }
        @Override public void debug(String message) { logged.add("DEBUG " + message); }
    };

    @BeforeEach
    void startTwin() {
        twin = ProviderTwin.start("openai");
    }

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private static String answer(String source) {
        return "### " + DIR + "SimplePriceCalculator.java\n```java\n" + source + "```\n";
    }

    @Test
    void a_failing_test_of_the_project_is_fed_back_and_the_spec_converges_when_it_passes() throws IOException {
        writeTest(DIR + "SimplePriceCalculatorTest.java", PRICING_TEST);
        writeTest(DIR + "Totals.java", TOTALS);
        writeTest("com/acme/other/UnrelatedTest.java", UNRELATED_TEST);
        twin.answer(ALWAYS_ZERO, SUMS_QUANTITIES);

        SpecResult result = generate();

        assertTrue(result.converged(), result.lastErrors().toString());
        assertEquals(2, result.iterations());
        String second = twin.requests().get(1).user();
        assertTrue(second.contains("1. [test] com.acme.shop.domain.pricing.SimplePriceCalculatorTest.adds_up_the_quantities:"
                + " org.opentest4j.AssertionFailedError: total of two lines ==> expected: <3> but was: <0>"
                + " (at com.acme.shop.domain.pricing.SimplePriceCalculatorTest.adds_up_the_quantities(SimplePriceCalculatorTest.java:10))"
                + " — fix: " + TestFailures.TEST_FIX), second);
        assertFalse(second.contains("never run in the loop"), "a test that uses no spec package does not run");
        List<String> info = logged.stream().filter(l -> l.startsWith("INFO")).toList();
        assertEquals(List.of("INFO [pricing] running the project's tests that use com.acme.shop.domain.pricing:"
                        + " SimplePriceCalculatorTest, Totals",
                "INFO [pricing] iteration 1/4: 1 failing test — asking again",
                "INFO [pricing] iteration 1/4: failing test com.acme.shop.domain.pricing.SimplePriceCalculatorTest"
                        + ".adds_up_the_quantities"), info.subList(0, 3));
        assertTrue(Files.isDirectory(project.resolve("target/factory/loop-tests/pricing/classes/" + DIR)));
    }

    @Test
    void a_test_source_that_does_not_compile_against_the_answer_is_fed_back() throws IOException {
        writeTest(DIR + "SimplePriceCalculatorTest.java", PRICING_TEST.replace("new SimplePriceCalculator()",
                "new SimplePriceCalculator(java.util.Map.of())"));
        writeTest(DIR + "Totals.java", TOTALS);
        String withMapConstructor = SUMS_QUANTITIES.replace("public class SimplePriceCalculator implements PriceCalculator {",
                "public class SimplePriceCalculator implements PriceCalculator {\n"
                        + "    public SimplePriceCalculator() { }\n"
                        + "    public SimplePriceCalculator(java.util.Map<String, Long> prices) { }");
        twin.answer(SUMS_QUANTITIES, withMapConstructor);

        SpecResult result = generate();

        assertTrue(result.converged(), result.lastErrors().toString());
        String second = twin.requests().get(1).user();
        assertTrue(second.contains("1. [test-compile] " + DIR + "SimplePriceCalculatorTest.java:10: constructor"
                + " SimplePriceCalculator in class com.acme.shop.domain.pricing.SimplePriceCalculator cannot be applied"
                + " to given types"), second);
        assertTrue(second.contains("— fix: " + TestFailures.TEST_COMPILE_FIX), second);
        assertEquals("INFO [pricing] iteration 1/4: 1 test compile error — asking again", logged.stream()
                .filter(l -> l.startsWith("INFO")).findFirst().orElseThrow());
    }

    @Test
    void tests_that_use_no_spec_package_start_no_jvm() throws IOException {
        writeTest("com/acme/other/UnrelatedTest.java", UNRELATED_TEST);
        twin.answer(SUMS_QUANTITIES);

        SpecResult result = generate();

        assertTrue(result.converged(), result.lastErrors().toString());
        assertTrue(logged.contains("DEBUG [pricing] no test of the project uses package com.acme.shop.domain.pricing"), logged.toString());
        assertFalse(Files.exists(project.resolve("target/factory/loop-tests/pricing/" + "scenario-results.jsonl")));
    }

    private void writeTest(String path, String source) throws IOException {
        Path file = project.resolve("src/test/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    private SpecResult generate() throws IOException {
        Path contracts = project.resolve("target/generated-sources/factory-contracts");
        SpecSet specs = new SpecSet(List.of(TestSpecs.catalog(), TestSpecs.pricing()));
        ContractMaterializer.materialize(specs, contracts);
        SpecJob job = new SpecJob(TestSpecs.pricing(), specs, null,
                new CompileInputs(List.of(), List.of(project.resolve("src/main/java"), contracts), "17"), Map.of(),
                List.of(new Layer("domain", List.of("..domain.."), List.of())),
                List.of("com.acme.shop.domain.catalog", "com.acme.shop.domain.pricing"), 4,
                project.resolve("target/factory/transcripts"), List.of(), HoldoutFailures.NONE, productTests());
        try (FileManagerPool pool = new FileManagerPool()) {
            return new SpecGenerator(model(), log, CheckWarmUp.NONE, pool).generate(job);
        }
    }

    /** JUnit's jars from this test's own classpath: Jupiter, the Platform with its launcher, opentest4j. */
    private ProductTests productTests() {
        List<Path> junit = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("junit") || e.contains("opentest4j") || e.contains("apiguardian"))
                .map(Path::of).toList();
        return new ProductTests(List.of(project.resolve("src/test/java")), junit, List.of(project.resolve("src/test/resources")),
                List.of(), Path.of(System.getProperty("java.home"), "bin", "java"), project,
                project.resolve("target/factory/loop-tests"), 120);
    }

    private CodeModel model() {
        return CodeModels.create(ModelSettings.of("openai", "twin-model", "sk-loop-test-key", "test")
                .withBaseUrl(twin.baseUrl()).withTimeout(Duration.ofSeconds(30))
                .withRetry(new ModelSettings.Retry(0, Duration.ofMillis(10), Duration.ofMillis(10))), FactoryLog.SILENT);
    }
}
