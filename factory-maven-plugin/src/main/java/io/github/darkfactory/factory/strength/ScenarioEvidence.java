package io.github.darkfactory.factory.strength;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.scenarios.ScenarioResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the scenarios goal of this build left in {@code evidence.json}: whether it passed, the
 * digest of the jar it ran, and each scenario's tags and status. Strength measures only evidence
 * that this build has just checked.
 *
 * @param passed  the scenarios gate passed
 * @param sha256  the digest of the scenario jar that ran
 */
record ScenarioEvidence(boolean passed, String sha256, List<Scenario> scenarios) {

    static final String FILE = "evidence.json";

    /** One scenario: its JUnit unique id, its tags, whether it passed, and its name as evidence.html shows it. */
    record Scenario(String id, List<String> tags, boolean passed, String label) {
    }

    /** Empty when no scenarios ran in this build (no file, or one written before it started). */
    static Optional<ScenarioEvidence> ofThisBuild(Path factoryDirectory, Instant buildStart) throws IOException {
        Path file = factoryDirectory.resolve(FILE);
        if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isBefore(buildStart)) {
            return Optional.empty();
        }
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode scenario : root.path("scenarios")) {
            List<String> tags = new ArrayList<>();
            scenario.path("tags").forEach(tag -> tags.add(tag.asText()));
            scenarios.add(new Scenario(scenario.path("id").asText(), List.copyOf(tags),
                    "SUCCESSFUL".equals(scenario.path("status").asText()),
                    ScenarioResult.label(scenario.hasNonNull("className") ? scenario.get("className").asText() : null,
                            scenario.path("displayName").asText())));
        }
        return Optional.of(new ScenarioEvidence("PASSED".equals(root.path("status").asText()),
                root.path("scenarioArtifact").path("sha256").asText(), List.copyOf(scenarios)));
    }

    List<Scenario> taggedWith(String requirementId) {
        return scenarios.stream().filter(s -> s.tags().contains(requirementId)).toList();
    }
}
