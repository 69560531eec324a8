package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import io.github.darkfactory.factory.twin.Request;
import io.github.darkfactory.rules.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop end to end: the real LangChain4j OpenAI client ({@link CodeModels#create}) talking to a
 * loopback twin of the OpenAI wire protocol, real javac, real architecture rules.
 */
class SpecGeneratorTest {

    private static final String DIR = "com/acme/shop/domain/pricing/";
    private static final String CALCULATOR = "com.acme.shop.domain.pricing.PriceCalculator";

    private static final String GOOD = answer("SimplePriceCalculator", """
            package com.acme.shop.domain.pricing;

            import java.util.List;

            public class SimplePriceCalculator implements PriceCalculator {
                @Override
                public long totalCents(List<Line> lines) {
                    return lines.stream().mapToLong(Line::quantity).sum();
                }
            }
            """);

    /** GOOD, but using the catalog spec's implementation class instead of its contract. */
    private static final String USES_MAP_CATALOG = GOOD.replace("return lines.stream()",
            "com.acme.shop.domain.catalog.MapCatalog catalog = new com.acme.shop.domain.catalog.MapCatalog();\n"
                    + "        return lines.stream()");

    private static final String DOES_NOT_COMPILE = answer("SimplePriceCalculator", """
            package com.acme.shop.domain.pricing;

            import java.util.List;

            public class SimplePriceCalculator implements PriceCalculator {
                @Override
                public long totalCents(List<Line> lines) {
                    return "zero";
                }
            }
            """);

    @TempDir
    Path project;

    private ProviderTwin twin;
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { logged.add("INFO " + message); }
        @Override public void warn(String message) { logged.add("WARN " + message); }
        @Override public void error(String message) { logged.add("ERROR " + message); }
        @Override public void debug(String message) { }
    };

    @BeforeEach
    void startTwin() {
        twin = ProviderTwin.start("openai");
    }

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private static String answer(String type, String source) {
        return "Here is the implementation.\n\n### " + DIR + type + ".java\n```java\n" + source + "```\n";
    }

    private SpecResult generate(int maxIterations, Map<String, String> otherSpecsCode) throws IOException {
        return generator().generate(job(TestSpecs.pricing(), maxIterations, otherSpecsCode));
    }

    private SpecJob job(Spec spec, int maxIterations, Map<String, String> otherSpecsCode) throws IOException {
        Path contracts = project.resolve("target/generated-sources/factory-contracts");
        SpecSet specs = new SpecSet(List.of(TestSpecs.catalog(), TestSpecs.pricing()));
        ContractMaterializer.materialize(specs, contracts);
        return new SpecJob(spec, specs, "Keep classes small.\n",
                new CompileInputs(List.of(), List.of(project.resolve("src/main/java"), contracts), "17"), otherSpecsCode,
                List.of(new Layer("domain", List.of("..domain.."), List.of())),
                List.of("com.acme.shop.domain.catalog", "com.acme.shop.domain.pricing"), maxIterations,
                project.resolve("target/factory/transcripts"), List.of());
    }

    private SpecGenerator generator() {
        CodeModel model = CodeModels.create(ModelSettings.of("openai", "twin-model", "sk-loop-test-key", "test")
                .withBaseUrl(twin.baseUrl()).withTimeout(Duration.ofSeconds(30))
                .withRetry(new ModelSettings.Retry(0, Duration.ofMillis(10), Duration.ofMillis(10))), FactoryLog.SILENT);
        return new SpecGenerator(model, log);
    }

    private SpecResult generate(int maxIterations) throws IOException {
        return generate(maxIterations, Map.of());
    }

    private Path transcript(String name) {
        return project.resolve("target/factory/transcripts/pricing").resolve(name);
    }

    @Test
    void feeds_a_compile_error_back_and_accepts_the_repaired_answer() throws IOException {
        twin.reply(Reply.text(DOES_NOT_COMPILE).withUsage(1000, 200), Reply.text(GOOD).withUsage(1500, 210));

        SpecResult result = generate(4);

        assertTrue(result.converged(), result.lastErrors().toString());
        assertEquals(2, result.iterations());
        assertEquals(List.of(DIR + "SimplePriceCalculator.java"), List.copyOf(result.files().keySet()));
        assertTrue(result.files().get(DIR + "SimplePriceCalculator.java").contains("mapToLong(Line::quantity)"));
        assertEquals(Map.of(CALCULATOR, "com.acme.shop.domain.pricing.SimplePriceCalculator"), result.serviceProviders());
        assertEquals(2500, result.inputTokens());
        assertEquals(410, result.outputTokens());
        assertEquals(List.of(), result.lastErrors());

        String secondPrompt = twin.requests().get(1).user();
        assertTrue(secondPrompt.contains("## Your previous answer (iteration 1)"), secondPrompt);
        assertTrue(secondPrompt.contains("return \"zero\";"), "the previous files are shown");
        assertTrue(secondPrompt.contains("1. [compile] " + DIR + "SimplePriceCalculator.java:8: incompatible types"), secondPrompt);
        assertTrue(secondPrompt.contains("— fix: " + SpecGenerator.COMPILE_FIX), secondPrompt);
        assertEquals(List.of("INFO [pricing] iteration 1/4: 1 compile error — asking again",
                "INFO [pricing] iteration 2/4: all checks passed (1 file)"), logged);

        assertTrue(Files.readString(transcript("1-prompt.md")).contains(twin.requests().get(0).user()));
        assertEquals(DOES_NOT_COMPILE, Files.readString(transcript("1-answer.md")));
        assertTrue(Files.readString(transcript("2-prompt.md")).contains("## Problems to fix (1)"));
        assertEquals(GOOD, Files.readString(transcript("2-answer.md")));
        assertFalse(Files.exists(transcript("3-prompt.md")));
        try (Stream<Path> files = Files.walk(project)) {
            assertFalse(files.anyMatch(f -> {
                try {
                    return Files.isRegularFile(f) && Files.readString(f).contains("sk-loop-test-key");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }), "no transcript holds the key");
        }
    }

    @Test
    void feeds_an_architecture_violation_back_and_accepts_the_repaired_answer() throws IOException {
        twin.answer(GOOD.replace("return lines.stream()", "System.out.println(lines);\n        return lines.stream()"), GOOD);

        SpecResult result = generate(4);

        assertTrue(result.converged(), result.lastErrors().toString());
        assertEquals(2, result.iterations());
        String secondPrompt = twin.requests().get(1).user();
        assertTrue(secondPrompt.contains("1. [architecture] com.acme.shop.domain.pricing.SimplePriceCalculator"
                + " (SimplePriceCalculator.java:8): [no-standard-streams]"), secondPrompt);
        assertEquals("INFO [pricing] iteration 1/4: 1 architecture violation — asking again", logged.get(0));
    }

    @Test
    void rejects_parent_and_absolute_paths_and_never_writes_them() throws IOException {
        Path outside = project.resolve("outside/Abs.java");
        String escaping = GOOD
                + "\n### ../../../outside/Evil.java\n```java\nclass Evil { }\n```\n"
                + "\n### " + outside.toAbsolutePath().toString().replace('\\', '/') + "\n```java\nclass Abs { }\n```\n";
        twin.answer(escaping, GOOD);

        SpecResult result = generate(4);

        assertTrue(result.converged());
        assertEquals(List.of(DIR + "SimplePriceCalculator.java"), List.copyOf(result.files().keySet()));
        String secondPrompt = twin.requests().get(1).user();
        assertTrue(secondPrompt.contains("[path] ### ../../../outside/Evil.java: '..', '.' and empty path segments are not allowed"), secondPrompt);
        assertTrue(secondPrompt.contains("absolute paths are not allowed; the file was not accepted"), secondPrompt);
        assertEquals("INFO [pricing] iteration 1/4: 2 rejected files — asking again", logged.get(0));
        assertFalse(Files.exists(outside));
        assertFalse(Files.exists(project.resolve("outside")));
    }

    @Test
    void gives_up_after_max_iterations_with_the_last_errors() throws IOException {
        twin.answer(DOES_NOT_COMPILE, DOES_NOT_COMPILE.replace("\"zero\"", "\"nothing\""));

        SpecResult result = generate(2);

        assertFalse(result.converged());
        assertEquals(2, result.iterations());
        assertEquals(1, result.lastErrors().size(), result.lastErrors().toString());
        assertTrue(result.lastErrors().get(0).startsWith(DIR + "SimplePriceCalculator.java:8: incompatible types"),
                result.lastErrors().get(0));
        assertEquals("INFO [pricing] iteration 2/2: 1 compile error — giving up", logged.get(1));
        assertEquals(2, twin.requests().size());
    }

    @Test
    void stops_early_when_the_model_repeats_an_answer() throws IOException {
        twin.answer(DOES_NOT_COMPILE, DOES_NOT_COMPILE.replace("\n", "\n\n  ").replace("```java\n\n  ", "```java\n"));

        SpecResult result = generate(4);

        assertFalse(result.converged());
        assertEquals(2, result.iterations());
        assertEquals(2, twin.requests().size(), "no third question after a repeat");
        assertEquals("the model repeated its answer of iteration 1", result.lastErrors().get(result.lastErrors().size() - 1));
        assertTrue(result.lastErrors().get(0).contains("incompatible types"));
        assertTrue(logged.get(1).startsWith("WARN [pricing] iteration 2/4: the model repeated its answer of iteration 1"), logged.toString());
    }

    @Test
    void asks_with_the_dependency_contracts_but_nothing_else_of_other_specs() throws IOException {
        twin.answer(GOOD);

        generate(4, Map.of("com/acme/shop/domain/catalog/MapCatalog.java", """
                package com.acme.shop.domain.catalog;
                public class MapCatalog implements Catalog {
                    // CATALOG-GENERATED-CODE
                    public long unitCents(String sku) { return 1; }
                }
                """));

        Request request = twin.requests().get(0);
        assertTrue(request.user().contains(TestSpecs.CATALOG_CONTRACT), request.user());
        assertTrue(request.user().contains(TestSpecs.pricing().text()));
        assertFalse(request.user().contains("CATALOG-SECRET-PROSE"));
        assertFalse(request.user().contains("CATALOG-GENERATED-CODE"));
        assertTrue(request.system().contains("### <path relative to the output directory>"));
    }

    @Test
    void feeds_back_use_of_another_specs_implementation_class() throws IOException {
        twin.answer(USES_MAP_CATALOG, GOOD);

        SpecResult result = generate(4, Map.of("com/acme/shop/domain/catalog/MapCatalog.java", """
                package com.acme.shop.domain.catalog;
                public class MapCatalog implements Catalog {
                    public long unitCents(String sku) { return 1; }
                }
                """));

        assertTrue(result.converged());
        String secondPrompt = twin.requests().get(1).user();
        assertTrue(secondPrompt.contains("uses com.acme.shop.domain.catalog.MapCatalog, an implementation class of spec 'catalog'"),
                secondPrompt);
        assertTrue(secondPrompt.contains("only through its contract types com.acme.shop.domain.catalog.Catalog"), secondPrompt);
        assertTrue(secondPrompt.contains("1. [boundary] com.acme.shop.domain.pricing.SimplePriceCalculator"
                + " (SimplePriceCalculator.java:8): uses"), secondPrompt);
        assertTrue(secondPrompt.contains("— fix: " + SpecBoundaryRule.FIX), secondPrompt);
        assertEquals("INFO [pricing] iteration 1/4: 1 spec boundary violation — asking again", logged.get(0));
    }

    @Test
    void reports_an_error_in_another_specs_file_the_answer_uses_as_one_it_cannot_change() throws IOException {
        twin.answer(USES_MAP_CATALOG, GOOD);

        SpecResult result = generate(4, Map.of("com/acme/shop/domain/catalog/MapCatalog.java", """
                package com.acme.shop.domain.catalog;
                public class MapCatalog implements Catalog {
                    public long unitCents(String sku) { return "one"; }
                }
                """));

        assertTrue(result.converged(), "an answer that does not use the broken file passes: " + result.lastErrors());
        assertEquals(2, result.iterations());
        String secondPrompt = twin.requests().get(1).user();
        assertTrue(secondPrompt.contains("1. [compile] com/acme/shop/domain/catalog/MapCatalog.java:3: incompatible types"),
                secondPrompt);
        assertTrue(secondPrompt.contains("— fix: " + SpecGenerator.FOREIGN_COMPILE_FIX), secondPrompt);
    }

    @Test
    void feeds_back_use_of_a_contract_of_a_spec_not_depended_on() throws IOException {
        String usesPricing = "### com/acme/shop/domain/catalog/FixedCatalog.java\n```java\n"
                + "package com.acme.shop.domain.catalog;\n"
                + "public class FixedCatalog implements Catalog {\n"
                + "    private com.acme.shop.domain.pricing.PriceCalculator calculator;\n"
                + "    public long unitCents(String sku) { return 100; }\n}\n```\n";
        twin.answer(usesPricing);

        SpecResult result = generator().generate(job(TestSpecs.catalog(), 1, Map.of()));

        assertFalse(result.converged());
        assertEquals(1, result.lastErrors().size(), result.lastErrors().toString());
        assertTrue(result.lastErrors().get(0).contains("uses com.acme.shop.domain.pricing.PriceCalculator of spec 'pricing',"
                + " which spec 'catalog' does not depend on"), result.lastErrors().get(0));
    }

    @Test
    void feeds_back_two_providers_for_one_contract_interface() throws IOException {
        String second = "\n### " + DIR + "OtherCalculator.java\n```java\npackage com.acme.shop.domain.pricing;\n"
                + "public class OtherCalculator implements PriceCalculator {\n"
                + "    public long totalCents(java.util.List<Line> lines) { return 0; }\n}\n```\n";
        twin.answer(GOOD + second, GOOD);

        SpecResult result = generate(4);

        assertTrue(result.converged());
        assertTrue(twin.requests().get(1).user().contains("[services]"), twin.requests().get(1).user());
        assertEquals("INFO [pricing] iteration 1/4: 1 service provider conflict — asking again", logged.get(0));
    }

    @Test
    void generates_two_specs_in_parallel_with_one_generator() throws Exception {
        String catalogAnswer = "### com/acme/shop/domain/catalog/FixedCatalog.java\n```java\n"
                + "package com.acme.shop.domain.catalog;\n"
                + "public class FixedCatalog implements Catalog {\n"
                + "    public long unitCents(String sku) { return 100; }\n}\n```\n";
        twin.otherwise(request -> Reply.text(request.user().contains("# Implement spec `catalog`") ? catalogAnswer : GOOD));
        SpecGenerator generator = generator();
        SpecJob pricing = job(TestSpecs.pricing(), 4, Map.of());
        SpecJob catalog = job(TestSpecs.catalog(), 4, Map.of());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<SpecResult> first = pool.submit(() -> generator.generate(pricing));
            java.util.concurrent.Future<SpecResult> second = pool.submit(() -> generator.generate(catalog));

            assertEquals(Map.of(CALCULATOR, "com.acme.shop.domain.pricing.SimplePriceCalculator"),
                    first.get().serviceProviders());
            assertEquals(Map.of("com.acme.shop.domain.catalog.Catalog", "com.acme.shop.domain.catalog.FixedCatalog"),
                    second.get().serviceProviders());
            assertEquals(GOOD, Files.readString(transcript("1-answer.md")));
            assertEquals(catalogAnswer, Files.readString(project.resolve("target/factory/transcripts/catalog/1-answer.md")));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lets_a_model_failure_propagate() {
        twin.reply(Reply.status(401, "invalid key"));

        assertThrows(ModelCallException.class, () -> generate(4));
    }
}
