package io.github.darkfactory.factory.generate.model;

/** The text of a model's answer and the tokens it cost (0 when the provider did not say). */
public record ModelReply(String text, long inputTokens, long outputTokens) {
}
