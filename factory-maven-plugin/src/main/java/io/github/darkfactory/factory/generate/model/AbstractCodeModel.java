package io.github.darkfactory.factory.generate.model;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import io.github.darkfactory.factory.generate.model.ModelCallException.Kind;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/**
 * The call policy every provider shares: {@link #ask} retries {@link #doAsk} on rate limits,
 * server errors, timeouts and network errors with exponential backoff (or the server's
 * {@code Retry-After}), fails at once on rejected credentials, and turns every failure into a
 * {@link ModelCallException} that names the provider, the host and the attempts but never the key.
 * LangChain4j's own retries are off, so this is the only retry loop.
 */
public abstract class AbstractCodeModel implements CodeModel {

    /** Longest piece of a server's error body quoted in a message. */
    private static final int MAX_QUOTE = 300;

    private final ModelSettings settings;
    private final String endpoint;
    private final boolean https;
    private final FactoryLog log;

    protected AbstractCodeModel(ModelSettings settings, String baseUrl, FactoryLog log) {
        this.settings = settings;
        this.endpoint = hostOf(baseUrl);
        this.https = baseUrl.startsWith("https:");
        this.log = log;
    }

    /** One exchange with the provider, without any retry; LangChain4j exceptions pass through. */
    protected abstract ModelReply doAsk(String systemPrompt, String userPrompt);

    @Override
    public final ModelReply ask(String systemPrompt, String userPrompt) {
        int attempts = settings.retry().maxRetries() + 1;
        for (int attempt = 1; ; attempt++) {
            log.debug(describe() + ": attempt " + attempt + " of " + attempts);
            RetryAfter.clear();
            try {
                return doAsk(systemPrompt, userPrompt);
            } catch (RuntimeException e) {
                Failure failure = classify(e);
                if (!failure.retryable() || attempt == attempts) {
                    // a rejected-key body may quote part of the key (OpenAI shows its last characters)
                    String detail = failure.kind() == Kind.AUTHENTICATION ? "HTTP " + failure.status() : scrub(failure.detail());
                    log.debug(describe() + ": attempt " + attempt + " failed (" + detail + "); giving up");
                    throw failed(failure, attempt);
                }
                Duration wait = failure.retryAfter().isPresent()
                        ? settings.retry().cap(failure.retryAfter().get())
                        : settings.retry().backoffBefore(attempt);
                log.debug(describe() + ": attempt " + attempt + " failed (" + scrub(failure.detail())
                        + "); retrying in " + wait.toMillis() + " ms");
                sleep(wait);
            }
        }
    }

    @Override
    public String provider() {
        return settings.provider();
    }

    @Override
    public String name() {
        return settings.name();
    }

    protected FactoryLog log() {
        return log;
    }

    private String describe() {
        return settings.provider() + " model " + settings.name() + " at " + endpoint;
    }

    /** What went wrong, whether asking again can help, and how long the server asked us to wait. */
    private record Failure(Kind kind, boolean retryable, int status, String detail, Optional<Duration> retryAfter) {
    }

    private static Failure classify(RuntimeException e) {
        Optional<Duration> retryAfter = RetryAfter.takeLast();
        HttpException http = find(e, HttpException.class);
        int status = http == null ? 0 : http.statusCode();
        String detail = http == null ? rootMessage(e) : "HTTP " + status + ": " + http.getMessage();
        if (status == 407 || proxyRefusedTunnel(e)) {
            return new Failure(Kind.AUTHENTICATION, false, 407, detail, retryAfter);
        }
        if (has(e, AuthenticationException.class) || status == 401 || status == 403) {
            return new Failure(Kind.AUTHENTICATION, false, status, detail, retryAfter);
        }
        if (has(e, RateLimitException.class) || status == 429) {
            return new Failure(Kind.RATE_LIMIT, true, status, detail, retryAfter);
        }
        if (has(e, InternalServerException.class) || status >= 500) {
            return new Failure(Kind.SERVER, true, status, detail, retryAfter);
        }
        if (has(e, ModelNotFoundException.class) || status == 404) {
            return new Failure(Kind.NOT_FOUND, false, status, detail, retryAfter);
        }
        if (has(e, dev.langchain4j.exception.TimeoutException.class) || has(e, HttpTimeoutException.class)
                || has(e, SocketTimeoutException.class) || status == 408) {
            return new Failure(Kind.TIMEOUT, true, status, detail, retryAfter);
        }
        if (http == null && (has(e, IOException.class) || has(e, UnresolvedAddressException.class)
                || has(e, UnresolvedModelServerException.class))) {
            return new Failure(Kind.NETWORK, true, status, detail, retryAfter);
        }
        return new Failure(Kind.OTHER, false, status, detail, retryAfter);
    }

    /** For an https call the proxy's 407 answers the CONNECT, which the JDK reports as an IOException. */
    private static boolean proxyRefusedTunnel(Throwable e) {
        IOException io = find(e, IOException.class);
        return io != null && io.getMessage() != null && io.getMessage().contains("407");
    }

    /** The failure as data; the adapter says what to do about it. */
    private ModelCallException failed(Failure failure, int attempts) {
        // a rejected-key body may quote part of the key (OpenAI shows its last characters)
        String detail = failure.kind() == Kind.AUTHENTICATION ? "" : scrub(quote(failure.detail()));
        return new ModelCallException(failure.kind(), failure.status(), describe(), attempts, detail,
                settings.keySource(), settings.timeout(), https);
    }

    /** A server could echo what we sent; make sure the key never leaves through a message. */
    private String scrub(String text) {
        String key = settings.apiKey();
        return key == null || key.isBlank() || text == null ? text : text.replace(key, "****");
    }

    private static String quote(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > MAX_QUOTE ? flat.substring(0, MAX_QUOTE) + "…" : flat;
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(Kind.OTHER, 0, describe(), 1, "interrupted while waiting to retry",
                    settings.keySource(), settings.timeout(), https);
        }
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String hostOf(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
