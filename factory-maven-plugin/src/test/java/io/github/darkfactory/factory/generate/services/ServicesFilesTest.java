package io.github.darkfactory.factory.generate.services;

import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServicesFilesTest {

    @TempDir
    Path dir;

    private static LockEntry providing(Map<String, String> services) {
        return new LockEntry("h", new LockEntry.ModelRef("openai", "m"), "1", 1, new LockEntry.Tokens(0, 0),
                Map.of(), services);
    }

    private final Lock lock = Lock.of(Map.of(
            "pricing", providing(Map.of("com.acme.pricing.Calculator", "com.acme.pricing.impl.DefaultCalculator")),
            "catalog", providing(Map.of("com.acme.catalog.Catalog", "com.acme.catalog.impl.MemoryCatalog"))));

    @Test
    void one_file_per_interface_with_sorted_lf_terminated_lines() {
        Map<Path, byte[]> files = ServicesFiles.files(lock, dir);

        Path pricing = dir.resolve("META-INF/services/com.acme.pricing.Calculator");
        assertEquals(List.of(dir.resolve("META-INF/services/com.acme.catalog.Catalog"), pricing),
                List.copyOf(files.keySet()));
        assertEquals("com.acme.pricing.impl.DefaultCalculator\n", new String(files.get(pricing), UTF_8));
    }

    @Test
    void two_specs_providing_one_interface_is_a_conflict_naming_both() {
        Map<String, LockEntry> entries = Map.of(
                "a", providing(Map.of("com.acme.Api", "com.acme.a.AImpl")),
                "b", providing(Map.of("com.acme.Api", "com.acme.b.BImpl")));

        List<ServicesFiles.Conflict> conflicts = ServicesFiles.conflicts(entries);

        assertEquals(1, conflicts.size());
        assertEquals(Map.of("a", "com.acme.a.AImpl", "b", "com.acme.b.BImpl"), conflicts.get(0).implBySpec());
        assertTrue(conflicts.get(0).render().contains("com.acme.Api"));
        assertTrue(ServicesFiles.conflicts(lock.specs()).isEmpty());
    }

    @Test
    void a_hand_written_services_file_of_the_same_name_is_a_clash() throws Exception {
        Path mainResources = dir.resolve("src/main/resources");
        Path handWritten = mainResources.resolve("META-INF/services/com.acme.catalog.Catalog");
        Files.createDirectories(handWritten.getParent());
        Files.writeString(handWritten, "com.acme.Mine\n");
        Files.writeString(handWritten.resolveSibling("com.acme.Unrelated"), "com.acme.Other\n");

        assertEquals(List.of(handWritten), ServicesFiles.clashes(lock, mainResources));
    }

    @Test
    void services_files_the_lock_no_longer_calls_for_are_obsolete() throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Path stale = Files.writeString(services.resolve("com.acme.Removed"), "x\n");
        Files.writeString(services.resolve("com.acme.catalog.Catalog"), "x\n");

        assertEquals(Set.of(stale), ServicesFiles.obsolete(lock, dir));
    }
}
