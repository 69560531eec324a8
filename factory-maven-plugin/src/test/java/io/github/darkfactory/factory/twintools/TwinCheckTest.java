package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replays against a loopback "real service" (the JDK's HttpServer). */
class TwinCheckTest {

    @TempDir
    Path root;

    private HttpServer service;
    private final Map<String, String> authorizations = new ConcurrentHashMap<>();
    private volatile String paymentBody = "{\"id\":\"p9\",\"amount\":99.5}";

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.put(path, authorization == null ? "" : authorization);
            exchange.getRequestBody().readAllBytes();
            int status = path.startsWith("/secret") ? 401 : path.startsWith("/payments/") ? 200 : 404;
            byte[] body = (path.startsWith("/payments/") ? paymentBody : "{\"error\":\"no\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    private URI target() {
        return URI.create("http://127.0.0.1:" + service.getAddress().getPort() + "/");
    }

    private void mapping(String name, String method, String url, int status, String jsonBody) throws IOException {
        Files.createDirectories(root.resolve("twin/mappings"));
        Files.writeString(root.resolve("twin/mappings/" + name), "{\"request\":{\"method\":\"" + method + "\",\"url\":\""
                + url + "\"},\"response\":{\"status\":" + status + ",\"jsonBody\":" + jsonBody + "}}");
    }

    private TwinCheckRequest request(URI target, Optional<Credentials> credentials) {
        return new TwinCheckRequest("payments", "the project", root.resolve("twin"), target, credentials,
                root.resolve("target/factory/twin-check.json"), Duration.ofSeconds(5));
    }

    @Test
    void exchanges_of_the_same_status_and_shape_agree_and_the_report_says_so() throws Exception {
        mapping("payment.json", "GET", "/payments/p1", 200, "{\"id\":\"p1\",\"amount\":12}");
        mapping("missing.json", "GET", "/nothing", 404, "{\"error\":\"not found\"}");

        TwinCheckResult result = TwinCheck.run(request(target(), Optional.empty()), FactoryLog.SILENT);

        assertEquals("payments: 2 exchanges, 2 agree, 0 differ", result.summary());
        assertTrue(result.agrees());
        JsonNode report = Json.MAPPER.readTree(root.resolve("target/factory/twin-check.json").toFile());
        assertEquals(2, report.get("agree").asInt());
        assertEquals(0, report.get("differ").asInt());
        assertEquals("payments", report.get("twin").asText());
    }

    @Test
    void a_changed_status_and_a_changed_field_type_are_differences_of_their_exchange() throws Exception {
        mapping("payment.json", "GET", "/payments/p1", 200, "{\"id\":\"p1\",\"amount\":12}");
        mapping("refund.json", "GET", "/refunds/r1", 200, "{\"id\":\"r1\"}");
        paymentBody = "{\"id\":\"p9\",\"amount\":\"99.50\"}";

        TwinCheckResult result = TwinCheck.run(request(target(), Optional.empty()), FactoryLog.SILENT);

        assertEquals("payments: 2 exchanges, 0 agree, 2 differ", result.summary());
        assertEquals(List.of(
                new TwinCheckResult.Difference("mappings/payment.json", "GET", "/payments/p1",
                        List.of("$.amount: a number in the twin, a string from the service")),
                new TwinCheckResult.Difference("mappings/refund.json", "GET", "/refunds/r1",
                        List.of("status 200 in the twin, 404 from the service",
                                "$.error: from the service, missing from the twin",
                                "$.id: in the twin, missing from the service"))),
                result.differences());
        JsonNode report = Json.MAPPER.readTree(root.resolve("target/factory/twin-check.json").toFile());
        assertEquals(2, report.get("differ").asInt());
        assertEquals("/payments/p1", report.get("differences").get(0).get("url").asText());
    }

    @Test
    void credentials_are_sent_as_basic_with_a_username_and_as_bearer_without() throws Exception {
        mapping("payment.json", "GET", "/payments/p1", 200, "{\"id\":\"p1\",\"amount\":12}");

        TwinCheck.run(request(target(), Optional.of(new Credentials("server 'pay'", "shop", "s3cret"))), FactoryLog.SILENT);
        assertEquals("Basic c2hvcDpzM2NyZXQ=", authorizations.get("/payments/p1"));

        TwinCheck.run(request(target(), Optional.of(new Credentials("server 'pay'", null, "tok-123"))), FactoryLog.SILENT);
        assertEquals("Bearer tok-123", authorizations.get("/payments/p1"));
        assertFalse(new Credentials("server 'pay'", "shop", "s3cret").toString().contains("s3cret"));
    }

    @Test
    void a_401_the_twin_did_not_record_stops_the_check_naming_the_exchange_not_the_secret() throws Exception {
        mapping("secret.json", "GET", "/secret/x", 200, "{\"ok\":true}");

        TwinToolFailure failure = assertThrows(TwinToolFailure.class, () -> TwinCheck.run(
                request(target(), Optional.of(new Credentials("server 'pay'", null, "tok-123"))), FactoryLog.SILENT));

        assertEquals(TwinToolFailure.Reason.REJECTED, failure.reason());
        assertEquals("GET /secret/x", failure.where());
        assertEquals(401, failure.status());
        assertFalse(failure.getMessage().contains("tok-123"));
        assertFalse(Files.exists(root.resolve("target/factory/twin-check.json")));
    }

    @Test
    void a_recorded_401_is_an_exchange_like_any_other() throws Exception {
        mapping("secret.json", "GET", "/secret/x", 401, "{\"error\":\"who\"}");

        assertTrue(TwinCheck.run(request(target(), Optional.empty()), FactoryLog.SILENT).agrees());
    }

    @Test
    void an_unreachable_target_is_a_failure_naming_it() throws Exception {
        mapping("payment.json", "GET", "/payments/p1", 200, "{}");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + closedPort);

        TwinToolFailure failure = assertThrows(TwinToolFailure.class,
                () -> TwinCheck.run(request(closed, Optional.empty()), FactoryLog.SILENT));

        assertEquals(TwinToolFailure.Reason.UNREACHABLE, failure.reason());
        assertEquals(closed.toString(), failure.where());
    }

    @Test
    void an_unknown_host_is_named_as_such_not_as_a_refused_connection() throws Exception {
        mapping("payment.json", "GET", "/payments/p1", 200, "{}");

        TwinToolFailure failure = assertThrows(TwinToolFailure.class,
                () -> TwinCheck.run(request(URI.create("http://no-such-host.invalid:8080"), Optional.empty()),
                        FactoryLog.SILENT));

        assertEquals(TwinToolFailure.Reason.UNREACHABLE, failure.reason());
        assertEquals("unknown host no-such-host.invalid", failure.detail());
    }

    @Test
    void the_mapping_url_is_appended_to_the_target_path() {
        assertEquals(URI.create("http://h:1/api/v2/payments/p1?x=1"),
                TwinCheck.join(URI.create("http://h:1/api/v2/"), "/payments/p1?x=1"));
    }
}
