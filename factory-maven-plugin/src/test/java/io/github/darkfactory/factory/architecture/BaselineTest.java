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

    @Test
    void a_violation_that_moved_to_another_line_is_still_baselined() {
        Baseline baseline = Baseline.of(List.of(violation("com.x.A", 7, "Method <com.x.A.run()> calls System.out")));

        assertTrue(baseline.covers(violation("com.x.A", 42, "Method <com.x.A.run()> calls System.out")));
        assertFalse(baseline.covers(violation("com.x.A", 7, "Method <com.x.A.stop()> calls System.out")));
        assertFalse(baseline.covers(violation("com.x.B", 7, "Method <com.x.A.run()> calls System.out")));
    }

    @Test
    void a_written_baseline_reads_back_the_same_and_is_sorted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("factory-baseline.json");
        Baseline.of(List.of(violation("com.x.B", 1, "b"), violation("com.x.A", 2, "a"))).write(file);

        Baseline read = Baseline.read(file);

        assertEquals(2, read.size());
        assertTrue(read.covers(violation("com.x.A", 99, "a")));
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
