package io.github.darkfactory.factory.generate.lock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the lock remembers about one generated spec.
 *
 * @param inputHash     {@link InputHash} of the spec when it was generated
 * @param holdoutRounds how many rounds of holdout feedback the current files consumed (recorded, never
 *                      hashed; see {@link HoldoutBudget} and docs/generation-loop.md, "Holdout feedback")
 * @param files         owned files, path relative to the output directory → sha256 of their bytes
 * @param services      contract interface → implementing class registered for ServiceLoader
 */
@JsonPropertyOrder({"inputHash", "model", "promptVersion", "iterations", "tokens", "holdoutRounds", "files",
        "services"})
public record LockEntry(String inputHash, ModelRef model, String promptVersion, int iterations, Tokens tokens,
                        int holdoutRounds, Map<String, String> files, Map<String, String> services) {

    public LockEntry {
        files = Collections.unmodifiableSortedMap(files == null ? new TreeMap<>() : new TreeMap<>(files));
        services = Collections.unmodifiableSortedMap(services == null ? new TreeMap<>() : new TreeMap<>(services));
    }

    /** An entry whose files consumed no holdout feedback. */
    public LockEntry(String inputHash, ModelRef model, String promptVersion, int iterations, Tokens tokens,
                     Map<String, String> files, Map<String, String> services) {
        this(inputHash, model, promptVersion, iterations, tokens, 0, files, services);
    }

    /** The model that wrote the files: provider and name only, never a URL or key. */
    @JsonPropertyOrder({"provider", "name"})
    public record ModelRef(String provider, String name) {
    }

    @JsonPropertyOrder({"input", "output"})
    public record Tokens(long input, long output) {
    }
}
