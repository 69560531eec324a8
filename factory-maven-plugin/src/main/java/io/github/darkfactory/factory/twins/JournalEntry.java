package io.github.darkfactory.factory.twins;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One served request, a line of {@code target/factory/twins/<name>.jsonl}.
 *
 * @param query the query string without {@code ?}, or empty
 */
record JournalEntry(String method, String path, String query, int status, boolean matched, long durationMs) {

    /** The entries of WireMock's {@code GET /__admin/requests} answer, oldest first (WireMock lists newest first). */
    static List<JournalEntry> fromWireMock(JsonNode answer) {
        List<JournalEntry> entries = new ArrayList<>();
        for (JsonNode logged : answer.path("requests")) {
            String url = logged.path("request").path("url").asText("");
            int question = url.indexOf('?');
            JsonNode response = logged.path("response").has("status") ? logged.path("response") : logged.path("responseDefinition");
            entries.add(0, new JournalEntry(logged.path("request").path("method").asText(""),
                    question < 0 ? url : url.substring(0, question), question < 0 ? "" : url.substring(question + 1),
                    response.path("status").asInt(0), logged.path("wasMatched").asBoolean(false),
                    logged.path("timing").path("totalTime").asLong(0)));
        }
        return entries;
    }

    Map<String, Object> toMap() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("method", method);
        line.put("path", path);
        line.put("query", query);
        line.put("status", status);
        line.put("matched", matched);
        line.put("durationMs", durationMs);
        return line;
    }
}
