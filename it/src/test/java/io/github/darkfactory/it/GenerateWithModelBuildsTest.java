package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generate goal in real Maven builds with a configured model: a loopback twin of the OpenAI
 * protocol answers for the model, through the real LangChain4j client inside Maven.
 */
class GenerateWithModelBuildsTest {

    private static final String CATALOG = """
            ### com/acme/shop/catalog/impl/MemoryCatalog.java
            ```java
            package com.acme.shop.catalog.impl;

            import com.acme.shop.catalog.Catalog;

            public class MemoryCatalog implements Catalog {
                @Override
                public long unitCents(String sku) {
                    if (!"apple".equals(sku)) {
                        throw new IllegalArgumentException("unknown sku " + sku);
                    }
                    return 50;
                }
            }
            ```
            """;

    private static final String PRICING = """
            ### com/acme/shop/pricing/impl/SimplePricing.java
            ```java
            package com.acme.shop.pricing.impl;

            import com.acme.shop.pricing.PriceCalculator;

            import java.util.Map;

            public class SimplePricing implements PriceCalculator {
                @Override
                public long totalCents(Map<String, Integer> quantities) {
                    return quantities.values().stream().mapToLong(Integer::longValue).sum() * 50;
                }
            }
            ```
            """;

    private ProviderTwin twin;

    @BeforeEach
    void startTwin() {
        twin = ProviderTwin.start("openai").otherwise(request -> Reply.text(
                request.user().contains("id: catalog\n") ? CATALOG : PRICING).withUsage(200, 50));
    }

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private MavenBuild project(String copyName) {
        return MavenBuild.copyOf("gen-twin", copyName).property("twin.url", twin.baseUrl());
    }

    @Test
    void generate_then_verify_writes_the_code_and_lock_once_and_the_build_compiles_it() throws Exception {
        MavenBuild build = project("generate-verify").environment("FACTORY_IT_KEY", "sk-it-secret");

        build.run("factory:generate", "verify").assertSuccess()
                .assertLine("Specs: 0 up to date, 2 generated, 0 failed")
                .assertLine("Specs: 2 up to date, 0 generated, 0 failed")
                .assertNoLine("sk-it-secret");

        assertEquals(2, twin.requests().size(), "one answer per spec, none from the bound execution");
        assertTrue(Files.exists(build.file("target/classes/com/acme/shop/pricing/impl/SimplePricing.class")));
        assertEquals("com.acme.shop.catalog.impl.MemoryCatalog\n",
                Files.readString(build.file("src/factory/resources/META-INF/services/com.acme.shop.catalog.Catalog")));
        String lock = Files.readString(build.file("factory.lock.json"));
        assertTrue(lock.contains("\"provider\": \"openai\"") && lock.contains("com/acme/shop/pricing/impl/SimplePricing.java"), lock);
        assertFalse(lock.contains("sk-it-secret"));
        assertTrue(Files.exists(build.file("target/factory/transcripts/pricing/1-prompt.md")));

        MavenBuild.in(build.baseDir()).run("verify").assertSuccess().assertLine("Specs: 2 up to date");
        assertEquals(2, twin.requests().size(), "the committed state builds without a model call");
    }

    @Test
    void a_plain_verify_never_calls_the_model_even_with_a_key_present() {
        MavenBuild build = project("ci-with-key").environment("FACTORY_IT_KEY", "sk-it-secret");

        build.run("verify").assertFailure()
                .assertLine("2 spec(s) are stale", "bound to the build lifecycle")
                .assertLine("catalog: it has never been generated");

        assertEquals(0, twin.requests().size());
    }

    @Test
    void a_command_line_generate_without_the_key_names_the_missing_variable() {
        project("no-key").run("factory:generate").assertFailure()
                .assertLine("environment variable FACTORY_IT_KEY is not set")
                .assertLine("export FACTORY_IT_KEY=<your key>");

        assertEquals(0, twin.requests().size());
    }
}
