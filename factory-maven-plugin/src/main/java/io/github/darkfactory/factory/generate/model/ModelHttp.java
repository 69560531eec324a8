package io.github.darkfactory.factory.generate.model;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The HTTP client every provider gets: the JDK client, passed explicitly so LangChain4j never
 * looks one up through the thread context class loader, with our timeouts, the settings.xml
 * proxy, and {@code Retry-After} capture.
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
        ModelSettings.Proxy proxy = settings.proxy();
        if (proxy != null) {
            jdk.proxy(new SettingsProxySelector(proxy));
            if (proxy.user() != null && !proxy.user().isBlank()) {
                jdk.authenticator(new ProxyAuthenticator(proxy));
            }
        }
        return JdkHttpClient.builder()
                .httpClientBuilder(RetryAfter.capturing(jdk))
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

    /** Answers only the proxy's challenge: the model server's own auth is the API key header. */
    private static final class ProxyAuthenticator extends Authenticator {

        private final ModelSettings.Proxy proxy;

        ProxyAuthenticator(ModelSettings.Proxy proxy) {
            this.proxy = proxy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            String password = proxy.password() == null ? "" : proxy.password();
            return new PasswordAuthentication(proxy.user(), password.toCharArray());
        }
    }
}
