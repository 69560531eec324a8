package io.github.darkfactory.factory.generate.model;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.darkfactory.factory.log.FactoryLog;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the real provider clients. Every client gets our HTTP client (timeouts, proxy) and has
 * LangChain4j's retries switched off: {@link AbstractCodeModel} owns the retry policy.
 */
public final class CodeModels {

    public static final List<String> PROVIDERS = List.of("openai", "anthropic", "ollama");

    static final String OPENAI_URL = "https://api.openai.com/v1";
    static final String ANTHROPIC_URL = "https://api.anthropic.com/v1";
    static final String OLLAMA_URL = "http://localhost:11434";

    private CodeModels() {
    }

    /** @throws IllegalArgumentException for a provider other than {@link #PROVIDERS}, or a bad baseUrl */
    public static CodeModel create(ModelSettings settings, FactoryLog log) {
        String provider = settings.provider().trim().toLowerCase(Locale.ROOT);
        String baseUrl = baseUrl(settings, provider);
        ChatModel chatModel = switch (provider) {
            case "openai" -> openAi(settings, baseUrl);
            case "anthropic" -> anthropic(settings, baseUrl);
            case "ollama" -> ollama(settings, baseUrl);
            default -> throw unknownProvider(settings.provider());
        };
        log.debug("Model client: " + settings);
        JsonWarmUp.once();
        return new LangChain4jCodeModel(settings, baseUrl, chatModel, log);
    }

    static IllegalArgumentException unknownProvider(String provider) {
        return new IllegalArgumentException("Unknown model provider '" + provider + "': use one of "
                + String.join(", ", PROVIDERS) + ".");
    }

    private static ChatModel openAi(ModelSettings settings, String baseUrl) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(settings.apiKey())
                .modelName(settings.name())
                // Unlike the other clients, OpenAiChatModel replaces the HTTP client's timeouts
                // with its own defaults (15 s connect, 60 s read) unless given one here.
                .timeout(settings.timeout())
                .maxRetries(0)
                .httpClientBuilder(ModelHttp.clientBuilder(settings));
        // OpenAI's current models reject max_tokens; most OpenAI-compatible servers only know it.
        return (isOpenAiItself(baseUrl) ? builder.maxCompletionTokens(settings.maxTokens())
                : builder.maxTokens(settings.maxTokens())).build();
    }

    private static ChatModel anthropic(ModelSettings settings, String baseUrl) {
        return AnthropicChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(settings.apiKey())
                .modelName(settings.name())
                .maxTokens(settings.maxTokens())
                .maxRetries(0)
                .httpClientBuilder(ModelHttp.clientBuilder(settings))
                .build();
    }

    private static ChatModel ollama(ModelSettings settings, String baseUrl) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(settings.name())
                .numPredict(settings.maxTokens())
                .maxRetries(0)
                .httpClientBuilder(ModelHttp.clientBuilder(settings));
        // Ollama has no credentials of its own; a key, when configured, is for a gateway in front of it.
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            builder.customHeaders(Map.of("Authorization", "Bearer " + settings.apiKey()));
        }
        return builder.build();
    }

    private static String baseUrl(ModelSettings settings, String provider) {
        String configured = settings.baseUrl();
        String url = configured != null && !configured.isBlank() ? configured.trim() : switch (provider) {
            case "openai" -> OPENAI_URL;
            case "anthropic" -> ANTHROPIC_URL;
            case "ollama" -> OLLAMA_URL;
            default -> throw unknownProvider(settings.provider());
        };
        if (!isHttpUrl(url)) {
            throw new IllegalArgumentException("Model baseUrl '" + url
                    + "' must be an http or https URL with a host, such as " + OPENAI_URL + ".");
        }
        return url;
    }

    /** The one check of a base URL, for the adapter's validation and ours: http or https, with a host. */
    public static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static boolean isOpenAiItself(String baseUrl) {
        String host = URI.create(baseUrl).getHost().toLowerCase(Locale.ROOT);
        return host.equals("api.openai.com") || host.endsWith(".openai.azure.com");
    }
}
