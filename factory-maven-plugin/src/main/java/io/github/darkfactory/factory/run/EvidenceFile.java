package io.github.darkfactory.factory.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.factory.scenarios.RequirementEvidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The requirements of a round's {@code evidence.json} (its shape: docs/goals/scenarios.md). Only the
 * run reads it: what passes on to the next round's generate is the ids, never this file.
 */
final class EvidenceFile {

    private EvidenceFile() {
    }

    static List<RequirementEvidence> requirements(Path file) throws IOException {
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        List<RequirementEvidence> requirements = new ArrayList<>();
        for (JsonNode r : root.path("requirements")) {
            requirements.add(new RequirementEvidence(r.path("id").asText(), r.path("spec").asText(),
                    r.path("text").asText(), status(file, r.path("status").asText()), List.of()));
        }
        return requirements;
    }

    private static RequirementEvidence.Status status(Path file, String status) throws IOException {
        try {
            return RequirementEvidence.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " gives a requirement the status '" + status + "', which this plugin does not know");
        }
    }
}
