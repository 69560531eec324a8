package io.github.darkfactory.it;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real {@code mvn factory:twin-record} and {@code factory:twin-check} builds against a loopback "real
 * service" (the JDK's HttpServer): a recording becomes mappings that WireMock then serves alone; a
 * check reports each difference and fails, passes when all agree, and names the server id of rejected
 * credentials but never the password.
 */
class TwinToolsBuildsTest {

    private static final String WIREMOCK = "org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A "real service" answering fixed JSON per path; requests need {@code Authorization} when one is given. */
    static final class Service implements AutoCloseable {
        private final HttpServer server;

        Service(Map<String, String> bodies, String authorization) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String key = exchange.getRequestMethod() + " " + exchange.getRequestURI();
                String body = bodies.get(key);
                int status = body == null ? 404 : key.startsWith("POST") ? 201 : 200;
                if (authorization != null && !authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                    body = "{\"error\":\"unauthorized\"}";
                }
                byte[] bytes = (body == null ? "{\"error\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static final Map<String, String> PAYMENTS = Map.of(
            "GET /payments/p1", "{\"id\":\"p77\",\"amount\":99.0,\"currency\":\"USD\",\"captured\":false}",
            "POST /charges", "{\"charge\":\"c-9\",\"payment\":\"p77\",\"lines\":[{\"amount\":1,\"kind\":\"sepa\"}]}");

    @Test
    void twin_check_passes_when_every_exchange_agrees_in_status_and_shape() throws Exception {
        try (Service service = new Service(PAYMENTS, null)) {
            MavenBuild build = MavenBuild.copyOf("twin-tools-payments", "agree")
                    .property("factory.twin.target", service.url());

            MavenBuild.Result result = build.run("factory:twin-check").assertSuccess()
                    .assertLine("[INFO] payments: 2 exchanges, 2 agree, 0 differ")
                    .assertLine("[WARNING]   not replayed: GET /refunds/.* (mappings/any-refund.json): its URL is a"
                            + " pattern (/refunds/.*), not one exact URL");

            String report = Files.readString(build.file("target/factory/twin-check.json"));
            assertTrue(report.contains("\"agree\": 2"), report);
            assertTrue(report.contains("\"differ\": 0"), report);
            result.assertNoLine("differs:");
        }
    }

    @Test
    void twin_check_reports_the_one_difference_and_fails() throws Exception {
        Map<String, String> changed = new java.util.HashMap<>(PAYMENTS);
        changed.put("GET /payments/p1", "{\"id\":\"p77\",\"amount\":\"99.00\",\"currency\":\"USD\",\"captured\":false}");
        try (Service service = new Service(changed, null)) {
            MavenBuild build = MavenBuild.copyOf("twin-tools-payments", "differ")
                    .property("factory.twin.target", service.url());

            MavenBuild.Result result = build.run("factory:twin-check").assertFailure();

            List<String> lines = result.lines();
            int summary = indexOf(lines, "[ERROR] payments: 2 exchanges, 1 agrees, 1 differs");
            assertEquals("[ERROR]   differs: GET /payments/p1 (mappings/payment.json)", lines.get(summary + 1));
            assertEquals("[ERROR]     $.amount: a number in the twin, a string from the service", lines.get(summary + 2));
            result.assertLine("The twin payments differs from the service at " + service.url() + " in 1 of 2 exchanges");
            // twin-record keeps a mapping that already answers: recording again needs the file gone first
            result.assertLine(": delete the differing mapping file mappings/payment.json (in the twin project's"
                    + " src/main/resources) and record it again with factory:twin-record, which keeps a mapping that"
                    + " already answers a request; or correct it by hand. Then release the twin and pin the new version"
                    + " in the product.");
            String report = Files.readString(build.file("target/factory/twin-check.json"));
            assertTrue(report.contains("\"differ\": 1"), report);
        }
    }

    @Test
    void twin_check_of_a_released_twin_artifact_against_an_unreachable_target_names_the_url() throws Exception {
        // seal in a twin project prints a <twin> for <scenarios><twins>, not a <scenarios> that would replace the product's
        MavenBuild.Result release = MavenBuild.copyOf("twin-tools-payments", "release").run("install", "factory:seal")
                .assertSuccess()
                .assertLine("[INFO] Sealed the twin it.factory.twins:payments-twin:1.0.0 (stub mappings); paste into the"
                        + " product's <scenarios><twins>, adjusting <name> (the scenarios read its URL from"
                        + " factory.twin.<name>.url):")
                .assertLine("[INFO]   <name>payments</name>");
        assertFalse(release.lines().contains("[INFO] <scenarios>"), release.log());
        String closed = "http://127.0.0.1:" + closedPort();
        MavenBuild build = MavenBuild.copyOf("twin-tools-record", "check-artifact")
                .property("factory.twin.artifact", "it.factory.twins:payments-twin:1.0.0")
                .property("factory.twin.target", closed);

        build.run("factory:twin-check").assertFailure()
                .assertLine("Nothing answers at " + closed + " (-Dfactory.twin.target): connection refused.")
                .assertLine("Start the service or correct the URL, then run factory:twin-check again.");
    }

