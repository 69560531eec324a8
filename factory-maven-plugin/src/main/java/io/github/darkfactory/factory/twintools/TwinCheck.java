package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replays each exchange of a twin against the real service and compares the status and the JSON
 * shape of the body, then writes the report. Keeps a twin honest against the service it stands for.
 */
public final class TwinCheck {

    /** The report's file name. */
    public static final String REPORT = "twin-check.json";

    /** Headers the JDK's client sets itself and refuses from us. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "authorization");

    private TwinCheck() {
    }

    public static TwinCheckResult run(TwinCheckRequest request, FactoryLog log) throws IOException, TwinToolFailure,
            InterruptedException {
        RecordedExchanges.Read read = RecordedExchanges.read(request.root());
        HttpClient client = HttpClient.newBuilder().connectTimeout(request.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<TwinCheckResult.Difference> differences = new ArrayList<>();
        for (Exchange exchange : read.exchanges()) {
            List<String> what = compare(exchange, replay(client, request, exchange));
            if (!what.isEmpty()) {
                differences.add(new TwinCheckResult.Difference(exchange.mapping(), exchange.method(), exchange.url(), what));
            }
            log.debug(exchange.request() + (what.isEmpty() ? ": agrees" : ": differs"));
        }
        TwinCheckResult result = new TwinCheckResult(request.name(), request.target().toString(),
                read.exchanges().size(), List.copyOf(differences), read.skipped());
        AtomicFiles.write(request.report(), Json.pretty(report(request, result)));
        return result;
    }

    /** What the service answered. */
    record Answer(int status, String body) {
    }

    private static Answer replay(HttpClient client, TwinCheckRequest request, Exchange exchange)
            throws IOException, TwinToolFailure, InterruptedException {
        HttpRequest.Builder http = HttpRequest.newBuilder(join(request.target(), exchange.url()))
                .timeout(request.timeout())
                .method(exchange.method(), exchange.requestBody() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(exchange.requestBody()));
        exchange.headers().forEach((name, value) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                http.header(name, value);
            }
        });
        request.credentials().ifPresent(c -> http.header("Authorization", c.authorization()));
        HttpResponse<String> response;
        try {
            response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new TwinToolFailure(TwinToolFailure.Reason.UNREACHABLE, request.target().toString(),
                    describe(e, request.target().getHost()), 0);
        } catch (HttpTimeoutException e) {
            throw new TwinToolFailure(TwinToolFailure.Reason.UNREACHABLE, request.target().toString(),
                    exchange.request() + " got no answer within " + request.timeout().toSeconds() + " seconds", 0);
        }
        int status = response.statusCode();
        if ((status == 401 || status == 403) && exchange.status() != status) {
            throw new TwinToolFailure(TwinToolFailure.Reason.REJECTED, exchange.request(), "", status);
        }
        return new Answer(status, response.body());
    }

    /** How the service's answer differs from the twin's; empty when they agree. */
    static List<String> compare(Exchange exchange, Answer answer) {
        List<String> what = new ArrayList<>();
        if (exchange.status() != answer.status()) {
            what.add("status " + exchange.status() + " in the twin, " + answer.status() + " from the service");
        }
        JsonNode twin = parse(exchange.body());
        if (twin == null) {
            return what;
        }
        JsonNode service = parse(answer.body());
        if (service == null) {
            what.add("body: JSON in the twin, " + (answer.body() == null || answer.body().isBlank() ? "empty" : "not JSON")
                    + " from the service");
        } else {
            what.addAll(JsonShape.differences(twin, service));
        }
        return what;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static URI join(URI target, String url) {
        String base = target.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + (url.startsWith("/") ? url : "/" + url));
    }

    static String describe(Exception e, String host) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the JDK's client wraps an unresolvable name in a ConnectException without a message
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host " + host;
            }
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof ConnectException ? "connection refused" : e.getClass().getSimpleName();
        }
        return e.getClass().getSimpleName() + " (" + message + ")";
    }

    private static Map<String, Object> report(TwinCheckRequest request, TwinCheckResult result) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("twin", result.name());
        report.put("source", request.twin());
        report.put("target", result.target());
        report.put("credentials", request.credentials().map(Credentials::source).orElse(null));
        report.put("exchanges", result.exchanges());
        report.put("agree", result.agree());
        report.put("differ", result.differences().size());
        report.put("differences", result.differences());
        report.put("skipped", result.skipped());
        return report;
    }
}
