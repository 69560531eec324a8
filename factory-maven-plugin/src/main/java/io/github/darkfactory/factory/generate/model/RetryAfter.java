package io.github.darkfactory.factory.generate.model;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Remembers the {@code Retry-After} of the last failed response on the calling thread.
 * LangChain4j turns an error response into an exception that keeps the status and body but drops
 * the headers, so the JDK client it uses is wrapped to look at them first. A model call runs on
 * the caller's thread (JdkHttpClient uses the blocking {@code send}), which makes a thread-local
 * the right hand-over to {@link AbstractCodeModel}'s retry loop.
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

    /** Builds JDK clients whose failed responses record their {@code Retry-After}. */
    static HttpClient.Builder capturing(HttpClient.Builder builder) {
        return new CapturingBuilder(builder);
    }

    private record CapturingBuilder(HttpClient.Builder delegate) implements HttpClient.Builder {
        @Override public HttpClient.Builder cookieHandler(CookieHandler h) { delegate.cookieHandler(h); return this; }
        @Override public HttpClient.Builder connectTimeout(Duration d) { delegate.connectTimeout(d); return this; }
        @Override public HttpClient.Builder sslContext(SSLContext c) { delegate.sslContext(c); return this; }
        @Override public HttpClient.Builder sslParameters(SSLParameters p) { delegate.sslParameters(p); return this; }
        @Override public HttpClient.Builder executor(Executor e) { delegate.executor(e); return this; }
        @Override public HttpClient.Builder followRedirects(HttpClient.Redirect r) { delegate.followRedirects(r); return this; }
        @Override public HttpClient.Builder version(HttpClient.Version v) { delegate.version(v); return this; }
        @Override public HttpClient.Builder priority(int p) { delegate.priority(p); return this; }
        @Override public HttpClient.Builder proxy(ProxySelector s) { delegate.proxy(s); return this; }
        @Override public HttpClient.Builder authenticator(Authenticator a) { delegate.authenticator(a); return this; }
        @Override public HttpClient build() { return new CapturingClient(delegate.build()); }
    }

    private static final class CapturingClient extends HttpClient {
        private final HttpClient delegate;

        CapturingClient(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            HttpResponse<T> response = delegate.send(request, handler);
            if (response.statusCode() >= 400) {
                parse(response.headers()).ifPresentOrElse(LAST::set, LAST::remove);
            }
            return response;
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return delegate.sendAsync(request, handler, push);
        }

        @Override public Optional<CookieHandler> cookieHandler() { return delegate.cookieHandler(); }
        @Override public Optional<Duration> connectTimeout() { return delegate.connectTimeout(); }
        @Override public Redirect followRedirects() { return delegate.followRedirects(); }
        @Override public Optional<ProxySelector> proxy() { return delegate.proxy(); }
        @Override public SSLContext sslContext() { return delegate.sslContext(); }
        @Override public SSLParameters sslParameters() { return delegate.sslParameters(); }
        @Override public Optional<Authenticator> authenticator() { return delegate.authenticator(); }
        @Override public Version version() { return delegate.version(); }
        @Override public Optional<Executor> executor() { return delegate.executor(); }
    }
}
