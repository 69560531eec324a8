package io.github.darkfactory.factory.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The split of a scenario jar's classes into shards, decided in the build's JVM from the jar alone
 * (and the timings, when given), so every machine computes the same split. The unit is a top-level
 * class with its nested classes: a {@code @Nested} class always runs beside its enclosing class.
 * Without timings the classes, sorted by name, are dealt out in turn (balanced by count); with
 * timings the longest goes first to the shard with the least time so far (greedy longest-first),
 * a class without a recorded time counting as the average of those with one.
 */
public final class ShardSplit {

    private ShardSplit() {
    }

    /**
     * What one shard runs.
     *
     * @param units      its top-level classes, sorted
     * @param classNames the classes to select: those and their nested classes
     * @param totalUnits the top-level classes of the whole jar
     * @param splitDigest sha256 of the whole split (every shard's classes): equal on every shard of one split
     */
    public record Share(List<String> units, List<String> classNames, int totalUnits, String splitDigest) {

        public Share {
            units = List.copyOf(units);
            classNames = List.copyOf(classNames);
        }
    }

    /** The share of {@code shard}; {@code timings} (top-level class → ms) empty to balance by class count. */
    public static Share of(Path scenarioJar, Shard shard, Map<String, Long> timings) throws IOException {
        SortedMap<String, List<String>> units = classesOf(scenarioJar);
        List<List<String>> split = split(List.copyOf(units.keySet()), shard.total(), timings);
        List<String> mine = split.get(shard.index() - 1).stream().sorted().toList();
        List<String> classNames = new ArrayList<>();
        mine.forEach(unit -> classNames.addAll(units.get(unit)));
        String digest = io.github.darkfactory.factory.io.Sha256.hex(split.toString().getBytes(StandardCharsets.UTF_8));
        return new Share(mine, classNames, units.size(), digest);
    }

    /** Top-level class → it and its named nested classes, sorted; anonymous and local classes left out. */
    static SortedMap<String, List<String>> classesOf(Path jar) throws IOException {
        SortedMap<String, List<String>> units = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")
                        || name.endsWith("package-info.class")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                if (isAnonymousOrLocal(className)) {
                    continue;
                }
                units.computeIfAbsent(topLevel(className), k -> new ArrayList<>()).add(className);
            }
        }
        units.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return units;
    }

    /** {@code a.B$C} → {@code a.B}. */
    public static String topLevel(String className) {
        int dollar = className.indexOf('$');
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    private static boolean isAnonymousOrLocal(String className) {
        String[] parts = className.split("\\$", -1);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isDigit(parts[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Each shard's units, shard 1 first; {@code units} in any order, the result the same. */
    static List<List<String>> split(List<String> units, int total, Map<String, Long> timings) {
        List<List<String>> shards = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            shards.add(new ArrayList<>());
        }
        List<String> sorted = units.stream().sorted().toList();
        if (timings.isEmpty()) {
            for (int i = 0; i < sorted.size(); i++) {
                shards.get(i % total).add(sorted.get(i));
            }
            return shards;
        }
        long known = Math.round(sorted.stream().filter(timings::containsKey).mapToLong(timings::get).average().orElse(0));
        Map<String, Long> cost = new TreeMap<>();
        // at least 1 ms each: with cost 0 (a class unknown to an old file, or an instant one) the least
        // loaded shard would never change, and one shard would take every such class
        sorted.forEach(unit -> cost.put(unit, Math.max(1, timings.getOrDefault(unit, known))));
        List<String> longestFirst = sorted.stream()
                .sorted(Comparator.comparing((String unit) -> cost.get(unit)).reversed().thenComparing(unit -> unit))
                .toList();
        long[] load = new long[total];
        for (String unit : longestFirst) {
            int least = 0;
            for (int i = 1; i < total; i++) {
                if (load[i] < load[least]) {
                    least = i;
                }
            }
            shards.get(least).add(unit);
            load[least] += cost.get(unit);
        }
        return shards;
    }
}
