package io.github.darkfactory.factory.generate.model;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Remembers the {@code Retry-After} of the last failed response on the calling thread.
 * LangChain4j turns an error response into an exception that keeps the status and body but drops
 * the headers, so the JDK client it uses ({@link ModelHttp}) shows us every response first. A
 * model call runs on the caller's thread (JdkHttpClient uses the blocking {@code send}), which
 * makes a thread-local the right hand-over to {@link AbstractCodeModel}'s retry loop.
 */
final class RetryAfter {

    private static final ThreadLocal<Duration> LAST = new ThreadLocal<>();

    private RetryAfter() {
    }

    static void clear() {
        LAST.remove();
    }

    /** The wait the last failed response of this thread asked for, if any; forgets it. */
    static Optional<Duration> takeLast() {
        Duration wait = LAST.get();
        LAST.remove();
        return Optional.ofNullable(wait);
    }

    /** {@code Retry-After} is seconds or an HTTP date; OpenAI also sends {@code retry-after-ms}. */
    static Optional<Duration> parse(HttpHeaders headers) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(Duration.ofMillis((long) Double.parseDouble(millis.get().trim())));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        return headers.firstValue("retry-after").flatMap(RetryAfter::parse);
    }

    static Optional<Duration> parse(String value) {
        String text = value.trim();
        try {
            return Optional.of(Duration.ofMillis((long) (Double.parseDouble(text) * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** Called with every response the model's HTTP client receives. */
    static void record(HttpResponse<?> response) {
        if (response.statusCode() >= 400) {
            parse(response.headers()).ifPresentOrElse(LAST::set, LAST::remove);
        }
    }
}
