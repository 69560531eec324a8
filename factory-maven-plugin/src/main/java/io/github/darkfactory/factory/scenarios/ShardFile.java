package io.github.darkfactory.factory.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code evidence-shard-<i>-of-<n>.json}: everything merging needs from one shard — which shard of
 * how many, the scenario jar and its digest, the top-level classes it ran, and each scenario's
 * result and duration.
 */
public final class ShardFile {

    static final String FORMAT = "factory-evidence-shard/1";

    /**
     * One shard's results as written.
     *
     * @param splitDigest the same on every shard of one split (the same jar, count and timings)
     * @param classes the top-level classes the shard ran
     * @param runMs   how long its scenario JVM ran (0 when it ran none)
     * @param commit  the product's commit the shard tested, or null outside a git checkout
     */
    public record Contents(Shard shard, String coordinates, String sha256, String balancedBy, String splitDigest,
                           List<String> classes, List<ScenarioResult> scenarios, long runMs, String commit) {

        public Contents {
            classes = List.copyOf(classes);
            scenarios = List.copyOf(scenarios);
        }
    }

    private ShardFile() {
    }

    static Path write(Path factoryDirectory, Contents contents) throws IOException {
        Files.createDirectories(factoryDirectory);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("shard", EvidenceJson.ordered("index", contents.shard().index(), "total", contents.shard().total()));
        root.put("scenarioArtifact", EvidenceJson.ordered("coordinates", contents.coordinates(), "sha256", contents.sha256()));
        root.put("balancedBy", contents.balancedBy());
        root.put("splitDigest", contents.splitDigest());
        root.put("runMs", contents.runMs());
        root.put("commit", contents.commit());
        root.put("classes", contents.classes());
        root.put("scenarios", contents.scenarios().stream().map(ShardFile::scenario).toList());
        Path file = factoryDirectory.resolve(contents.shard().fileName());
        AtomicFiles.write(file, Json.pretty(root));
        return file;
    }

    /** @throws IOException with the reason when the file is not a shard file this plugin wrote */
    static Contents read(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("no \"format\": \"" + FORMAT + "\"");
        }
        try {
            Shard shard = new Shard(root.path("shard").path("index").asInt(), root.path("shard").path("total").asInt());
            List<String> classes = new ArrayList<>();
            root.path("classes").forEach(c -> classes.add(c.asText()));
            List<ScenarioResult> scenarios = new ArrayList<>();
            for (JsonNode node : root.path("scenarios")) {
                scenarios.add(scenario(node));
            }
            return new Contents(shard, text(root.path("scenarioArtifact"), "coordinates"),
                    text(root.path("scenarioArtifact"), "sha256"), text(root, "balancedBy"), text(root, "splitDigest"),
                    classes, scenarios, root.path("runMs").asLong(), text(root, "commit"));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Map<String, Object> scenario(ScenarioResult s) {
        Map<String, Object> out = EvidenceJson.scenario(s);
        out.put("label", s.treeName());
        return out;
    }

    private static ScenarioResult scenario(JsonNode node) {
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(t -> tags.add(t.asText()));
        JsonNode failure = node.path("failure");
        return new ScenarioResult(text(node, "id"), text(node, "displayName"), text(node, "className"),
                text(node, "methodName"), tags, ScenarioResult.Status.valueOf(node.path("status").asText()),
                node.path("durationMs").asLong(), failure.isObject()
                ? new ScenarioResult.Failure(text(failure, "type"), text(failure, "message"), text(failure, "stackTrace"))
                : null, text(node, "label"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
