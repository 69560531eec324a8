package io.github.darkfactory.factory.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.atomic.AtomicLong;

/** Twin of Anthropic's Messages API ({@code POST /v1/messages}, headers {@code x-api-key} and {@code anthropic-version}). */
public final class AnthropicTwin extends ProviderTwin {

    private final AtomicLong ids = new AtomicLong();

    public AnthropicTwin() {
        super("/v1/messages");
    }

    @Override
    public String provider() {
        return "anthropic";
    }

    @Override
    protected String baseUrlPath() {
        return "/v1";
    }

    @Override
    protected String presentedKey(Request request) {
        return request.header("x-api-key");
    }

    @Override
    protected String protocolError(Request request) {
        if (request.header("anthropic-version") == null) {
            return "anthropic-version: header is required";
        }
        return request.json().has("max_tokens") ? null : "max_tokens: Field required";
    }

    @Override
    protected Prompt prompt(JsonNode body) {
        return new Prompt(body.path("model").asText(null), text(body.get("system")),
                textOfRoles(body.get("messages"), "user"));
    }

    @Override
    protected ObjectNode answerBody(Request request, String text, long inputTokens, long outputTokens) {
        ObjectNode body = JSON.createObjectNode()
                .put("id", "msg_twin_" + ids.incrementAndGet())
                .put("type", "message")
                .put("role", "assistant")
                .put("model", request.model());
        body.putArray("content").addObject().put("type", "text").put("text", text);
        body.put("stop_reason", "end_turn").putNull("stop_sequence");
        body.putObject("usage").put("input_tokens", inputTokens).put("output_tokens", outputTokens);
        return body;
    }

    @Override
    protected ObjectNode errorBody(int status, String message) {
        String type = switch (status) {
            case 401 -> "authentication_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529 -> "overloaded_error";
            default -> status >= 500 ? "api_error" : "invalid_request_error";
        };
        ObjectNode body = JSON.createObjectNode().put("type", "error");
        body.putObject("error").put("type", type).put("message", message);
        return body;
    }
}
