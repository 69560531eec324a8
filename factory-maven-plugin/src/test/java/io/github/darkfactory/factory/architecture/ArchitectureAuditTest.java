package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.factory.io.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchitectureAuditTest {

    private static final Map<String, String> PRINTER = Map.of("com/x/Printer.java", """
            package com.x;

            public class Printer {
                public void print() {
                    System.out.println("hi");
                }
            }
            """);

    private final List<String> lines = new ArrayList<>();

    private final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { lines.add("INFO " + message); }
        @Override public void warn(String message) { lines.add("WARN " + message); }
        @Override public void error(String message) { lines.add("ERROR " + message); }
        @Override public void debug(String message) { }
    };

    private static ArchitectureRequest request(Path project, boolean updateBaseline) {
        return new ArchitectureRequest(
                new ArchitectureInput(List.of(project.resolve("target/classes")), List.of(), List.of(), Set.of(), Map.of(), List.of()),
                project, List.of(project.resolve("src/main/java")), project.resolve("target/factory"),
                project.resolve("factory-baseline.json"), updateBaseline);
    }

    @Test
    void writes_sarif_with_the_rule_and_a_result_located_in_the_source_file(@TempDir Path project) throws Exception {
        CompiledSources.compile(project, PRINTER);

        ArchitectureResult result = ArchitectureAudit.audit(request(project, false), log);

        assertEquals(1, result.newViolations().size());
        JsonNode run = Json.MAPPER.readTree(result.sarifReport().toFile()).path("runs").get(0);
        assertEquals("2.1.0", Json.MAPPER.readTree(result.sarifReport().toFile()).path("version").asText());
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertEquals("no-standard-streams", rule.path("id").asText());
        assertFalse(rule.path("help").path("text").asText().isEmpty());
        JsonNode sarifResult = run.path("results").get(0);
        assertEquals("no-standard-streams", sarifResult.path("ruleId").asText());
        assertEquals("error", sarifResult.path("level").asText());
        JsonNode location = sarifResult.path("locations").get(0).path("physicalLocation");
        assertEquals("src/main/java/com/x/Printer.java", location.path("artifactLocation").path("uri").asText());
        assertEquals(5, location.path("region").path("startLine").asInt());
        assertTrue(lines.contains("ERROR " + result.newViolations().get(0).render()), lines::toString);
    }

    @Test
    void writes_json_with_status_counts_and_each_violation(@TempDir Path project) throws Exception {
        CompiledSources.compile(project, PRINTER);

        ArchitectureResult result = ArchitectureAudit.audit(request(project, false), log);

        JsonNode json = Json.MAPPER.readTree(result.jsonReport().toFile());
        assertEquals("FAILED", json.path("status").asText());
        assertEquals(1, json.path("summary").path("new").asInt());
        JsonNode violation = json.path("violations").get(0);
        assertEquals("com.x.Printer", violation.path("class").asText());
        assertEquals(5, violation.path("line").asInt());
        assertFalse(violation.path("baselined").asBoolean());
    }

    @Test
    void recorded_violations_are_reported_as_baselined_on_the_next_run_and_a_new_one_is_not(@TempDir Path project) throws Exception {
        CompiledSources.compile(project, PRINTER);
        ArchitectureAudit.audit(request(project, true), log);
        assertTrue(Files.exists(project.resolve("factory-baseline.json")));

        CompiledSources.compile(project, Map.of("com/x/Shouter.java", """
                package com.x;

                public class Shouter {
                    public void shout() {
                        System.err.println("HI");
                    }
                }
                """));
        ArchitectureResult next = ArchitectureAudit.audit(request(project, false), log);

        assertEquals(List.of("com.x.Shouter"), next.newViolations().stream().map(v -> v.className()).toList());
        assertEquals(1, next.baselinedCount());
        JsonNode sarifResults = Json.MAPPER.readTree(next.sarifReport().toFile()).path("runs").get(0).path("results");
        assertEquals("note", sarifResults.get(0).path("level").asText());
        assertEquals("error", sarifResults.get(1).path("level").asText());
    }

    @Test
    void the_baseline_is_never_written_unless_asked(@TempDir Path project) throws Exception {
        CompiledSources.compile(project, PRINTER);

        ArchitectureAudit.audit(request(project, false), log);

        assertFalse(Files.exists(project.resolve("factory-baseline.json")));
    }
}
