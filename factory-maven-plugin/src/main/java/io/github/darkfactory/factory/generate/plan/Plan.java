package io.github.darkfactory.factory.generate.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a generate run has to do, decided before any model exists.
 *
 * @param inputHashes current input hash of every spec, by id
 * @param upToDate    specs whose input hash and files all match the lock
 * @param stale       specs to generate (hash differs, no entry, or forced by factory.regenerate)
 * @param handEdited  owned files whose bytes differ from the lock
 * @param missing     owned files that are gone
 * @param orphans     lock entries of specs that no longer exist
 */
public record Plan(Map<String, String> inputHashes, List<String> upToDate, List<StaleSpec> stale,
                   List<OwnedFile> handEdited, List<OwnedFile> missing, List<String> orphans) {

    public Plan {
        inputHashes = Map.copyOf(inputHashes);
        upToDate = List.copyOf(upToDate);
        stale = List.copyOf(stale);
        handEdited = List.copyOf(handEdited);
        missing = List.copyOf(missing);
        orphans = List.copyOf(orphans);
    }

    /** The CI path: every hash matches, so no model is created. */
    public boolean nothingToDo() {
        return stale.isEmpty() && handEdited.isEmpty() && missing.isEmpty() && orphans.isEmpty();
    }

    public Set<String> staleIds() {
        return stale.stream().map(StaleSpec::specId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Hand edits and missing files are only allowed for specs about to be regenerated. */
    public List<OwnedFile> blockingEdits() {
        Set<String> regenerated = staleIds();
        return java.util.stream.Stream.concat(handEdited.stream(), missing.stream())
                .filter(f -> !regenerated.contains(f.specId()))
                .toList();
    }
}
