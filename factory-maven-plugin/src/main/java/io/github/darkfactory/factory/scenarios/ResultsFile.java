package io.github.darkfactory.factory.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON lines the runner wrote; a missing {@code done} line means the JVM died mid-run. */
final class ResultsFile {

    /** @param running labels of the scenarios that started but never finished */
    record Contents(List<ScenarioResult> results, boolean done, List<String> running) {
    }

    private ResultsFile() {
    }

    static Contents read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Contents(List.of(), false, List.of());
        }
        List<ScenarioResult> results = new ArrayList<>();
        boolean done = false;
        Map<String, String> running = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (IOException truncated) {
                break; // the last line of a JVM killed while writing
            }
            String event = node.path("event").asText();
            if (event.equals("done")) {
                done = true;
            } else if (event.equals("waiting")) {
                continue; // for its twins, before the first scenario
            } else if (event.equals("started")) {
                running.put(node.path("id").asText(), node.hasNonNull("label") ? node.get("label").asText()
                        : ScenarioResult.label(text(node, "className"), node.path("displayName").asText()));
            } else {
                ScenarioResult result = toResult(node);
                running.remove(result.id());
                results.add(result);
            }
        }
        return new Contents(List.copyOf(results), done, List.copyOf(running.values()));
    }

    private static ScenarioResult toResult(JsonNode node) {
        ScenarioResult.Status status = ScenarioResult.Status.valueOf(node.path("status").asText());
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(t -> tags.add(t.asText()));
        ScenarioResult.Failure failure = null;
        if (node.has("failureType")) {
            failure = new ScenarioResult.Failure(node.path("failureType").asText(), text(node, "failureMessage"),
                    text(node, "stackTrace"));
        } else if (node.has("reason")) {
            failure = new ScenarioResult.Failure(null, text(node, "reason"), null);
        }
        return new ScenarioResult(node.path("id").asText(), node.path("displayName").asText(),
                text(node, "className"), text(node, "methodName"), tags, status,
                node.path("durationMs").asLong(), failure, text(node, "label"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
