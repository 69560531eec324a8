package io.github.darkfactory.factory.generate.model;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * The HTTP client every provider gets: the JDK client, passed explicitly so LangChain4j never
 * looks one up through the thread context class loader, with our timeouts, the settings.xml
 * proxy, and {@code Retry-After} capture.
 *
 * <p>Proxy credentials are sent pre-emptively as {@code Proxy-Authorization} on requests routed
 * through the proxy, not through a JDK {@link Authenticator}: with an Authenticator installed the
 * JDK client drops every caller-set {@code Authorization} header, which is where OpenAI and
 * OpenAI-compatible servers take the API key.
 */
final class ModelHttp {

    /** Connecting is quick or it fails; only the answer may take the whole timeout. */
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private ModelHttp() {
    }

    static JdkHttpClientBuilder clientBuilder(ModelSettings settings) {
        Duration connectTimeout = settings.timeout().compareTo(MAX_CONNECT_TIMEOUT) < 0
                ? settings.timeout() : MAX_CONNECT_TIMEOUT;
        // HTTP/1.1: on plain http the JDK client would send an h2c upgrade, which some local
        // OpenAI-compatible servers mishandle; one request per answer gains nothing from HTTP/2.
        HttpClient.Builder jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        SettingsProxySelector selector = null;
        String proxyAuthorization = null;
        ModelSettings.Proxy proxy = settings.proxy();
        if (proxy != null) {
            selector = new SettingsProxySelector(proxy);
            jdk.proxy(selector);
            if (proxy.user() != null && !proxy.user().isBlank()) {
                String password = proxy.password() == null ? "" : proxy.password();
                proxyAuthorization = "Basic " + Base64.getEncoder()
                        .encodeToString((proxy.user() + ":" + password).getBytes(StandardCharsets.UTF_8));
            }
        }
        return JdkHttpClient.builder()
                .httpClientBuilder(new ModelClientBuilder(jdk, selector, proxyAuthorization))
                .connectTimeout(connectTimeout)
                .readTimeout(settings.timeout());
    }

    /** Sends everything through the proxy except hosts matching Maven's {@code nonProxyHosts}. */
    static final class SettingsProxySelector extends ProxySelector {

        private final Proxy proxy;
        private final List<Pattern> directHosts;

        SettingsProxySelector(ModelSettings.Proxy settings) {
            this.proxy = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(settings.host(), settings.port()));
            this.directHosts = settings.nonProxyHosts() == null ? List.of()
                    : Arrays.stream(settings.nonProxyHosts().split("[|,]"))
                            .map(String::trim)
                            .filter(glob -> !glob.isEmpty())
                            .map(SettingsProxySelector::globToPattern)
                            .toList();
        }

        @Override
        public List<Proxy> select(URI uri) {
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean direct = directHosts.stream().anyMatch(p -> p.matcher(host).matches());
            return List.of(direct ? Proxy.NO_PROXY : proxy);
        }

        boolean proxies(URI uri) {
            return select(uri).get(0) != Proxy.NO_PROXY;
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            // Nothing to fall back to: the retry loop reports the failure.
        }

        private static Pattern globToPattern(String glob) {
            StringBuilder regex = new StringBuilder();
            for (String part : glob.toLowerCase(Locale.ROOT).split("\\*", -1)) {
                if (regex.length() > 0) {
                    regex.append(".*");
                }
                regex.append(Pattern.quote(part));
            }
            return Pattern.compile(regex.toString());
        }
    }

    /** Builds {@link ModelClient}s; JdkHttpClient sets its connect timeout here, then builds. */
    private record ModelClientBuilder(HttpClient.Builder delegate, SettingsProxySelector selector,
                                      String proxyAuthorization) implements HttpClient.Builder {
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
        @Override public HttpClient build() { return new ModelClient(delegate.build(), selector, proxyAuthorization); }
    }

    /**
     * The JDK client with two additions: proxy credentials on proxied requests, and every
     * response shown to {@link RetryAfter} before LangChain4j turns errors into exceptions.
     */
    private static final class ModelClient extends HttpClient {
        private final HttpClient delegate;
        private final SettingsProxySelector selector;
        private final String proxyAuthorization;

        ModelClient(HttpClient delegate, SettingsProxySelector selector, String proxyAuthorization) {
            this.delegate = delegate;
            this.selector = selector;
            this.proxyAuthorization = proxyAuthorization;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            HttpResponse<T> response = delegate.send(withProxyCredentials(request), handler);
            RetryAfter.record(response);
            return response;
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return delegate.sendAsync(withProxyCredentials(request), handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return delegate.sendAsync(withProxyCredentials(request), handler, push);
        }

        private HttpRequest withProxyCredentials(HttpRequest request) {
            if (proxyAuthorization == null || !selector.proxies(request.uri())) {
                return request;
            }
            return HttpRequest.newBuilder(request, (name, value) -> true)
                    .setHeader("Proxy-Authorization", proxyAuthorization)
                    .build();
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
