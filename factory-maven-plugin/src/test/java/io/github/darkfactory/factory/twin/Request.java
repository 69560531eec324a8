package io.github.darkfactory.factory.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One request a twin received: method, request target as sent (absolute when it came through a
 * proxy), path, headers (names in lower case), raw body, and what the body asked for (model,
 * system and user prompt text). {@code receivedNanos} is {@link System#nanoTime()} on arrival,
 * for measuring backoff.
 */
public record Request(String method, String target, String path, Map<String, List<String>> headers, String body,
                      String model, String system, String user, long receivedNanos) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON, or an empty object when it is not JSON. */
    public JsonNode json() {
        try {
            return body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
