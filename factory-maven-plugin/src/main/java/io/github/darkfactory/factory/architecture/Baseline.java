package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.factory.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.darkfactory.factory.io.Json;
import io.github.darkfactory.rules.Violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Violations accepted for now, so that a rule can be introduced on existing code without fixing
 * everything first. A violation is matched by rule, class and description but not by line, so
 * edits elsewhere in a file do not invalidate the baseline; and counted, so a baseline that accepts
 * one call in a method does not hide a second identical call added later. The file is read-only
 * unless the user asks to record the current violations.
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

    /** How many violations of each kind are accepted: two identical calls in one method are two. */
    private final SortedMap<Entry, Integer> counts;

    private Baseline(Collection<Entry> entries) {
        SortedMap<Entry, Integer> sorted = new TreeMap<>(ORDER);
        entries.forEach(entry -> sorted.merge(entry, 1, Integer::sum));
        this.counts = sorted;
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
                JsonNode count = node.path("count");
                if (!count.isMissingNode() && !(count.canConvertToInt() && count.isIntegralNumber() && count.intValue() >= 1)) {
                    throw new InvalidBaselineException(file, "an entry's \"count\" is not a whole number of at least 1: " + node, null);
                }
                Entry entry = new Entry(node.get("rule").asText(), node.get("class").asText(), node.get("description").asText());
                entries.addAll(Collections.nCopies(count.isMissingNode() ? 1 : count.intValue(), entry));
            }
            return new Baseline(entries);
        } catch (JsonProcessingException e) {
            throw new InvalidBaselineException(file, "not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidBaselineException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The violations, in their order, each baselined while the baseline accepts more of its kind:
     * with one identical call accepted, a second one in the same method is new.
     */
    public List<Finding> findings(List<Violation> violations) {
        Map<Entry, Integer> left = new HashMap<>(counts);
        List<Finding> findings = new ArrayList<>();
        for (Violation violation : violations) {
            Entry entry = Entry.of(violation);
            int accepted = left.getOrDefault(entry, 0);
            if (accepted > 0) {
                left.put(entry, accepted - 1);
            }
            findings.add(new Finding(violation, accepted > 0));
        }
        return findings;
    }

    /** How many violations the baseline accepts. */
    public int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Writes the baseline atomically, sorted, so that recording the same violations changes nothing. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, text());
    }

    /** The file content: pretty-printed, sorted, LF line endings; {@code count} only where it is above 1. */
    public String text() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("comment", "Architecture violations accepted for now; rewrite it with the architecture goal's"
                + " updateBaseline parameter.");
        ArrayNode array = root.putArray("violations");
        counts.forEach((entry, count) -> {
            ObjectNode node = array.addObject().put("rule", entry.rule()).put("class", entry.className())
                    .put("description", entry.description());
            if (count > 1) {
                node.put("count", count);
            }
        });
        return Json.pretty(root);
    }
}
