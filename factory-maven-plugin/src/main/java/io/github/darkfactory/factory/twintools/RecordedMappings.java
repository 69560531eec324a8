package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.log.FactoryLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Moves what the recording proxy wrote into the twin project, once, whichever comes first: the end
 * of the recording or a stop of the JVM (Ctrl-C). Each body file, then its mapping, is written
 * atomically; a mapping cut short by the stop is left out, never written half. The project's own
 * mappings are kept: a recorded request one of them already answers is not written again.
 */
final class RecordedMappings {

    private static final long STOP_WAIT_MILLIS = 10_000;

    private final Path resources;
    private final Path root;
    private final FactoryLog log;
    private final Map<JsonNode, String> existing;
    private volatile boolean stopping;
    private Recorded result;

    private RecordedMappings(Path resources, Path root, FactoryLog log, Map<JsonNode, String> existing) {
        this.resources = resources;
        this.root = root;
        this.log = log;
        this.existing = existing;
    }

    /** Reads the project's own mappings first: a malformed one stops the recording before it starts. */
    static RecordedMappings into(Path resources, Path root, FactoryLog log) throws IOException, TwinToolFailure {
        Map<JsonNode, String> existing = new LinkedHashMap<>();
        for (Path file : RecordedExchanges.mappingFiles(resources.resolve(RecordedExchanges.MAPPINGS))) {
            String name = resources.relativize(file).toString().replace('\\', '/');
            for (JsonNode mapping : RecordedExchanges.mappingsIn(file, name)) {
                existing.putIfAbsent(mapping.get("request"), name);
            }
        }
        return new RecordedMappings(resources, root, log, existing);
    }

    boolean stopping() {
        return stopping;
    }

    /** From the shutdown hook: waits (briefly) for the proxy to be gone, then harvests. */
    void afterStop(BooleanSupplier proxyAlive) {
        stopping = true;
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        while (proxyAlive.getAsBoolean() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            once();
        } catch (IOException e) {
            log.warn("Could not write the recorded mappings into " + resources + ": " + e.getMessage());
        }
    }

    synchronized Recorded once() throws IOException {
        if (result == null) {
            result = harvest();
            report(result);
        }
        return result;
    }

    private Recorded harvest() throws IOException {
        List<String> written = new ArrayList<>();
        List<String> alreadyThere = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : RecordedExchanges.mappingFiles(root.resolve(RecordedExchanges.MAPPINGS))) {
            String name = root.relativize(file).toString().replace('\\', '/');
            JsonNode mapping;
            try {
                mapping = RecordedExchanges.mappingsIn(file, name).get(0);
            } catch (TwinToolFailure cutShort) {
                unreadable.add(name);
                continue;
            }
            JsonNode request = mapping.get("request");
            String shown = request.path("method").asText() + " " + request.path("url").asText();
            if (existing.containsKey(request)) {
                alreadyThere.add(shown + " (" + existing.get(request) + ")");
                continue;
            }
            String bodyFile = mapping.path("response").path("bodyFileName").asText(null);
            if (bodyFile != null) {
                Path recordedBody = root.resolve(RecordedExchanges.FILES).resolve(bodyFile);
                if (!Files.isRegularFile(recordedBody)) {
                    unreadable.add(name);
                    continue;
                }
                AtomicFiles.write(resources.resolve(RecordedExchanges.FILES).resolve(bodyFile),
                        Files.readAllBytes(recordedBody));
            }
            Path target = freeName(resources.resolve(RecordedExchanges.MAPPINGS), file.getFileName().toString());
            AtomicFiles.write(target, Files.readAllBytes(file));
            existing.put(request, resources.relativize(target).toString().replace('\\', '/'));
            written.add(resources.relativize(target).toString().replace('\\', '/'));
        }
        return new Recorded(List.copyOf(written), List.copyOf(alreadyThere), List.copyOf(unreadable));
    }

    private void report(Recorded recorded) {
        log.info("Recorded " + recorded.written().size() + " new mapping" + (recorded.written().size() == 1 ? "" : "s")
                + " into " + resources.resolve(RecordedExchanges.MAPPINGS) + ".");
        recorded.written().forEach(name -> log.info("  " + name));
        recorded.alreadyThere().forEach(request -> log.info("  already answered by the twin, kept as it is: " + request
                + "; to record it again, delete that mapping file first"));
        recorded.unreadable().forEach(name -> log.warn("  cut short by the stop, not written: " + name));
    }

    private static Path freeName(Path directory, String name) {
        Path candidate = directory.resolve(name);
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = directory.resolve(stem + "-" + i + ".json");
        }
        return candidate;
    }
}
