package io.github.darkfactory.factory.twins;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a twin jar is, its mappings extracted and checked, and WireMock's request log read as a journal. */
class TwinJarsTest {

    @TempDir
    Path temp;

    private Path jar(String name, String mainClass, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Map<String, String> entries(String... namesAndContents) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            entries.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return entries;
    }

    @Test
    void mappings_make_a_mappings_twin_even_with_a_main_class_and_a_main_class_alone_an_executable_one() throws Exception {
        assertEquals(TwinKind.MAPPINGS, TwinKind.of("p", jar("m.jar", "x.Main", entries("mappings/a.json", "{}"))));
        assertEquals(TwinKind.EXECUTABLE, TwinKind.of("p", jar("e.jar", "x.Main", entries("x/Main.class", ""))));
        TwinFailure neither = assertThrows(TwinFailure.class,
                () -> TwinKind.of("p", jar("n.jar", null, entries("readme.txt", "hi"))));
        assertEquals(TwinFailure.Reason.NOT_A_TWIN, neither.reason());
    }

    @Test
    void seal_tells_a_twin_from_a_scenario_jar_by_its_classes_naming_junit() throws Exception {
        assertEquals(java.util.Optional.of(TwinKind.MAPPINGS),
                TwinJars.kindOf("p", jar("m.jar", null, entries("mappings/a.json", "{}", "__files/b.json", "{}"))));
        assertEquals(java.util.Optional.of(TwinKind.EXECUTABLE),
                TwinJars.kindOf("p", jar("e.jar", "x.Main", entries("x/Main.class", "java/lang/String"))));
        assertEquals(java.util.Optional.empty(), TwinJars.kindOf("p", jar("s.jar", "x.Main",
                entries("x/Scenarios.class", "Lorg/junit/jupiter/api/Test;", "mappings/a.json", "{}"))));
        assertEquals(java.util.Optional.empty(), TwinJars.kindOf("p", jar("n.jar", null, entries("x/A.class", ""))));
    }

    @Test
    void seal_refuses_a_twin_whose_mapping_a_scenario_run_would_refuse_naming_the_file() throws Exception {
        Path broken = jar("b.jar", null, entries("mappings/ok.json", "{}", "mappings/broken.json", "{\"request\": {"));

        TwinFailure failure = assertThrows(TwinFailure.class, () -> TwinJars.kindOf("payments", broken));

        assertEquals(TwinFailure.Reason.INVALID_MAPPING, failure.reason());
        assertTrue(failure.getMessage().startsWith("The mapping mappings/broken.json of the twin payments (" + broken
                + ") is not valid JSON"), failure.getMessage());
    }

    @Test
    void extracts_mappings_and_files_and_nothing_else_replacing_what_an_earlier_run_left() throws Exception {
        Path root = temp.resolve("twins/p");
        Files.createDirectories(root.resolve("mappings"));
        Files.writeString(root.resolve("mappings/stale.json"), "{}");
        Path jar = jar("m.jar", null, entries("mappings/a.json", "{\"request\":{}}", "__files/body.json", "{}",
                "META-INF/other.txt", "x"));

        TwinMappings.extract("p", jar, root);

        assertTrue(Files.isRegularFile(root.resolve("mappings/a.json")));
        assertTrue(Files.isRegularFile(root.resolve("__files/body.json")));
        assertFalse(Files.exists(root.resolve("mappings/stale.json")));
        assertFalse(Files.exists(root.resolve("META-INF")));
    }

    @Test
    void a_mapping_that_is_no_json_object_is_named_with_where_it_breaks() throws Exception {
        Path broken = jar("b.jar", null, entries("mappings/good.json", "{}", "mappings/broken.json", "{\"request\": {"));
        TwinFailure failure = assertThrows(TwinFailure.class, () -> TwinMappings.extract("p", broken, temp.resolve("b")));
        assertEquals(TwinFailure.Reason.INVALID_MAPPING, failure.reason());
        assertTrue(failure.getMessage().startsWith("The mapping mappings/broken.json of the twin p ("), failure.getMessage());
        assertTrue(failure.getMessage().contains("is not valid JSON"), failure.getMessage());

        Path array = jar("a.jar", null, entries("mappings/list.json", "[]"));
        assertTrue(assertThrows(TwinFailure.class, () -> TwinMappings.extract("p", array, temp.resolve("a")))
                .getMessage().endsWith("is not a JSON object"));
    }

    @Test
    void wire_mocks_request_log_becomes_journal_lines_oldest_first() throws Exception {
        JsonNode log = Json.MAPPER.readTree("""
                {"requests": [
                  {"request": {"url": "/nope?x=1", "method": "POST"}, "responseDefinition": {"status": 404},
                   "response": {"status": 404}, "wasMatched": false, "timing": {"totalTime": 3}},
                  {"request": {"url": "/charge", "method": "GET"}, "response": {"status": 201},
                   "wasMatched": true, "timing": {"totalTime": 12}}
                ]}""");

        List<JournalEntry> entries = JournalEntry.fromWireMock(log);

        assertEquals(List.of(new JournalEntry("GET", "/charge", "", 201, true, 12),
                new JournalEntry("POST", "/nope", "x=1", 404, false, 3)), entries);
        assertEquals("{\"method\":\"POST\",\"path\":\"/nope\",\"query\":\"x=1\",\"status\":404,\"matched\":false,"
                + "\"durationMs\":3}", Json.MAPPER.writeValueAsString(entries.get(1).toMap()));
    }
}
