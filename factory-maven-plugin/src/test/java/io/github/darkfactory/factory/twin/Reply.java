package io.github.darkfactory.factory.twin;

import java.time.Duration;

/**
 * One scripted twin reply: an answer text (status 200) or an error status with a message, which
 * the twin wraps in the provider's own error format; optionally a {@code Retry-After} header, a
 * delay before answering, and token counts (-1: estimated from the text).
 */
public record Reply(int status, String text, String retryAfter, Duration delay, long inputTokens, long outputTokens) {

    public static Reply text(String text) {
        return new Reply(200, text, null, Duration.ZERO, -1, -1);
    }

    public static Reply status(int status, String message) {
        return new Reply(status, message, null, Duration.ZERO, -1, -1);
    }

    public Reply withRetryAfter(String value) {
        return new Reply(status, text, value, delay, inputTokens, outputTokens);
    }

    public Reply after(Duration wait) {
        return new Reply(status, text, retryAfter, wait, inputTokens, outputTokens);
    }

    public Reply withUsage(long input, long output) {
        return new Reply(status, text, retryAfter, delay, input, output);
    }
}
