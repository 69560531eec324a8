package io.github.darkfactory.factory.run;

import io.github.darkfactory.factory.feedback.HoldoutFeedback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The round logic against a fake build: each scripted round writes what a real verify would. */
class RunLoopTest {

    @TempDir
    Path dir;

    private final List<RoundBuild.Input> inputs = new ArrayList<>();
    /** The feedback file as each round's build saw it (the run removes it when it ends). */
    private final List<HoldoutFeedback> feedbackSeen = new ArrayList<>();
    private final List<Round> progress = new ArrayList<>();
    private final Deque<Step> script = new ArrayDeque<>();

    /** What one fake round does: its exit code, the evidence it writes (or null), its error lines. */
    private record Step(int exitCode, String evidence, List<String> errorLines, long calls) {
    }

    private Path factory() {
        return dir.resolve("target/factory");
    }

    private RunRequest request(int rounds) {
        return new RunRequest(rounds, "pricing", factory(), dir.resolve("factory.lock.json"), 10);
    }

    private RunLoopTest round(int exitCode, String evidence, long calls, String... errorLines) {
        script.add(new Step(exitCode, evidence, List.of(errorLines), calls));
        return this;
    }

    private RunResult run(RunRequest request) throws Exception {
        return new RunLoop(request, input -> {
            inputs.add(input);
            if (input.feedback() != null) {
                feedbackSeen.add(HoldoutFeedback.read(input.feedback()));
            }
            assertFalse(Files.exists(factory().resolve("evidence.json")), "the evidence of an earlier round was removed");
            Step step = script.removeFirst();
            if (step.evidence() != null) {
                Files.writeString(factory().resolve("evidence.json"), step.evidence());
            }
            Files.writeString(factory().resolve(RoundFigures.FILE_NAME), """
                    {"calls": %d, "inputTokens": 100, "outputTokens": 10, "wallMillis": 5, "cpuMillis": 4}
                    """.formatted(step.calls()));
            return new RoundBuild.Outcome(step.exitCode(), step.errorLines());
        }, progress::add).run();
    }

    private static String evidence(String... idStatusSpec) {
        StringBuilder requirements = new StringBuilder();
        for (String r : idStatusSpec) {
            String[] p = r.split(":");
            requirements.append(requirements.isEmpty() ? "" : ",").append("""
                    {"id": "%s", "spec": "%s", "text": "text of %s", "status": "%s", "scenarios": ["[engine:x]"]}
                    """.formatted(p[0], p[2], p[0], p[1]));
        }
        return "{\"status\": \"FAILED\", \"requirements\": [" + requirements + "], \"scenarios\": []}";
    }

    @Test
    void a_passing_first_round_ends_the_run_and_regenerates_what_the_user_asked() throws Exception {
        round(0, evidence("PRC-1:SATISFIED:pricing"), 2);

        RunResult result = run(request(3));

        assertEquals(1, result.rounds().size());
        assertEquals(Round.Outcome.PASSED, result.last().outcome());
        assertEquals("pricing", inputs.get(0).regenerate());
        assertNull(inputs.get(0).feedback());
        assertEquals(factory().resolve("run/round-1.log"), inputs.get(0).logFile());
        assertEquals(2, result.figures().calls());
    }

    @Test
    void failed_requirements_are_fed_back_by_id_and_the_next_round_regenerates_their_specs_only_from_the_feedback()
            throws Exception {
        round(1, evidence("PRC-1:SATISFIED:pricing", "PRC-2:FAILED:pricing", "CAT-1:FAILED:catalog"), 1);
        round(0, evidence("PRC-1:SATISFIED:pricing", "PRC-2:SATISFIED:pricing", "CAT-1:SATISFIED:catalog"), 2);

        RunResult result = run(request(3));

        Round first = progress.get(0);
        assertEquals(Round.Outcome.FEEDING_BACK, first.outcome());
        assertEquals(List.of("PRC-2", "CAT-1"), first.failedIds());
        assertEquals(List.of("pricing", "catalog"), first.specs());
        assertEquals(Round.Outcome.PASSED, result.last().outcome());
        assertEquals(2, result.rounds().size());
        assertNull(inputs.get(1).regenerate(), "later rounds regenerate what the feedback names");
        assertEquals(factory().resolve("feedback.json"), inputs.get(1).feedback());
        assertEquals(List.of(new HoldoutFeedback(2, List.of("CAT-1", "PRC-2"))), feedbackSeen);
        assertFalse(Files.exists(factory().resolve("feedback.json")), "a run leaves no feedback behind to be taken for new");
        assertEquals(3, result.figures().calls());
        assertEquals(200, result.figures().inputTokens());
    }

