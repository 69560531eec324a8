package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardSplitTest {

    @TempDir
    Path dir;

    private Path jar(String... entries) throws IOException {
        Path jar = dir.resolve("scenarios.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void a_top_level_class_travels_with_its_nested_classes_and_anonymous_classes_and_resources_are_left_out() throws Exception {
        Path jar = jar("META-INF/MANIFEST.MF", "com/acme/B.class", "com/acme/A.class", "com/acme/A$Nested.class",
                "com/acme/A$1.class", "com/acme/A$Nested$2Local.class", "com/acme/package-info.class",
                "module-info.class", "com/acme/data.txt", "features/x.feature");

        assertEquals(Map.of("com.acme.A", List.of("com.acme.A", "com.acme.A$Nested"), "com.acme.B", List.of("com.acme.B")),
                ShardSplit.classesOf(jar));
        ShardSplit.Share first = ShardSplit.of(jar, new Shard(1, 2), Map.of());
        assertEquals(List.of("com.acme.A"), first.units());
        assertEquals(List.of("com.acme.A", "com.acme.A$Nested"), first.classNames());
        assertEquals(2, first.totalUnits());
        ShardSplit.Share second = ShardSplit.of(jar, new Shard(2, 2), Map.of());
        assertEquals(List.of("com.acme.B"), second.classNames());
        assertEquals(first.splitDigest(), second.splitDigest(), "one split, one digest");
        assertTrue(!first.splitDigest().equals(ShardSplit.of(jar, new Shard(1, 2), Map.of("com.acme.A", 1L, "com.acme.B", 9L)).splitDigest()),
                "timings that split otherwise give another digest");
    }

    @Test
    void by_count_the_sorted_classes_are_dealt_out_in_turn_whatever_order_they_come_in() {
        List<String> units = List.of("e", "b", "a", "d", "c", "g", "f");

        List<List<String>> split = ShardSplit.split(units, 3, Map.of());

        assertEquals(List.of(List.of("a", "d", "g"), List.of("b", "e"), List.of("c", "f")), split);
        assertEquals(split, ShardSplit.split(List.of("a", "b", "c", "d", "e", "f", "g"), 3, Map.of()));
    }

    @Test
    void shards_are_disjoint_and_cover_every_class_for_any_count() {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            units.add("C" + i);
        }
        for (int n = 1; n <= 8; n++) {
            for (Map<String, Long> timings : List.of(Map.<String, Long>of(), Map.of("C3", 900L, "C7", 10L))) {
                Set<String> seen = new HashSet<>();
                int count = 0;
                for (List<String> shard : ShardSplit.split(units, n, timings)) {
                    seen.addAll(shard);
                    count += shard.size();
                }
                assertEquals(53, count, "no class in two shards");
                assertEquals(Set.copyOf(units), seen, "every class in a shard");
            }
        }
    }

    @Test
    void classes_that_cost_nothing_by_the_timings_are_still_spread_over_every_shard() {
        // a file that knows none of the classes (all renamed), or classes that took 0 ms
        assertEquals(List.of(List.of("a", "d"), List.of("b", "e"), List.of("c", "f")),
                ShardSplit.split(List.of("a", "b", "c", "d", "e", "f"), 3, Map.of("gone", 0L)));
    }

    @Test
    void with_timings_the_longest_goes_first_to_the_least_loaded_shard() {
        Map<String, Long> timings = Map.of("a", 100L, "b", 60L, "c", 50L, "d", 40L, "e", 10L);

        List<List<String>> split = ShardSplit.split(List.of("a", "b", "c", "d", "e"), 2, timings);

        // a(100) → 1; b(60) → 2; c(50) → 2 (60 < 100); d(40) → 1 (100 < 110); e(10) → 2 (110 < 140)
        assertEquals(List.of(List.of("a", "d"), List.of("b", "c", "e")), split);
    }

    @Test
    void a_class_without_a_recorded_time_counts_as_the_average_of_the_others() {
        Map<String, Long> timings = Map.of("a", 100L, "b", 20L);

        List<List<String>> split = ShardSplit.split(List.of("a", "b", "new"), 2, timings);

        // new counts 60: a(100) → 1, new(60) → 2, b(20) → 2
        assertEquals(List.of(List.of("a"), List.of("new", "b")), split);
        assertTrue(split.stream().allMatch(shard -> !shard.isEmpty()));
    }

    @Test
    void more_shards_than_classes_leave_the_last_shards_empty() {
        assertEquals(List.of(List.of("a"), List.of(), List.of()), ShardSplit.split(List.of("a"), 3, Map.of()));
    }
}
