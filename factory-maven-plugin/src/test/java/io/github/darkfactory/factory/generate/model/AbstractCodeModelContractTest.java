package io.github.darkfactory.factory.generate.model;

import io.github.darkfactory.factory.generate.model.ModelCallException.Kind;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import io.github.darkfactory.factory.twin.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every provider must do, checked through {@link CodeModels#create} (the real LangChain4j
 * client) against a loopback twin of the provider's wire protocol. One subclass per provider,
 * in the manner of LangChain4j's AbstractChatModelIT.
 */
abstract class AbstractCodeModelContractTest {

    static final String KEY = "sk-twin-secret-0123456789";
    static final String KEY_SOURCE = "environment variable TWIN_API_KEY";
    static final Duration BACKOFF = Duration.ofMillis(150);

    ProviderTwin twin;
    final List<String> logged = new CopyOnWriteArrayList<>();
    final FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { logged.add(message); }
        @Override public void warn(String message) { logged.add(message); }
        @Override public void error(String message) { logged.add(message); }
        @Override public void debug(String message) { logged.add(message); }
    };

    /** openai, anthropic or ollama. */
    abstract String provider();

    @BeforeEach
    void startTwin() {
        twin = ProviderTwin.start(provider());
    }

    @AfterEach
    void stopTwinAndCheckTheKeyWasNeverLogged() {
        twin.stop();
        logged.forEach(line -> assertFalse(line.contains(KEY), () -> "the key leaked into the log: " + line));
    }

    ModelSettings settings() {
        return ModelSettings.of(provider(), "twin-model", KEY, KEY_SOURCE)
                .withBaseUrl(twin.baseUrl())
                .withTimeout(Duration.ofSeconds(5))
                .withRetry(new ModelSettings.Retry(2, BACKOFF, Duration.ofSeconds(2)));
    }

    CodeModel model(ModelSettings settings) {
        return CodeModels.create(settings, log);
    }

    @Test
    void answers_with_the_model_text_and_the_token_usage_the_provider_reports() {
        twin.reply(Reply.text("### com/acme/A.java\n```java\nclass A {}\n```").withUsage(321, 45));

        ModelReply reply = model(settings()).ask("You write Java.", "Implement the spec.");

        assertEquals("### com/acme/A.java\n```java\nclass A {}\n```", reply.text());
        assertEquals(321, reply.inputTokens());
        assertEquals(45, reply.outputTokens());
    }

    @Test
    void sends_the_system_prompt_the_user_prompt_and_the_model_name_with_the_key() {
        twin.expectKey(KEY).answer("ok");

        model(settings()).ask("You write Java.\nOnly Java.", "Implement PRC-1.");

        Request request = twin.requests().get(0);
        assertEquals("You write Java.\nOnly Java.", request.system());
        assertEquals("Implement PRC-1.", request.user());
        assertEquals("twin-model", request.model());
        assertEquals("POST", request.method());
    }

    @Test
    void asks_for_the_configured_number_of_output_tokens() {
        twin.answer("ok");

        model(settings().withMaxTokens(12_345)).ask("s", "u");

        assertTrue(twin.requests().get(0).body().contains("12345"), twin.requests().get(0).body());
    }

    @Test
    void retries_a_rate_limited_call_after_backing_off() {
        twin.reply(Reply.status(429, "Rate limit reached"), Reply.text("after the wait"));

        ModelReply reply = model(settings()).ask("s", "u");

        assertEquals("after the wait", reply.text());
        assertEquals(2, twin.requests().size());
        assertGapAtLeast(BACKOFF, twin.requests());
    }

    @Test
    void waits_as_long_as_the_servers_retry_after_header_asks() {
        twin.reply(Reply.status(429, "Rate limit reached").withRetryAfter("1"), Reply.text("after a second"));

        ModelReply reply = model(settings()).ask("s", "u");

        assertEquals("after a second", reply.text());
        assertGapAtLeast(Duration.ofSeconds(1), twin.requests());
    }

    @Test
    void retries_a_server_error() {
        twin.reply(Reply.status(500, "internal error"), Reply.text("recovered"));

        ModelReply reply = model(settings()).ask("s", "u");

        assertEquals("recovered", reply.text());
        assertEquals(2, twin.requests().size());
    }

    @Test
    void gives_up_on_a_rate_limit_that_persists_naming_the_attempts() {
        twin.otherwise(request -> Reply.status(429, "Rate limit reached"));

        ModelCallException e = assertThrows(ModelCallException.class, () -> model(settings()).ask("s", "u"));

        assertEquals(Kind.RATE_LIMIT, e.call().kind());
        assertEquals(3, twin.requests().size());
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains(provider()), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + twin.port()), e.getMessage());
    }

    @Test
    void fails_at_once_when_the_credentials_are_rejected_naming_their_source_but_never_the_key() {
        twin.expectKey("sk-the-right-one").answer("never sent");

        ModelCallException e = assertThrows(ModelCallException.class, () -> model(settings()).ask("s", "u"));

        assertEquals(Kind.AUTHENTICATION, e.call().kind());
        assertEquals(1, twin.requests().size());
        assertTrue(e.getMessage().contains(KEY_SOURCE), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertFalse(String.valueOf(e.getCause()).contains(KEY));
    }

    @Test
    void times_out_a_slow_answer_after_the_retries() {
        Reply slow = Reply.text("too late").after(Duration.ofSeconds(3));
        twin.reply(slow, slow, slow);

        ModelCallException e = assertThrows(ModelCallException.class,
                () -> model(settings().withTimeout(Duration.ofMillis(400))).ask("s", "u"));

        assertEquals(Kind.TIMEOUT, e.call().kind(), e.getMessage());
        assertEquals(3, twin.requests().size());
        assertTrue(e.getMessage().contains("PT0.4S"), e.getMessage());
    }

    @Test
    void reports_a_refused_connection_as_a_network_error() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = twin.baseUrl().replace(":" + twin.port(), ":" + closedPort);

        ModelCallException e = assertThrows(ModelCallException.class,
                () -> model(settings().withBaseUrl(url)).ask("s", "u"));

        assertEquals(Kind.NETWORK, e.call().kind(), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    }

    @Test
    void sends_the_call_through_the_settings_proxy() {
        // The twin plays the proxy: a request for an unresolvable host can only reach it through the proxy.
        twin.answer("via proxy");
        String unreachable = twin.baseUrl().replace("127.0.0.1:" + twin.port(), "model.invalid");
        ModelSettings viaProxy = settings().withBaseUrl(unreachable)
                .withProxy(new ModelSettings.Proxy("127.0.0.1", twin.port(), null, null, "localhost"));

        ModelReply reply = model(viaProxy).ask("s", "u");

        assertEquals("via proxy", reply.text());
        assertTrue(twin.requests().get(0).target().startsWith("http://model.invalid/"), twin.requests().get(0).target());
    }

    @Test
    void sends_the_proxy_credentials_and_the_key_through_an_authenticating_proxy() {
        twin.expectProxyCredentials("alice", "proxy-secret").expectKey(KEY).answer("authenticated twice");

        ModelReply reply = model(viaAuthenticatingProxy("proxy-secret")).ask("s", "u");

        assertEquals("authenticated twice", reply.text());
        assertEquals(1, twin.requests().size(), "credentials are sent pre-emptively");
    }

    @Test
    void a_rejected_key_behind_an_authenticating_proxy_still_fails_at_once_as_rejected_credentials() {
        twin.expectProxyCredentials("alice", "proxy-secret").expectKey("sk-the-right-one");

        ModelCallException e = assertThrows(ModelCallException.class,
                () -> model(viaAuthenticatingProxy("proxy-secret")).ask("s", "u"));

        assertEquals(Kind.AUTHENTICATION, e.call().kind(), e.getMessage());
        assertTrue(e.getMessage().contains(KEY_SOURCE), e.getMessage());
        assertEquals(1, twin.requests().size(), "no retry");
    }

    @Test
    void rejected_proxy_credentials_fail_at_once_pointing_at_the_settings_proxy() {
        twin.expectProxyCredentials("alice", "proxy-secret").answer("never");

        ModelCallException e = assertThrows(ModelCallException.class,
                () -> model(viaAuthenticatingProxy("outdated")).ask("s", "u"));

        assertEquals(Kind.AUTHENTICATION, e.call().kind(), e.getMessage());
        assertTrue(e.getMessage().contains("proxy") && e.getMessage().contains("407"), e.getMessage());
        assertFalse(e.getMessage().contains("outdated"), e.getMessage());
        assertEquals(1, twin.requests().size(), "no retry");
    }

    @Test
    void never_sends_proxy_credentials_to_a_host_reached_directly() {
        twin.answer("direct");
        ModelSettings direct = settings()
                .withProxy(new ModelSettings.Proxy("proxy.invalid", 3128, "alice", "proxy-secret", "127.0.0.1"));

        assertEquals("direct", model(direct).ask("s", "u").text());

        assertEquals(null, twin.requests().get(0).header("proxy-authorization"));
    }

    private ModelSettings viaAuthenticatingProxy(String proxyPassword) {
        String unreachable = twin.baseUrl().replace("127.0.0.1:" + twin.port(), "model.invalid");
        return settings().withBaseUrl(unreachable)
                .withProxy(new ModelSettings.Proxy("127.0.0.1", twin.port(), "alice", proxyPassword, null));
    }

    @Test
    void debug_logs_every_attempt() {
        twin.reply(Reply.status(503, "overloaded"), Reply.text("ok"));

        model(settings()).ask("s", "u");

        assertTrue(logged.stream().anyMatch(line -> line.contains("attempt 1 of 3")), logged::toString);
        assertTrue(logged.stream().anyMatch(line -> line.contains("attempt 2 of 3")), logged::toString);
    }

    static void assertGapAtLeast(Duration expected, List<Request> requests) {
        assertEquals(2, requests.size());
        long gapNanos = requests.get(1).receivedNanos() - requests.get(0).receivedNanos();
        assertTrue(gapNanos >= expected.toNanos(),
                "waited only " + Duration.ofNanos(gapNanos).toMillis() + " ms, expected at least " + expected.toMillis());
    }
}
