package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.generate.loop.PromptBuilder;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static io.github.darkfactory.factory.generate.Fixtures.spec;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole generate runs with the real loop, the real LangChain4j OpenAI client and a loopback twin
 * of the OpenAI protocol: scheduling, writing, the lock, services, and partial failure.
 */
class GenerationWithTwinTest {

    @TempDir
    Path base;
    private ProviderTwin twin;
    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private final Set<String> session = ConcurrentHashMap.newKeySet();

    private final SpecSet specs = new SpecSet(List.of(
            spec("catalog", "Lists products.", List.of()),
            spec("pricing", "Prices orders.", List.of("catalog")),
            spec("shipping", "Ships parcels.", List.of())));

    @BeforeEach
    void startTwin() {
        // specs run in parallel, so the twin answers by the spec the prompt is about
        twin = ProviderTwin.start("openai").otherwise(request -> {
            String id = List.of("catalog", "pricing", "shipping").stream()
                    .filter(s -> request.user().contains("id: " + s + "\n")).findFirst().orElseThrow();
            return Reply.text(answer(id, broken.contains(id) ? "return \"one\";" : "return 1;")).withUsage(100, 20);
        });
    }

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private static String answer(String id, String body) {
        return "### com/acme/" + id + "/impl/Impl.java\n```java\npackage com.acme." + id + ".impl;\n\n"
                + "public class Impl implements com.acme." + id + ".Api {\n    public int value() {\n        " + body
                + "\n    }\n}\n```\n";
    }

    private Generation generation(SpecSet specSet, String regenerate, ModelAccess access) {
        Path contracts = ContractMaterializer.materialize(specSet, base.resolve("target/generated-sources/factory-contracts"));
        GenerateRequest request = new GenerateRequest(specSet, List.of(), base.resolve("src/factory/java"),
                base.resolve("src/factory/resources"), base.resolve("src/main/resources"), base.resolve("factory.lock.json"),
                base.resolve("target/factory/transcripts"), new CompileInputs(List.of(), List.of(base.resolve("src/main/java"), contracts),
                "17"), null, regenerate, true, access, 2, 2, session, null, List.of());
        return new Generation(request, LockPreload.readInBackground(request.lockFile(), () -> { }), FactoryLog.SILENT,
                Interruption.NONE);
    }

    private ModelAccess twinAccess() {
        return ModelAccess.allowed(() -> CodeModels.create(ModelSettings.of("openai", "twin-model", "sk-test", "test")
                .withBaseUrl(twin.baseUrl()).withTimeout(Duration.ofSeconds(30))
                .withRetry(new ModelSettings.Retry(0, Duration.ofMillis(10), Duration.ofMillis(10))), FactoryLog.SILENT));
    }

    private Lock lock() throws Exception {
        return LockFile.read(base.resolve("factory.lock.json"));
    }

    @Test
    void generates_every_stale_spec_writes_files_services_and_lock_then_is_up_to_date() throws Exception {
        GenerateSummary summary = generation(specs, null, twinAccess()).run();

        assertEquals(List.of("catalog", "pricing", "shipping"), summary.generated());
        assertEquals(3, summary.iterations());
        assertEquals(300, summary.inputTokens());
        Path impl = base.resolve("src/factory/java/com/acme/pricing/impl/Impl.java");
        LockEntry pricing = lock().entry("pricing");
        assertEquals(Map.of("com/acme/pricing/impl/Impl.java", Sha256.hex(Files.readAllBytes(impl))), pricing.files());
        assertEquals(new LockEntry.ModelRef("openai", "twin-model"), pricing.model());
        assertEquals(PromptBuilder.PROMPT_VERSION, pricing.promptVersion());
        assertEquals(new LockEntry.Tokens(100, 20), pricing.tokens());
        assertEquals(Map.of("com.acme.pricing.Api", "com.acme.pricing.impl.Impl"), pricing.services());
        assertEquals("com.acme.pricing.impl.Impl\n",
                Files.readString(base.resolve("src/factory/resources/META-INF/services/com.acme.pricing.Api")));
        assertFalse(Files.exists(base.resolve("factory.lock.json.journal")));

        int requests = twin.requests().size();
        GenerateSummary again = generation(specs, null, ModelAccess.refused(Fixtures.REFUSED)).run();
        assertEquals(3, again.upToDate().size());
        assertEquals(requests, twin.requests().size(), "an up-to-date run sends nothing");
    }

    @Test
    void a_spec_generated_earlier_in_the_session_is_not_forced_again_by_the_bound_execution() throws Exception {
        generation(specs, "all", twinAccess()).run();

        GenerateSummary bound = generation(specs, "all", ModelAccess.refused(new ModelRefusal(Set.of(ModelRefusal.Reason.BOUND_TO_LIFECYCLE), null))).run();

        assertEquals(3, bound.upToDate().size());
        assertEquals(3, twin.requests().size());
    }

    @Test
    void a_failed_spec_keeps_its_files_and_entry_its_dependents_are_not_attempted_and_the_rest_is_written()
            throws Exception {
        generation(specs, null, twinAccess()).run();
        Lock before = lock();
        byte[] catalogBefore = Files.readAllBytes(base.resolve("src/factory/java/com/acme/catalog/impl/Impl.java"));
        broken.add("catalog");
        Spec catalogChanged = spec("catalog", "Lists products, now sorted.", List.of());
        Spec shippingChanged = spec("shipping", "Ships parcels overnight.", List.of());
        SpecSet changed = new SpecSet(List.of(catalogChanged, specs.find("pricing").orElseThrow(), shippingChanged));
        session.clear(); // a new Maven session

        GenerateFailedException e = assertThrows(GenerateFailedException.class,
                () -> generation(changed, "catalog,pricing", twinAccess()).run());

        assertEquals(GenerateFailedException.Reason.SPECS_NOT_CONVERGED, e.reason());
        assertEquals(List.of("catalog", "pricing"), e.specIds());
        SpecOutcome.NotConverged catalog = (SpecOutcome.NotConverged) e.outcomes().get(0);
        assertEquals(2, catalog.result().iterations());
        assertTrue(catalog.result().lastErrors().toString().contains("incompatible types"), catalog::toString);
        assertEquals(new SpecOutcome.NotAttempted("pricing", List.of("catalog")), e.outcomes().get(1));
        assertEquals(1, e.written());
        Lock after = lock();
        assertEquals(before.entry("catalog"), after.entry("catalog"));
        assertEquals(before.entry("pricing"), after.entry("pricing"));
        assertTrue(!before.entry("shipping").inputHash().equals(after.entry("shipping").inputHash()),
                "the converged spec was written");
        assertEquals(new String(catalogBefore, UTF_8),
                Files.readString(base.resolve("src/factory/java/com/acme/catalog/impl/Impl.java")));
    }
}
