package io.github.darkfactory.factory.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * How many holdout rounds each spec's current code consumed, as its lock entry records
 * ({@code holdoutRounds}, 0 when absent): a holdout asked too often stops being one
 * (docs/generation-loop.md, "Holdout feedback").
 */
final class HoldoutExposure {

    private HoldoutExposure() {
    }

    /** The specs among {@code specIds} whose code consumed {@code max} holdout rounds or more, in the given order. */
    static List<String> spent(Path lockFile, Collection<String> specIds, int max) throws IOException {
        if (!Files.isRegularFile(lockFile)) {
            return List.of();
        }
        JsonNode specs = Json.MAPPER.readTree(lockFile.toFile()).path("specs");
        return specIds.stream().filter(id -> specs.path(id).path("holdoutRounds").asInt(0) >= max).toList();
    }
}
