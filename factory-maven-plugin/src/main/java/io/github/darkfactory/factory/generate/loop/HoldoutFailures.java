package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.spec.Requirement;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What holdout feedback tells one spec's prompt (docs/generation-loop.md, "Holdout feedback"): which
 * of its requirements a hidden acceptance scenario found failing, and the implementation it failed
 * against. Ids only crossed from the verify; the texts are the spec's own, the code is the spec's
 * committed files.
 *
 * @param requirements  the spec's failed requirements; empty without feedback
 * @param previousFiles the spec's current files, path relative to the output directory → content
 */
public record HoldoutFailures(List<Requirement> requirements, Map<String, String> previousFiles) {

    /** No feedback for this spec. */
    public static final HoldoutFailures NONE = new HoldoutFailures(List.of(), Map.of());

    public HoldoutFailures {
        requirements = List.copyOf(requirements);
        previousFiles = Collections.unmodifiableMap(new TreeMap<>(previousFiles));
    }

    public boolean any() {
        return !requirements.isEmpty();
    }
}
