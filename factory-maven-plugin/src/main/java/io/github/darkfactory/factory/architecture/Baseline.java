package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.factory.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.darkfactory.rules.Violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Violations accepted for now, so that a rule can be introduced on existing code without fixing
 * everything first. A violation is matched by rule, class and description but not by line, so
 * edits elsewhere in a file do not invalidate the baseline. The file is read-only unless the user
 * asks to record the current violations.
 */
public final class Baseline {

    /** One accepted violation. */
    public record Entry(String rule, String className, String description) {

        static Entry of(Violation violation) {
            return new Entry(violation.ruleId(), violation.className(), violation.description());
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::rule)
            .thenComparing(Entry::className)
            .thenComparing(Entry::description);

    private final Set<Entry> entries;

    private Baseline(Collection<Entry> entries) {
        TreeSet<Entry> sorted = new TreeSet<>(ORDER);
        sorted.addAll(entries);
        this.entries = sorted;
    }

    public static Baseline empty() {
        return new Baseline(List.of());
    }

    /** A baseline that accepts exactly the given violations. */
    public static Baseline of(Collection<Violation> violations) {
        return new Baseline(violations.stream().map(Entry::of).toList());
    }

    /** Reads a baseline file; a file that does not exist is an empty baseline. */
    public static Baseline read(Path file) throws InvalidBaselineException {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            JsonNode violations = Json.MAPPER.readTree(file.toFile()).path("violations");
            if (!violations.isArray()) {
                throw new InvalidBaselineException(file, "no \"violations\" array", null);
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : violations) {
                if (!node.path("rule").isTextual() || !node.path("class").isTextual() || !node.path("description").isTextual()) {
                    throw new InvalidBaselineException(file, "an entry lacks \"rule\", \"class\" or \"description\": " + node, null);
                }
                entries.add(new Entry(node.get("rule").asText(), node.get("class").asText(), node.get("description").asText()));
            }
            return new Baseline(entries);
        } catch (JsonProcessingException e) {
            throw new InvalidBaselineException(file, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidBaselineException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public boolean covers(Violation violation) {
        return entries.contains(Entry.of(violation));
    }

    public int size() {
        return entries.size();
    }

    /** Writes the baseline atomically, sorted, so that recording the same violations changes nothing. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, text());
    }

    /** The file content: pretty-printed, sorted, LF line endings. */
    public String text() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("comment", "Architecture violations accepted for now; rewrite with -Dfactory.architecture.updateBaseline=true.");
        ArrayNode array = root.putArray("violations");
        for (Entry entry : entries) {
            array.addObject().put("rule", entry.rule()).put("class", entry.className()).put("description", entry.description());
        }
        return Json.pretty(root);
    }
}
