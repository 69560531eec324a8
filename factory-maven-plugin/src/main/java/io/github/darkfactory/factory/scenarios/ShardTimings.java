package io.github.darkfactory.factory.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded durations that balance shards: the {@code evidence.json} of an earlier run of the
 * whole jar (a merged one does too), summed per top-level class.
 */
public final class ShardTimings {

    private ShardTimings() {
    }

    /**
     * Top-level class → milliseconds of its scenarios.
     *
     * @throws IOException when the file is missing, not JSON, a shard's file, or holds no scenario with a class and a duration
     */
    public static Map<String, Long> read(Path evidenceJson) throws IOException {
        if (!Files.isRegularFile(evidenceJson)) {
            throw new IOException(evidenceJson + " does not exist");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(evidenceJson.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(evidenceJson + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root.has("shard")) {
            // a shard knows only its own classes: every other class would silently cost the average
            throw new IOException(evidenceJson + " is the file of shard " + root.path("shard").path("index").asInt()
                    + " of " + root.path("shard").path("total").asInt() + ", which knows only its own classes");
        }
        Map<String, Long> timings = new TreeMap<>();
        for (JsonNode scenario : root.path("scenarios")) {
            JsonNode className = scenario.get("className");
            JsonNode duration = scenario.get("durationMs");
            if (className != null && className.isTextual() && duration != null && duration.isNumber()) {
                timings.merge(ShardSplit.topLevel(className.asText()), duration.asLong(), Long::sum);
            }
        }
        if (timings.isEmpty()) {
            throw new IOException(evidenceJson + " records no scenario with a class and a duration"
                    + " (an evidence.json of an earlier run of every scenario has them)");
        }
        return timings;
    }
}
