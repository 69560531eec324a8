package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.contracts.ContractMaterializer;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.Layer;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckWarmUpTest {

    @TempDir
    Path project;

    private final List<String> debug = new CopyOnWriteArrayList<>();
    private final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { }
        @Override public void warn(String message) { }
        @Override public void error(String message) { }
        @Override public void debug(String message) { debug.add(message); }
    };

    private SpecJob job() throws IOException {
        Path contracts = project.resolve("target/generated-sources/factory-contracts");
        SpecSet specs = new SpecSet(List.of(TestSpecs.catalog(), TestSpecs.pricing()));
        ContractMaterializer.materialize(specs, contracts);
        return new SpecJob(TestSpecs.pricing(), specs, null,
                new CompileInputs(List.of(), List.of(project.resolve("src/main/java"), contracts), "17"), Map.of(),
                List.of(new Layer("domain", List.of("..domain.."), List.of())),
                List.of("com.acme.shop.domain.catalog", "com.acme.shop.domain.pricing"), 4,
                project.resolve("target/factory/transcripts"), List.of());
    }

    @Test
    void warms_up_with_an_answer_that_passes_every_check_so_compile_and_rules_all_run() throws IOException {
        SpecGenerator.Checked checked = SpecGenerator.check(job(), CheckWarmUp.answer(job()), null);

        assertEquals(List.of(), checked.problems());
        assertEquals(List.of("com/acme/shop/domain/pricing/FactoryCheckWarmUp.java"), List.copyOf(checked.accepted().keySet()));
    }

    @Test
    void runs_its_rounds_in_the_background_and_writes_nothing_to_the_project() throws Exception {
        SpecJob job = job();
        List<Path> before = files();

        CheckWarmUp warmUp = CheckWarmUp.start(job, log, null);

        assertTrue(warmUp.awaitEnd(Duration.ofMinutes(2)), "the warm-up ends on its own");
        assertEquals(before, files());
        assertTrue(debug.stream().anyMatch(m -> m.startsWith("Warmed up the checks in " + CheckWarmUp.MAX_ROUNDS + " round(s)")),
                debug.toString());
    }

    @Test
    void starts_no_further_round_once_stopped() throws Exception {
        CheckWarmUp warmUp = CheckWarmUp.start(job(), log, null);
        warmUp.stop();

        assertTrue(warmUp.awaitEnd(Duration.ofMinutes(2)));
        assertTrue(debug.stream().anyMatch(m -> m.matches("Warmed up the checks in [01] round\\(s\\).*")), debug.toString());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.sorted().toList();
        }
    }
}