    @Test
    void twin_check_of_a_released_executable_twin_says_it_checks_only_stub_mapping_twins() throws Exception {
        ScenarioJars.install("twins-exec", "twins-exec-1.0.0.jar");
        MavenBuild.copyOf("twin-tools-record", "check-executable")
                .property("factory.twin.artifact", "it.factory:twins-exec:1.0.0")
                .property("factory.twin.target", "http://127.0.0.1:" + closedPort())
                .run("factory:twin-check").assertFailure()
                .assertLine("it.factory:twins-exec:1.0.0 (", ") is an executable twin (a Main-Class, no mappings/*.json),"
                        + " and factory:twin-check checks only stub-mapping twins: check an executable twin against the"
                        + " service with its own tests.");
    }

    @Test
    void a_rejected_credential_names_the_server_id_and_never_the_password() throws Exception {
        String password = "it-payments-password-4711";
        String expected = "Basic " + Base64.getEncoder().encodeToString("shop:right-password".getBytes(StandardCharsets.UTF_8));
        try (Service service = new Service(PAYMENTS, expected)) {
            MavenBuild build = MavenBuild.copyOf("twin-tools-payments", "rejected")
                    .property("factory.twin.target", service.url())
                    .property("factory.twin.serverId", "payments-sandbox");
            Path settings = build.file("it-settings.xml");
            Files.writeString(settings, """
                    <settings>
                      <servers>
                        <server><id>payments-sandbox</id><username>shop</username><password>%s</password></server>
                      </servers>
                    </settings>
                    """.formatted(password));

            MavenBuild.Result result = build.run("-s", settings.toString(), "factory:twin-check").assertFailure()
                    .assertLine("The service answered 401 to ", " with the credentials of <server> 'payments-sandbox'"
                            + " in settings.xml (-Dfactory.twin.serverId)");

            assertFalse(result.log().contains(password), "the password is in the log");
        }
    }

    @Test
    void an_unknown_server_id_and_a_malformed_mapping_are_named() throws Exception {
        MavenBuild unknown = MavenBuild.copyOf("twin-tools-payments", "unknown-server")
                .property("factory.twin.target", "http://127.0.0.1:" + closedPort())
                .property("factory.twin.serverId", "no-such-server");
        unknown.run("factory:twin-check").assertFailure()
                .assertLine("settings.xml has no <server> with <id>no-such-server</id> (-Dfactory.twin.serverId): add one");

        try (Service service = new Service(PAYMENTS, null)) {
            MavenBuild malformed = MavenBuild.copyOf("twin-tools-payments", "malformed")
                    .property("factory.twin.target", service.url());
            Files.writeString(malformed.file("src/main/resources/mappings/broken.json"), "{\n  \"request\": {,\n");
            malformed.run("factory:twin-check").assertFailure()
                    .assertLine("The twin's mapping mappings/broken.json is not a WireMock stub mapping: invalid JSON at line 2")
                    .assertLine("Correct or delete that file, then run factory:twin-check again.");
            assertFalse(Files.exists(malformed.file("target/factory/twin-check.json")), "no report of a broken twin");
        }
    }

    @Test
    void twin_record_without_a_target_says_how_to_give_one() {
        MavenBuild.copyOf("twin-tools-record", "no-target").run("factory:twin-record").assertFailure()
                .assertLine("No target for factory:twin-record: pass the real service's base URL, e.g."
                        + " -Dfactory.twin.target=https://sandbox.payments.example.com");
    }

