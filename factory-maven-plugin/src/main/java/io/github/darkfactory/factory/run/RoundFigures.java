package io.github.darkfactory.factory.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.generate.GenerateSummary;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a round's generate spent, as its summary file says (docs/goals/run.md): model calls, tokens
 * and the generate's own wall time; zero when the round wrote no summary (nothing was generated).
 */
public record RoundFigures(long calls, long inputTokens, long outputTokens, long generateMillis) {

    /** The summary file's name under the build's factory directory, written by the generate goal. */
    public static final String FILE_NAME = GenerateSummary.FIGURES_FILE;

    static final RoundFigures NONE = new RoundFigures(0, 0, 0, 0);

    static RoundFigures read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode root = Json.MAPPER.readTree(file.toFile());
        return new RoundFigures(root.path("calls").asLong(), root.path("inputTokens").asLong(),
                root.path("outputTokens").asLong(), root.path("wallMillis").asLong());
    }

    RoundFigures plus(RoundFigures other) {
        return new RoundFigures(calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, generateMillis + other.generateMillis);
    }
}
