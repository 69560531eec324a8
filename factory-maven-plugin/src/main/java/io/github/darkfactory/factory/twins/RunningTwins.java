package io.github.darkfactory.factory.twins;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.BoundedProcess;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The twins of one scenario run, serving until closed; closing kills every process tree of theirs.
 * Every twin is served through WireMock, whose request log is the journal: for a mappings twin
 * WireMock serves the mappings, for an executable twin it proxies every request to it.
 */
public final class RunningTwins implements AutoCloseable {

    /**
     * @param wireMockPort the port of the WireMock that serves it (its URL) and holds its request log
     * @param processes    WireMock first: it is stopped first, then what it proxies
     */
    record Serving(String name, TwinKind kind, int wireMockPort, List<BoundedProcess.Running> processes) {

        String url() {
            return "http://127.0.0.1:" + wireMockPort;
        }
    }

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

    private final List<Serving> twins;

    RunningTwins(List<Serving> twins) {
        this.twins = List.copyOf(twins);
    }

    /** Where the scenario JVM finds each twin. */
    public TwinUrls urls() {
        Map<String, Integer> ports = new TreeMap<>();
        twins.forEach(t -> ports.put(t.name(), t.wireMockPort()));
        return TwinUrls.of(ports);
    }

    /** {@code factory.twin.<name>.url} → the twin's URL, for the scenario JVM. */
    public Map<String, String> systemProperties() {
        return urls().systemProperties();
    }

    /** {@code FACTORY_TWIN_<NAME>_URL} → the twin's URL, for the scenario JVM. */
    public Map<String, String> environment() {
        return urls().environment();
    }

    /** Writes {@code <name>.jsonl} per twin into {@code directory} from WireMock's request log, while it still runs. */
    public List<TwinServed> journal(Path directory) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(ADMIN_TIMEOUT).build();
        List<TwinServed> served = new ArrayList<>();
        for (Serving twin : twins) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(twin.url() + "/__admin/requests"))
                    .timeout(ADMIN_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException("the request log of the twin " + twin.name() + " answered HTTP " + answer.statusCode());
            }
            JsonNode log = Json.MAPPER.readTree(answer.body());
            List<JournalEntry> entries = JournalEntry.fromWireMock(log);
            StringBuilder lines = new StringBuilder();
            for (JournalEntry entry : entries) {
                lines.append(Json.MAPPER.writeValueAsString(entry.toMap())).append('\n');
            }
            Files.createDirectories(directory);
            AtomicFiles.write(directory.resolve(twin.name() + ".jsonl"), lines.toString());
            served.add(new TwinServed(twin.name(), twin.kind(), entries.size(), entries.stream().filter(e -> !e.matched())
                    .map(e -> new TwinServed.Request(e.method(), e.path(), e.query())).toList()));
        }
        return served;
    }

    @Override
    public void close() throws InterruptedException {
        InterruptedException interrupted = null;
        for (Serving twin : twins) {
            for (BoundedProcess.Running process : twin.processes()) {
                try {
                    process.close();
                } catch (InterruptedException e) {
                    interrupted = e;
                }
            }
        }
        if (interrupted != null) {
            throw interrupted;
        }
    }
}
