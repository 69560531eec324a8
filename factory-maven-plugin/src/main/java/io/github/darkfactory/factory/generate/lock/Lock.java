package io.github.darkfactory.factory.generate.lock;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole {@code factory.lock.json}: one entry per generated spec, and the ServiceLoader
 * registrations derived from them (kept in the file so reviewers see them in diffs).
 */
@JsonPropertyOrder({"formatVersion", "specs", "services"})
public record Lock(int formatVersion, Map<String, LockEntry> specs, Map<String, List<String>> services) {

    public static final int FORMAT_VERSION = 1;

    public Lock {
        specs = Collections.unmodifiableSortedMap(specs == null ? new TreeMap<>() : new TreeMap<>(specs));
        services = Collections.unmodifiableSortedMap(services == null ? new TreeMap<>() : new TreeMap<>(services));
    }

    public static Lock empty() {
        return of(Map.of());
    }

    /** A lock of these entries, its services section derived from them. */
    public static Lock of(Map<String, LockEntry> specs) {
        SortedMap<String, List<String>> services = new TreeMap<>();
        specs.values().forEach(entry -> entry.services().forEach((iface, impl) ->
                services.merge(iface, List.of(impl), (a, b) -> sortedUnion(a, b))));
        return new Lock(FORMAT_VERSION, new TreeMap<>(specs), services);
    }

    public LockEntry entry(String specId) {
        return specs.get(specId);
    }

    /** Spec id → rounds of holdout feedback its current code consumed, for every entry. */
    public Map<String, Integer> holdoutRounds() {
        SortedMap<String, Integer> rounds = new TreeMap<>();
        specs.forEach((id, entry) -> rounds.put(id, entry.holdoutRounds()));
        return Collections.unmodifiableSortedMap(rounds);
    }

    /** A copy with these entries replaced or added and those ids removed. */
    public Lock with(Map<String, LockEntry> replaced, Collection<String> removed) {
        SortedMap<String, LockEntry> next = new TreeMap<>(specs);
        next.putAll(replaced);
        removed.forEach(next::remove);
        return of(next);
    }

    private static List<String> sortedUnion(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().sorted().toList();
    }
}
