package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.feedback.HoldoutFeedback;
import io.github.darkfactory.factory.feedback.InvalidFeedbackException;
import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.generate.loop.PromptBuilder;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Requirement;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generate runs with holdout feedback (docs/generation-loop.md, "Holdout feedback"), the model a loopback twin. */
class HoldoutFeedbackGenerationTest {

    @TempDir
    Path base;
    private ProviderTwin twin;

    private final SpecSet specs = new SpecSet(List.of(withRequirement("catalog", "CAT-1"), withRequirement("pricing", "PRC-2")));

    private static Spec withRequirement(String id, String requirement) {
        Spec spec = Fixtures.spec(id, "About " + id + ".", List.of());
        return new Spec(spec.id(), spec.packageName(), spec.layer(), spec.dependsOn(), spec.capabilities(), spec.file(),
                spec.text(), spec.contracts(), List.of(new Requirement(requirement, "WHEN asked THEN " + id + " SHALL answer 2.", id, 9)));
    }

    @BeforeEach
    void startTwin() {
        twin = ProviderTwin.start("openai").otherwise(request -> {
            String id = request.user().contains("id: pricing\n") ? "pricing" : "catalog";
            return Reply.text("### com/acme/" + id + "/impl/Impl.java\n```java\npackage com.acme." + id + ".impl;\n\n"
                    + "public class Impl implements com.acme." + id + ".Api {\n    public int value() {\n        return 2;\n"
                    + "    }\n}\n```\n").withUsage(10, 5);
        });
    }

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private GenerateSummary run(Path feedback, int maxRounds, ModelAccess access) throws Exception {
        return run(feedback, maxRounds, access, null);
    }

    private GenerateSummary run(Path feedback, int maxRounds, ModelAccess access, String regenerate) throws Exception {
        Path contracts = ContractMaterializer.materialize(specs, base.resolve("target/generated-sources/factory-contracts"));
        GenerateRequest request = new GenerateRequest(specs, List.of(), base.resolve("src/factory/java"),
                base.resolve("src/factory/resources"), base.resolve("src/main/resources"), lockFile(),
                base.resolve("target/factory/transcripts"), new CompileInputs(List.of(), List.of(base.resolve("src/main/java"),
                contracts), "17"), null, regenerate, true, access, 2, 2, ConcurrentHashMap.newKeySet(), null, List.of(),
                feedback, maxRounds, null);
        return new Generation(request, LockPreload.readInBackground(lockFile(), () -> { }), FactoryLog.SILENT,
                Interruption.NONE).run();
    }

    private ModelAccess twinAccess() {
        return ModelAccess.allowed(() -> CodeModels.create(ModelSettings.of("openai", "twin-model", "sk-test", "test")
                .withBaseUrl(twin.baseUrl()).withTimeout(Duration.ofSeconds(30))
                .withRetry(new ModelSettings.Retry(0, Duration.ofMillis(10), Duration.ofMillis(10))), FactoryLog.SILENT));
    }

    private Path lockFile() {
        return base.resolve("factory.lock.json");
    }

    private Path feedback(String... ids) throws Exception {
        Path file = base.resolve("target/factory/" + HoldoutFeedback.FILE_NAME);
        Files.createDirectories(file.getParent());
        new HoldoutFeedback(2, List.of(ids)).write(file);
        return file;
    }

    private int rounds(String spec) throws Exception {
        return LockFile.read(lockFile()).entry(spec).holdoutRounds();
    }

    @Test
    void feedback_regenerates_only_the_spec_owning_the_id_shows_its_code_and_counts_the_round() throws Exception {
        run(null, 10, twinAccess());
        assertEquals(0, rounds("pricing"));
        String previous = Files.readString(base.resolve("src/factory/java/com/acme/pricing/impl/Impl.java"));

        GenerateSummary summary = run(feedback("PRC-2"), 10, twinAccess());

        assertEquals(List.of("pricing"), summary.generated());
        assertEquals(List.of("catalog"), summary.upToDate());
        String prompt = twin.requests().get(2).user();
        assertTrue(prompt.contains("- PRC-2: WHEN asked THEN pricing SHALL answer 2.\n  "
                + PromptBuilder.HOLDOUT_SENTENCE.formatted("PRC-2")), prompt);
        assertTrue(prompt.contains("## The previous implementation\n\n### com/acme/pricing/impl/Impl.java\n```java\n"
                + previous), prompt);
        assertEquals(1, rounds("pricing"));
        assertEquals(0, rounds("catalog"));
        run(feedback("PRC-2"), 10, twinAccess());
        assertEquals(2, rounds("pricing"), "the same question asked again");
    }

    @Test
    void a_spec_whose_feedback_rounds_reached_the_maximum_is_refused_before_any_model_request() throws Exception {
        run(null, 10, twinAccess());
        run(feedback("PRC-2"), 10, twinAccess());
        int requests = twin.requests().size();
        byte[] lock = Files.readAllBytes(lockFile());

        GenerateFailedException e = assertThrows(GenerateFailedException.class, () -> run(feedback("PRC-2"), 1, twinAccess()));

        assertEquals(GenerateFailedException.Reason.HOLDOUT_BUDGET_SPENT, e.reason());
        assertEquals(List.of("pricing"), e.specIds());
        assertEquals(List.of("pricing: 1 round(s) of feedback consumed by its current code; at most 1"), e.details());
        assertEquals(requests, twin.requests().size());
        assertArrayEquals(lock, Files.readAllBytes(lockFile()));
    }

    @Test
    void feedback_where_no_model_may_be_called_fails_before_the_file_is_even_read() throws Exception {
        run(null, 10, twinAccess());
        Path nowhere = base.resolve("nowhere.json");

        GenerateFailedException e = assertThrows(GenerateFailedException.class,
                () -> run(nowhere, 10, ModelAccess.refused(Fixtures.REFUSED)));

        assertEquals(GenerateFailedException.Reason.FEEDBACK_WITHOUT_MODEL, e.reason());
        assertEquals(nowhere, e.path());
        assertEquals(Set.of(ModelRefusal.Reason.FROZEN), e.refusal().reasons());
    }

    @Test
    void an_unknown_id_fails_naming_it_and_nothing_is_written_or_asked() throws Exception {
        run(null, 10, twinAccess());
        byte[] lock = Files.readAllBytes(lockFile());

        InvalidFeedbackException e = assertThrows(InvalidFeedbackException.class,
                () -> run(feedback("PRC-3"), 10, twinAccess()));

        assertEquals(InvalidFeedbackException.Reason.UNKNOWN_IDS, e.reason());
        assertEquals(Map.of("PRC-3", "PRC-2"), e.nearest());
        assertEquals(2, twin.requests().size());
        assertArrayEquals(lock, Files.readAllBytes(lockFile()));
    }

    @Test
    void a_regeneration_without_feedback_of_an_unchanged_spec_keeps_its_count() throws Exception {
        run(null, 10, twinAccess());
        run(feedback("PRC-2"), 10, twinAccess());

        GenerateSummary plain = run(null, 10, twinAccess(), "pricing");

        assertEquals(List.of("pricing"), plain.generated());
        assertEquals(1, rounds("pricing"), "still the same question of the same hidden scenarios");
    }
}
