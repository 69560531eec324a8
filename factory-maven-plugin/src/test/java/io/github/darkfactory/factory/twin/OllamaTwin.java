package io.github.darkfactory.factory.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * Twin of Ollama's chat API ({@code POST /api/chat}, non-streaming). Ollama has no keys; a key is
 * checked as {@code Authorization: Bearer}, as a gateway in front of Ollama would.
 */
public final class OllamaTwin extends ProviderTwin {

    public OllamaTwin() {
        super("/api/chat");
    }

    @Override
    public String provider() {
        return "ollama";
    }

    @Override
    protected String baseUrlPath() {
        return "";
    }

    @Override
    protected String presentedKey(Request request) {
        String authorization = request.header("authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    @Override
    protected String protocolError(Request request) {
        // We answer in one piece; a streaming request would expect NDJSON chunks.
        JsonNode stream = request.json().get("stream");
        return stream != null && stream.isBoolean() && !stream.asBoolean()
                ? null : "this twin answers only \"stream\": false";
    }

    @Override
    protected Prompt prompt(JsonNode body) {
        JsonNode messages = body.get("messages");
        return new Prompt(body.path("model").asText(null), textOfRoles(messages, "system"), textOfRoles(messages, "user"));
    }

    @Override
    protected ObjectNode answerBody(Request request, String text, long inputTokens, long outputTokens) {
        ObjectNode body = JSON.createObjectNode()
                .put("model", request.model())
                .put("created_at", Instant.now().toString());
        body.putObject("message").put("role", "assistant").put("content", text);
        return body.put("done_reason", "stop")
                .put("done", true)
                .put("prompt_eval_count", inputTokens)
                .put("eval_count", outputTokens);
    }

    @Override
    protected ObjectNode errorBody(int status, String message) {
        return JSON.createObjectNode().put("error", message);
    }
}
