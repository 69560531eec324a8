package io.github.darkfactory.factory.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.atomic.AtomicLong;

/** Twin of OpenAI's Chat Completions API ({@code POST /v1/chat/completions}), also what OpenAI-compatible servers speak. */
public final class OpenAiTwin extends ProviderTwin {

    private final AtomicLong ids = new AtomicLong();

    public OpenAiTwin() {
        super("/v1/chat/completions");
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    protected String baseUrlPath() {
        return "/v1";
    }

    @Override
    protected String presentedKey(Request request) {
        String authorization = request.header("authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    @Override
    protected Prompt prompt(JsonNode body) {
        JsonNode messages = body.get("messages");
        return new Prompt(body.path("model").asText(null), textOfRoles(messages, "system", "developer"),
                textOfRoles(messages, "user"));
    }

    @Override
    protected ObjectNode answerBody(Request request, String text, long inputTokens, long outputTokens) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-twin-" + ids.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", request.model());
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        body.putObject("usage")
                .put("prompt_tokens", inputTokens)
                .put("completion_tokens", outputTokens)
                .put("total_tokens", inputTokens + outputTokens);
        return body;
    }

    @Override
    protected ObjectNode errorBody(int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error").put("message", message);
        switch (status) {
            case 401 -> error.put("type", "invalid_request_error").put("code", "invalid_api_key");
            case 429 -> error.put("type", "requests").put("code", "rate_limit_exceeded");
            case 404 -> error.put("type", "invalid_request_error").put("code", "model_not_found");
            default -> error.put("type", status >= 500 ? "server_error" : "invalid_request_error").putNull("code");
        }
        error.putNull("param");
        return body;
    }
}
