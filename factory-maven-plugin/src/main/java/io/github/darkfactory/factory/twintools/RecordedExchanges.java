package io.github.darkfactory.factory.twintools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a twin's WireMock stub mappings ({@code mappings/*.json}, bodies in {@code __files}) from a
 * directory or from a jar's root, as exchanges to replay. Only a mapping that names one exact request
 * can be replayed; the others are returned as skipped, with the reason.
 */
public final class RecordedExchanges {

    public static final String MAPPINGS = "mappings";
    public static final String FILES = "__files";

    /** A mapping that cannot be replayed as it stands. */
    public record Skipped(String mapping, String request, String reason) {
    }

    public record Read(List<Exchange> exchanges, List<Skipped> skipped) {
    }

    private RecordedExchanges() {
    }

    /** @param root the directory (or jar root) holding {@code mappings} and {@code __files} */
    public static Read read(Path root) throws IOException, TwinToolFailure {
        Path directory = root.resolve(MAPPINGS);
        List<Path> files = mappingFiles(directory);
        if (files.isEmpty()) {
            throw new TwinToolFailure(TwinToolFailure.Reason.NO_MAPPINGS, directory.toString(), "", 0);
        }
        List<Exchange> exchanges = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            for (JsonNode mapping : mappingsIn(file, name)) {
                read(root, name, mapping, exchanges, skipped);
            }
        }
        return new Read(List.copyOf(exchanges), List.copyOf(skipped));
    }

    /** The {@code .json} files under {@code directory}, sorted; none when it does not exist. */
    public static List<Path> mappingFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        }
    }

    /** A file's stub mappings: one mapping, or WireMock's {@code {"mappings": [...]}} form. */
    static List<JsonNode> mappingsIn(Path file, String name) throws IOException, TwinToolFailure {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new TwinToolFailure(TwinToolFailure.Reason.MALFORMED_MAPPING, name,
                    "invalid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), 0);
        }
        List<JsonNode> mappings = new ArrayList<>();
        if (tree != null && tree.path("mappings").isArray()) {
            tree.path("mappings").forEach(mappings::add);
        } else if (tree != null && tree.isObject()) {
            mappings.add(tree);
        }
        for (JsonNode mapping : mappings) {
            if (!mapping.path("request").isObject() || !mapping.path("response").isObject()) {
                throw new TwinToolFailure(TwinToolFailure.Reason.MALFORMED_MAPPING, name,
                        "a stub mapping needs a \"request\" and a \"response\" object", 0);
            }
        }
        if (mappings.isEmpty()) {
            throw new TwinToolFailure(TwinToolFailure.Reason.MALFORMED_MAPPING, name, "holds no stub mapping object", 0);
        }
        return mappings;
    }

    private static void read(Path root, String name, JsonNode mapping, List<Exchange> exchanges, List<Skipped> skipped)
            throws IOException, TwinToolFailure {
        JsonNode request = mapping.path("request");
        String method = request.path("method").asText("ANY").toUpperCase(Locale.ROOT);
        String url = request.path("url").asText(null);
        String shown = method + " " + describeUrl(request);
        if (url == null && request.has("urlPath") && !request.has("queryParameters")) {
            url = request.path("urlPath").asText();
        }
        String reason = null;
        String pattern = firstOf(request, "urlPattern", "urlPathPattern", "urlPathTemplate");
        if (url == null && pattern != null) {
            reason = "its URL is a pattern (" + pattern + "), not one exact URL";
        } else if (url == null && request.has("urlPath")) {
            reason = "it matches query parameters, not one exact URL";
        } else if (url == null) {
            reason = "it matches any URL";
        } else if (method.equals("ANY")) {
            reason = "it matches any method";
        }
        Map<String, String> headers = exactHeaders(request);
        String body = null;
        JsonNode patterns = request.path("bodyPatterns");
        if (reason == null && patterns.isArray() && !patterns.isEmpty()) {
            body = exactBody(patterns.get(0));
            if (body == null) {
                reason = "its request body is a pattern, not one exact body";
            } else if (patterns.get(0).has("equalToJson")
                    && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
                // WireMock's recorder keeps no request headers; a JSON body is sent as what it is
                headers.put("Content-Type", "application/json");
            }
        }
        if (reason != null) {
            skipped.add(new Skipped(name, shown, reason));
            return;
        }
        JsonNode response = mapping.path("response");
        exchanges.add(new Exchange(name, method, url, headers, body, response.path("status").asInt(200),
                responseBody(root, name, response)));
    }

    private static String describeUrl(JsonNode request) {
        String url = firstOf(request, "url", "urlPath", "urlPattern", "urlPathPattern", "urlPathTemplate");
        return url == null ? "(any URL)" : url;
    }

    private static String firstOf(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field).asText();
            }
        }
        return null;
    }

    private static Map<String, String> exactHeaders(JsonNode request) {
        Map<String, String> headers = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = request.path("headers").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> header = fields.next();
            if (header.getValue().hasNonNull("equalTo")) {
                headers.put(header.getKey(), header.getValue().get("equalTo").asText());
            }
        }
        return headers;
    }

    private static String exactBody(JsonNode pattern) {
        JsonNode value = pattern.hasNonNull("equalToJson") ? pattern.get("equalToJson") : pattern.get("equalTo");
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String responseBody(Path root, String name, JsonNode response) throws IOException, TwinToolFailure {
        if (response.has("jsonBody")) {
            return response.get("jsonBody").toString();
        }
        if (response.hasNonNull("body")) {
            return response.get("body").asText();
        }
        if (response.hasNonNull("bodyFileName")) {
            String fileName = response.get("bodyFileName").asText();
            Path file = root.resolve(FILES).resolve(fileName).normalize();
            if (!file.startsWith(root.resolve(FILES)) || !Files.isRegularFile(file)) {
                throw new TwinToolFailure(TwinToolFailure.Reason.MALFORMED_MAPPING, name, "its bodyFileName " + fileName
                        + " is not a file under " + FILES, 0);
            }
            // leniently: a binary body has no JSON shape to compare, and must not stop the check
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        return null;
    }
}
