package io.github.darkfactory.factory.generate.lock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockFileTest {

    @TempDir
    Path dir;

    static Lock sampleLock() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("com/acme/pricing/Zeta.java", "bb");
        files.put("com/acme/pricing/Alpha.java", "aa");
        Map<String, LockEntry> entries = new LinkedHashMap<>();
        entries.put("pricing", new LockEntry("h1", new LockEntry.ModelRef("openai", "gpt-5.1-codex"), "3", 2,
                new LockEntry.Tokens(1200, 800), files, Map.of("com.acme.pricing.Api", "com.acme.pricing.Alpha")));
        entries.put("catalog", new LockEntry("h2", new LockEntry.ModelRef("ollama", "qwen"), "3", 1,
                new LockEntry.Tokens(10, 20), Map.of("com/acme/catalog/Impl.java", "cc"), Map.of()));
        return Lock.of(entries);
    }

    @Test
    void a_written_lock_reads_back_equal() throws Exception {
        Path file = dir.resolve("factory.lock.json");
        Files.write(file, LockFile.render(sampleLock()));

        assertEquals(sampleLock(), LockFile.read(file));
    }

    @Test
    void rendering_twice_gives_identical_bytes_and_reading_then_rendering_changes_nothing() throws Exception {
        byte[] first = LockFile.render(sampleLock());
        Path file = dir.resolve("factory.lock.json");
        Files.write(file, first);

        assertArrayEquals(first, LockFile.render(sampleLock()));
        assertArrayEquals(first, LockFile.render(LockFile.read(file)));
    }

    @Test
    void the_rendering_is_pretty_sorted_lf_terminated_and_has_fixed_field_order() {
        String json = new String(LockFile.render(sampleLock()), StandardCharsets.UTF_8);

        assertTrue(json.endsWith("}\n"), json);
        assertFalse(json.contains("\r"), json);
        assertTrue(json.startsWith("{\n  \"formatVersion\": 1,\n  \"specs\": {\n    \"catalog\": {\n      \"inputHash\": \"h2\","), json);
        assertTrue(json.indexOf("\"catalog\"") < json.indexOf("\"pricing\""), json);
        assertTrue(json.indexOf("Alpha.java") < json.indexOf("Zeta.java"), json);
        String pricing = json.substring(json.indexOf("\"pricing\""));
        int[] order = {pricing.indexOf("inputHash"), pricing.indexOf("\"model\""), pricing.indexOf("promptVersion"),
                pricing.indexOf("iterations"), pricing.indexOf("tokens"), pricing.indexOf("\"files\""),
                pricing.indexOf("\"services\"")};
        for (int i = 1; i < order.length; i++) {
            assertTrue(order[i - 1] < order[i], "field order in " + pricing);
        }
    }

    @Test
    void the_services_section_gathers_every_entry_by_interface() {
        assertEquals(Map.of("com.acme.pricing.Api", java.util.List.of("com.acme.pricing.Alpha")), sampleLock().services());
    }

    @Test
    void an_absent_lock_file_reads_as_an_empty_lock() throws Exception {
        assertTrue(LockFile.read(dir.resolve("missing.json")).specs().isEmpty());
    }

    @Test
    void a_lock_of_another_format_version_is_refused_with_its_path() throws Exception {
        Path file = dir.resolve("factory.lock.json");
        Files.writeString(file, "{\"formatVersion\": 99, \"specs\": {}}");

        LockFile.InvalidLockException e = assertThrows(LockFile.InvalidLockException.class, () -> LockFile.read(file));
        assertTrue(e.getMessage().contains("formatVersion 99"), e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void broken_json_is_reported_with_its_line() throws Exception {
        Path file = dir.resolve("factory.lock.json");
        Files.writeString(file, "{\n\"formatVersion\": 1,\n\"specs\": {\n");

        LockFile.InvalidLockException e = assertThrows(LockFile.InvalidLockException.class, () -> LockFile.read(file));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void a_value_of_the_wrong_type_is_reported_with_its_field_and_line() throws Exception {
        Path file = dir.resolve("factory.lock.json");
        Files.writeString(file, "{\n\"formatVersion\": 1,\n\"specs\": {\"pricing\": {\n\"iterations\": \"two\"}}}\n");

        LockFile.InvalidLockException e = assertThrows(LockFile.InvalidLockException.class, () -> LockFile.read(file));
        assertTrue(e.getMessage().contains("'iterations' should be a whole number but is a string at line 4"), e.getMessage());
    }

    @Test
    void fields_this_plugin_does_not_know_are_skipped() throws Exception {
        Path file = dir.resolve("factory.lock.json");
        String rendered = new String(LockFile.render(sampleLock()), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(file, rendered.replace("\"formatVersion\": 1,",
                "\"formatVersion\": 1, \"future\": {\"a\": [1, {\"b\": null}]},")
                .replace("\"inputHash\"", "\"reviewedBy\": [\"x\"], \"inputHash\""));

        assertEquals(sampleLock(), LockFile.read(file));
    }
}
