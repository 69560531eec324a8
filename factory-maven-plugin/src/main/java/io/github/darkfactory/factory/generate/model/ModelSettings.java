package io.github.darkfactory.factory.generate.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to build a {@link CodeModel}: which provider and model, where it lives, the
 * credential and where it came from, and the call policy (timeout, output size, retries, proxy).
 *
 * @param provider       openai, anthropic or ollama (see {@link CodeModels#PROVIDERS})
 * @param name           the provider's model name
 * @param baseUrl        null for the provider's default; for OpenAI-compatible servers it includes {@code /v1}
 * @param apiKey         null only for providers without credentials (ollama); never printed
 * @param keySource      where the key came from, in the user's words, for error messages
 * @param timeout        longest wait for one answer
 * @param maxTokens      output tokens per answer; whole source files need thousands
 * @param retry          how often and how long to wait before asking again
 * @param proxy          the HTTP proxy to use, or null for a direct connection
 */
public record ModelSettings(
        String provider,
        String name,
        String baseUrl,
        String apiKey,
        String keySource,
        Duration timeout,
        int maxTokens,
        Retry retry,
        Proxy proxy) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_TOKENS = 16_000;

    public ModelSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        maxTokens = maxTokens <= 0 ? DEFAULT_MAX_TOKENS : maxTokens;
        retry = retry == null ? Retry.DEFAULT : retry;
        keySource = keySource == null ? "no credential" : keySource;
    }

    /** Settings with every default: provider default URL, 5 minutes, 16000 tokens, 3 retries, no proxy. */
    public static ModelSettings of(String provider, String name, String apiKey, String keySource) {
        return new ModelSettings(provider, name, null, apiKey, keySource, null, 0, null, null);
    }

    public ModelSettings withBaseUrl(String newBaseUrl) {
        return new ModelSettings(provider, name, newBaseUrl, apiKey, keySource, timeout, maxTokens, retry, proxy);
    }

    public ModelSettings withTimeout(Duration newTimeout) {
        return new ModelSettings(provider, name, baseUrl, apiKey, keySource, newTimeout, maxTokens, retry, proxy);
    }

    public ModelSettings withMaxTokens(int newMaxTokens) {
        return new ModelSettings(provider, name, baseUrl, apiKey, keySource, timeout, newMaxTokens, retry, proxy);
    }

    public ModelSettings withRetry(Retry newRetry) {
        return new ModelSettings(provider, name, baseUrl, apiKey, keySource, timeout, maxTokens, newRetry, proxy);
    }

    public ModelSettings withProxy(Proxy newProxy) {
        return new ModelSettings(provider, name, baseUrl, apiKey, keySource, timeout, maxTokens, retry, newProxy);
    }

    /** Never shows the key: settings end up in debug logs and exception messages. */
    @Override
    public String toString() {
        return "ModelSettings[provider=" + provider + ", name=" + name + ", baseUrl=" + baseUrl
                + ", apiKey=" + (apiKey == null ? "none" : "****") + ", keySource=" + keySource
                + ", timeout=" + timeout + ", maxTokens=" + maxTokens + ", retry=" + retry + ", proxy=" + proxy + "]";
    }

    /**
     * Retry policy for rate limits, server errors, timeouts and network errors: up to
     * {@code maxRetries} more attempts, waiting {@code initialBackoff}, then twice as long each
     * time, never more than {@code maxBackoff}; a server's {@code Retry-After} replaces the
     * computed wait (also capped).
     */
    public record Retry(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

        public static final Retry DEFAULT = new Retry(3, Duration.ofSeconds(1), Duration.ofMinutes(1));

        public Retry {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }

        /** The wait before retry number {@code retry} (1-based) when the server did not say. */
        public Duration backoffBefore(int retry) {
            Duration wait = initialBackoff;
            for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return cap(wait);
        }

        public Duration cap(Duration wait) {
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }

    /**
     * An HTTP proxy as settings.xml describes it. {@code nonProxyHosts} is Maven's
     * {@code |}-separated list of host patterns with {@code *} wildcards; may be null.
     */
    public record Proxy(String host, int port, String user, String password, String nonProxyHosts) {

        public Proxy {
            Objects.requireNonNull(host, "host");
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Proxy[" + host + ":" + port + (user == null ? "" : ", user=" + user + ", password=****")
                    + (nonProxyHosts == null ? "" : ", nonProxyHosts=" + nonProxyHosts) + "]";
        }
    }
}
