package io.github.darkfactory.factory.generate.lock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldoutBudgetTest {

    @TempDir
    Path dir;

    private static LockEntry entry(String inputHash, int holdoutRounds) {
        return new LockEntry(inputHash, new LockEntry.ModelRef("openai", "m"), "2", 1, new LockEntry.Tokens(1, 1),
                holdoutRounds, Map.of("a/A.java", "aa"), Map.of());
    }

    @Test
    void feedback_on_unchanged_inputs_adds_a_round_and_a_plain_regeneration_keeps_the_count() {
        assertEquals(4, HoldoutBudget.roundsAfter(entry("h", 3), "h", true));
        assertEquals(3, HoldoutBudget.roundsAfter(entry("h", 3), "h", false));
    }

    @Test
    void a_changed_spec_is_a_new_question_and_counts_from_zero() {
        assertEquals(0, HoldoutBudget.roundsAfter(entry("old", 7), "new", false));
        assertEquals(1, HoldoutBudget.roundsAfter(entry("old", 7), "new", true));
        assertEquals(1, HoldoutBudget.roundsAfter(null, "new", true));
    }

    @Test
    void specs_whose_entry_reached_the_maximum_are_spent_in_the_order_asked() {
        Lock lock = Lock.of(Map.of("a", entry("h", 10), "b", entry("h", 9), "c", entry("h", 12)));

        assertEquals(List.of("c", "a"), HoldoutBudget.spent(lock, List.of("c", "b", "a", "unknown"), 10));
    }

    @Test
    void the_lock_writes_holdout_rounds_after_tokens_for_every_entry_and_reads_them_back() throws Exception {
        Lock lock = Lock.of(Map.of("a", entry("h", 2), "b", entry("h", 0)));
        String json = new String(LockFile.render(lock), StandardCharsets.UTF_8);

        assertEquals(2, json.split("\"holdoutRounds\"", -1).length - 1, json);
        assertTrue(json.contains("\"holdoutRounds\": 0,"), json);
        assertTrue(json.indexOf("\"tokens\"") < json.indexOf("\"holdoutRounds\"")
                && json.indexOf("\"holdoutRounds\"") < json.indexOf("\"files\""), json);
        Path file = Files.write(dir.resolve("factory.lock.json"), LockFile.render(lock));
        assertEquals(lock, LockFile.read(file));
    }

    @Test
    void a_lock_written_before_holdout_feedback_existed_reads_as_zero_rounds() throws Exception {
        Path file = Files.writeString(dir.resolve("factory.lock.json"), """
                {"formatVersion": 1, "specs": {"a": {"inputHash": "h", "iterations": 1, "files": {}}}}
                """);

        assertEquals(0, LockFile.read(file).entry("a").holdoutRounds());
        assertEquals(Map.of("a", 0), LockFile.read(file).holdoutRounds());
    }
}
