package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    private static Violation violation(String className, int line, String description) {
        return new Violation("no-standard-streams", className, "A.java", line, description, "why", "fix");
    }

    private static List<Boolean> baselined(Baseline baseline, Violation... violations) {
        return baseline.findings(List.of(violations)).stream().map(Finding::baselined).toList();
    }

    @Test
    void a_violation_that_moved_to_another_line_is_still_baselined() {
        Baseline baseline = Baseline.of(List.of(violation("com.x.A", 7, "Method <com.x.A.run()> calls System.out")));

        assertEquals(List.of(true), baselined(baseline, violation("com.x.A", 42, "Method <com.x.A.run()> calls System.out")));
        assertEquals(List.of(false), baselined(baseline, violation("com.x.A", 7, "Method <com.x.A.stop()> calls System.out")));
        assertEquals(List.of(false), baselined(baseline, violation("com.x.B", 7, "Method <com.x.A.run()> calls System.out")));
    }

    @Test
    void a_second_identical_violation_in_the_same_method_is_new() {
        Baseline baseline = Baseline.of(List.of(violation("com.x.A", 7, "Method <com.x.A.run()> calls System.out")));

        assertEquals(List.of(true, false), baselined(baseline, violation("com.x.A", 7, "Method <com.x.A.run()> calls System.out"),
                violation("com.x.A", 9, "Method <com.x.A.run()> calls System.out")));
    }

    @Test
    void identical_violations_are_written_once_with_their_count_and_read_back_as_many(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("factory-baseline.json");
        Violation first = violation("com.x.A", 7, "Method <com.x.A.run()> calls System.out");
        Violation second = violation("com.x.A", 9, "Method <com.x.A.run()> calls System.out");
        Baseline.of(List.of(first, second, violation("com.x.A", 11, "other"))).write(file);

        Baseline read = Baseline.read(file);

        assertEquals(3, read.size());
        assertEquals(List.of(true, true, false), baselined(read, first, second, violation("com.x.A", 12, first.description())));
        String text = Files.readString(file);
        assertEquals(1, text.split("calls System.out", -1).length - 1, text);
        assertTrue(text.contains("\"count\": 2"), text);
        assertFalse(text.replace("\"count\": 2", "").contains("count"), "no count where it is 1: " + text);
    }

    @Test
    void a_count_that_is_not_a_whole_number_of_at_least_one_is_refused_naming_the_file(@TempDir Path dir) throws Exception {
        for (String count : List.of("0", "-1", "1.5", "\"2\"")) {
            Path file = Files.writeString(dir.resolve("factory-baseline.json"), "{\"violations\": [{\"rule\": \"r\","
                    + " \"class\": \"com.x.A\", \"description\": \"d\", \"count\": " + count + "}]}");

            InvalidBaselineException e = assertThrows(InvalidBaselineException.class, () -> Baseline.read(file), count);

            assertTrue(e.getMessage().startsWith(file + ": an entry's \"count\""), e.getMessage());
        }
    }

    @Test
    void a_written_baseline_reads_back_the_same_and_is_sorted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("factory-baseline.json");
        Baseline.of(List.of(violation("com.x.B", 1, "b"), violation("com.x.A", 2, "a"))).write(file);

        Baseline read = Baseline.read(file);

        assertEquals(2, read.size());
        assertEquals(List.of(true), baselined(read, violation("com.x.A", 99, "a")));
        String text = Files.readString(file);
        assertTrue(text.indexOf("com.x.A") < text.indexOf("com.x.B"), text);
        assertFalse(text.contains("\r"), text);
        assertEquals(List.of("factory-baseline.json"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void a_missing_baseline_file_accepts_nothing(@TempDir Path dir) throws Exception {
        assertEquals(0, Baseline.read(dir.resolve("absent.json")).size());
    }

    @Test
    void a_baseline_that_is_not_json_is_refused_naming_the_file(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("factory-baseline.json"), "{ not json");

        InvalidBaselineException e = assertThrows(InvalidBaselineException.class, () -> Baseline.read(file));

        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON"), e.getMessage());
    }
}
