package io.github.darkfactory.factory.generate.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.github.darkfactory.factory.log.FactoryLog;

import java.util.ArrayList;
import java.util.List;

/** A {@link CodeModel} over any LangChain4j {@link ChatModel}; {@link CodeModels} builds the client. */
final class LangChain4jCodeModel extends AbstractCodeModel {

    private final ChatModel chatModel;
    private final int maxTokens;

    LangChain4jCodeModel(ModelSettings settings, String baseUrl, ChatModel chatModel, FactoryLog log) {
        super(settings, baseUrl, log);
        this.chatModel = chatModel;
        this.maxTokens = settings.maxTokens();
    }

    @Override
    protected ModelReply doAsk(String systemPrompt, String userPrompt) {
        List<ChatMessage> messages = new ArrayList<>();
        if (systemPrompt != null && !systemPrompt.isBlank()) {
            messages.add(SystemMessage.from(systemPrompt));
        }
        messages.add(UserMessage.from(userPrompt));
        ChatResponse response = chatModel.chat(ChatRequest.builder().messages(messages).build());
        if (response.finishReason() == FinishReason.LENGTH) {
            log().warn(provider() + " model " + name() + " stopped at the output limit of " + maxTokens
                    + " tokens; the answer is cut short. Raise the model's maxTokens if this repeats.");
        }
        String text = response.aiMessage() == null || response.aiMessage().text() == null
                ? "" : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        return new ModelReply(text, usage == null ? 0 : count(usage.inputTokenCount()),
                usage == null ? 0 : count(usage.outputTokenCount()));
    }

    private static long count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }
}