    @Test
    void requirements_still_failing_after_the_last_round_fail_the_run_naming_them() throws Exception {
        round(1, evidence("PRC-2:FAILED:pricing"), 1);
        round(1, evidence("PRC-2:FAILED:pricing"), 1);

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(2)));

        assertEquals(Round.Outcome.NO_ROUNDS_LEFT, e.last().outcome());
        assertEquals(List.of("PRC-2"), e.last().failedIds());
        assertEquals("text of PRC-2", e.last().failed().get(0).text());
        assertEquals(2, e.result().rounds().size());
    }

    @Test
    void missing_evidence_stops_the_run_at_once_even_when_other_requirements_failed() throws Exception {
        round(1, evidence("PRC-1:MISSING:pricing", "PRC-2:FAILED:pricing"), 1);

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(3)));

        assertEquals(Round.Outcome.MISSING_EVIDENCE, e.last().outcome());
        assertEquals(List.of("PRC-1"), e.last().missingIds());
        assertEquals(1, inputs.size());
        assertFalse(Files.exists(factory().resolve("feedback.json")));
    }

    @Test
    void a_build_that_failed_without_evidence_stops_the_run_showing_its_error_lines() throws Exception {
        round(1, null, 0, "[ERROR] Hand.java:[3,1] class, interface, enum, or record expected");

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(3)));

        assertEquals(Round.Outcome.BUILD_FAILED, e.last().outcome());
        assertEquals(List.of("[ERROR] Hand.java:[3,1] class, interface, enum, or record expected"), e.last().errorLines());
        assertEquals(1, inputs.size());
    }

    @Test
    void evidence_left_by_an_earlier_build_is_not_read() throws Exception {
        Files.createDirectories(factory());
        Files.writeString(factory().resolve("evidence.json"), evidence("PRC-2:FAILED:pricing"));
        round(1, null, 0, "[ERROR] something else");

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(3)));

        assertEquals(Round.Outcome.BUILD_FAILED, e.last().outcome());
    }

    @Test
    void evidence_without_failed_or_missing_requirements_counts_as_a_build_failure() throws Exception {
        round(1, evidence("PRC-1:SATISFIED:pricing"), 0, "[ERROR] Architecture violations");

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(3)));

        assertEquals(Round.Outcome.BUILD_FAILED, e.last().outcome());
        assertEquals(List.of("[ERROR] Architecture violations"), e.last().errorLines());
    }

    @Test
    void a_spec_whose_code_consumed_its_holdout_budget_gets_no_more_feedback() throws Exception {
        Files.writeString(dir.resolve("factory.lock.json"), """
                {"formatVersion": 1, "specs": {"pricing": {"holdoutRounds": 10}, "catalog": {"holdoutRounds": 3}}}
                """);
        round(1, evidence("PRC-2:FAILED:pricing", "CAT-1:FAILED:catalog"), 1);

        RunFailedException e = assertThrows(RunFailedException.class, () -> run(request(3)));

        assertEquals(Round.Outcome.HOLDOUT_BUDGET_SPENT, e.last().outcome());
        assertEquals(List.of("pricing"), e.last().specs());
        assertFalse(Files.exists(factory().resolve("feedback.json")), "nothing fed back");
    }

    @Test
    void a_round_that_generated_nothing_spent_nothing() throws IOException {
        assertEquals(RoundFigures.NONE, RoundFigures.read(dir.resolve("absent.json")));
    }

    @Test
    void a_run_needs_at_least_one_round() {
        assertThrows(IllegalArgumentException.class, () -> request(0));
        assertTrue(request(1).rounds() == 1);
    }
}