    @Test
    void twin_record_captures_a_loopback_service_and_the_recorded_twin_serves_it_alone() throws Exception {
        Map<String, String> orders = Map.of(
                "GET /orders/o1", "{\"id\":\"o1\",\"total\":42.5,\"lines\":[{\"sku\":\"A-1\",\"quantity\":2}]}",
                "POST /orders", "{\"id\":\"o2\",\"status\":\"created\"}");
        MavenBuild build = MavenBuild.copyOf("twin-tools-record", "record")
                .property("factory.twin.recordSeconds", "0");
        String proxy;
        try (Service service = new Service(orders, null)) {
            build.property("factory.twin.target", service.url());
            Process maven = build.start("record.log", "factory:twin-record");
            try {
                proxy = awaitProxy(build.file("record.log"), maven);
                assertEquals(200, get(proxy + "/orders/o1").statusCode());
                assertEquals(201, HTTP.send(HttpRequest.newBuilder(URI.create(proxy + "/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":\"A-1\"}")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                // the project's own mapping already answers this request: it is kept, not recorded again
                get(proxy + "/health");
                assertEquals(1, proxyProcesses(build.file("target/factory/twin-record").toString()),
                        "the recording proxy runs in a JVM of its own");
                // Ctrl-C: the build's shutdown hooks stop the proxy and move the recordings
                new ProcessBuilder("kill", "-INT", Long.toString(maven.pid())).inheritIO().start().waitFor();
                assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "the build did not stop after Ctrl-C");
            } finally {
                maven.destroyForcibly();
            }
        }
        String log = Files.readString(build.file("record.log"));
        String workDirectory = build.file("target/factory/twin-record").toString();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (proxyProcesses(workDirectory) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, proxyProcesses(workDirectory), "the recording proxy outlived the build");
        assertTrue(log.contains("Recorded 2 new mappings into "), log);
        assertTrue(log.contains("already answered by the twin, kept as it is: GET /health (mappings/health.json); to record"
                + " it again, delete that mapping file first"), log);
        Path mappings = build.file("src/main/resources/mappings");
        try (Stream<Path> files = Files.list(mappings)) {
            assertEquals(3, files.count(), log);
        }
        assertTrue(Files.readString(mappings.resolve("health.json")).contains("\"up\""), "the project's own mapping is kept");

        // the service is gone: WireMock alone, on the recorded mappings, answers as it did
        int port = closedPort();
        Path jar = Paths.get(System.getProperty("it.tailRepo")).resolve(WIREMOCK);
        Process wireMock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", Integer.toString(port), "--bind-address", "127.0.0.1",
                "--root-dir", build.file("src/main/resources").toString(), "--disable-banner")
                .redirectErrorStream(true).redirectOutput(build.file("wiremock.log").toFile()).start();
        try {
            awaitPort(port, wireMock);
            HttpResponse<String> order = get("http://127.0.0.1:" + port + "/orders/o1");
            assertEquals(200, order.statusCode());
            assertEquals(orders.get("GET /orders/o1"), order.body());
        } finally {
            wireMock.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_timed_recording_then_checks_clean_against_the_same_service() throws Exception {
        Map<String, String> orders = Map.of("GET /orders/o7", "{\"id\":\"o7\",\"total\":3,\"paid\":true}");
        MavenBuild build = MavenBuild.copyOf("twin-tools-record", "timed").property("factory.twin.recordSeconds", "5");
        Files.delete(build.file("src/main/resources/mappings/health.json"));
        try (Service service = new Service(orders, null)) {
            build.property("factory.twin.target", service.url());
            Process maven = build.start("record.log", "factory:twin-record");
            try {
                String proxy = awaitProxy(build.file("record.log"), maven);
                assertEquals(orders.get("GET /orders/o7"), get(proxy + "/orders/o7").body());
                assertTrue(maven.waitFor(120, TimeUnit.SECONDS), "the recording did not stop after its 5 seconds");
            } finally {
                maven.destroyForcibly();
            }
            assertEquals(0, maven.exitValue(), Files.readString(build.file("record.log")));
            assertTrue(Files.readString(build.file("record.log")).contains("Recorded 1 new mapping into "));

            build.run("factory:twin-check").assertSuccess().assertLine("[INFO] orders: 1 exchange, 1 agrees, 0 differ");
        }
    }

    /** Live processes whose command line names the recorder's work directory (its WireMock JVM). */
    private static long proxyProcesses(String workDirectory) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(workDirectory)).orElse(false)).count();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String awaitProxy(Path log, Process maven) throws Exception {
        Pattern recording = Pattern.compile("Recording \\S+ through (http://127\\.0\\.0\\.1:\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && maven.isAlive()) {
            if (Files.exists(log)) {
                Matcher matcher = recording.matcher(Files.readString(log));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no proxy URL in the log:\n" + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static void awaitPort(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("WireMock did not open port " + port);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int indexOf(List<String> lines, String line) {
        int index = lines.indexOf(line);
        assertTrue(index >= 0, () -> "no line '" + line + "' in:\n" + String.join("\n", lines));
        return index;
    }
}
