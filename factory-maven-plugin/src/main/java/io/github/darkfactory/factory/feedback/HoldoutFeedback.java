package io.github.darkfactory.factory.feedback;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The only thing that passes from a verify to the next generate (docs/generation-loop.md, "Holdout
 * feedback"): which requirements' hidden scenarios failed, by id, and in which round. Nothing else of
 * a verify (names, messages, stack traces, code) has a place in it.
 *
 * @param round              the round that will use the feedback (2 after a failed first round)
 * @param failedRequirements requirement ids, sorted, at least one
 */
@JsonPropertyOrder({"round", "failedRequirements"})
public record HoldoutFeedback(int round, List<String> failedRequirements) {

    /** The file's name under the build's factory directory. */
    public static final String FILE_NAME = "feedback.json";

    public HoldoutFeedback {
        failedRequirements = failedRequirements.stream().sorted().distinct().toList();
    }

    /** Writes the file atomically: a round never reads half a file. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, Json.pretty(this).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads and checks the shape of a feedback file; whether its ids are known is the reader's business.
     *
     * @throws InvalidFeedbackException naming the file and what is wrong with it
     */
    public static HoldoutFeedback read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidFeedbackException(InvalidFeedbackException.Reason.MISSING, file, "");
        } catch (IOException e) {
            throw new InvalidFeedbackException(InvalidFeedbackException.Reason.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new InvalidFeedbackException(InvalidFeedbackException.Reason.MALFORMED, file,
                    e.getMessage() == null ? "not JSON" : e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw malformed(file, "the file holds no JSON object");
        }
        JsonNode round = root.get("round");
        if (round == null || !round.canConvertToInt() || !round.isIntegralNumber() || round.asInt() < 1) {
            throw malformed(file, "\"round\" must be a whole number of at least 1");
        }
        JsonNode ids = root.get("failedRequirements");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            throw malformed(file, "\"failedRequirements\" must be a non-empty list of requirement ids");
        }
        List<String> failed = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw malformed(file, "\"failedRequirements\" holds " + id + ", which is not a requirement id");
            }
            failed.add(id.asText().strip());
        }
        List<String> unexpected = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("round") && !name.equals("failedRequirements")) {
                unexpected.add(name);
            }
        });
        if (!unexpected.isEmpty()) {
            // ids only: a field more could carry what the holdout must keep to itself
            throw malformed(file, "unexpected field(s) " + unexpected + "; only \"round\" and \"failedRequirements\" may pass");
        }
        return new HoldoutFeedback(round.asInt(), failed);
    }

    private static InvalidFeedbackException malformed(Path file, String detail) {
        return new InvalidFeedbackException(InvalidFeedbackException.Reason.MALFORMED, file, detail);
    }
}
