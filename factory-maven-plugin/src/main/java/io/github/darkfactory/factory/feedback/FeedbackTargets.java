package io.github.darkfactory.factory.feedback;

import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.Suggestions;
import io.github.darkfactory.factory.spec.SpecSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A feedback file's ids resolved to the requirements of the specs that own them: the specs a
 * generate with feedback regenerates, and what each one's prompt is told (docs/generation-loop.md,
 * "Holdout feedback").
 *
 * @param file   the feedback file, for messages
 * @param bySpec spec id → its failed requirements, in the spec's order
 */
public record FeedbackTargets(Path file, Map<String, List<Requirement>> bySpec) {

    public FeedbackTargets {
        Map<String, List<Requirement>> copy = new TreeMap<>();
        bySpec.forEach((spec, requirements) -> copy.put(spec, List.copyOf(requirements)));
        bySpec = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads the file and finds every listed id among the specs' requirements.
     *
     * @throws InvalidFeedbackException when the file is missing, unreadable or malformed, or names an
     *                                  id that is no requirement of any spec
     */
    public static FeedbackTargets read(Path file, SpecSet specs) {
        HoldoutFeedback feedback = HoldoutFeedback.read(file);
        Map<String, Requirement> known = new TreeMap<>();
        specs.requirements().forEach(r -> known.put(r.id(), r));
        List<String> unknown = feedback.failedRequirements().stream().filter(id -> !known.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            Map<String, String> nearest = new TreeMap<>();
            unknown.forEach(id -> Suggestions.closest(id, known.keySet()).ifPresent(near -> nearest.put(id, near)));
            throw InvalidFeedbackException.unknownIds(file, unknown, nearest);
        }
        Map<String, List<Requirement>> bySpec = new TreeMap<>();
        specs.requirements().stream().filter(r -> feedback.failedRequirements().contains(r.id()))
                .forEach(r -> bySpec.computeIfAbsent(r.specId(), s -> new ArrayList<>()).add(r));
        return new FeedbackTargets(file, bySpec);
    }

    public Set<String> specIds() {
        return bySpec.keySet();
    }

    /** The failed requirements of one spec; empty when the feedback names none of its ids. */
    public List<Requirement> of(String specId) {
        return bySpec.getOrDefault(specId, List.of());
    }
}
