package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockPreloadTest {

    @TempDir
    Path dir;

    private final Spec catalog = Fixtures.spec("catalog", "Lists products.", List.of());
    private final Spec pricing = Fixtures.spec("pricing", "Prices orders.", List.of("catalog"));
    private final SpecSet specs = new SpecSet(List.of(catalog, pricing));

    @Test
    void vouches_for_the_contracts_of_specs_whose_input_hash_matches_their_entry() throws Exception {
        Path file = lockWith(Map.of("catalog", InputHash.of(catalog, specs), "pricing", "an older hash"));

        LockPreload preload = LockPreload.readInBackground(file, () -> { });

        assertTrue(preload.contractsOf(catalog, specs));
        assertFalse(preload.contractsOf(pricing, specs), "its input changed since it was generated");
        assertEquals(2, preload.lock().specs().size());
    }

    @Test
    void a_stale_spec_is_announced_as_soon_as_it_is_found() throws Exception {
        Path file = lockWith(Map.of("catalog", InputHash.of(catalog, specs), "pricing", "an older hash"));
        List<String> announced = new java.util.ArrayList<>();
        LockPreload preload = LockPreload.readInBackground(file, () -> announced.add("stale"));

        preload.contractsOf(catalog, specs);
        assertEquals(List.of(), announced);
        preload.contractsOf(pricing, specs);
        assertEquals(List.of("stale"), announced);
    }

    @Test
    void a_spec_without_an_entry_is_not_vouched_for() {
        LockPreload preload = LockPreload.readInBackground(dir.resolve("factory.lock.json"), () -> { });

        assertFalse(preload.contractsOf(catalog, specs));
    }

    @Test
    void an_unreadable_lock_vouches_for_nothing_and_is_reported_when_asked_for() throws Exception {
        Path file = Files.writeString(dir.resolve("factory.lock.json"), "{ not json");

        LockPreload preload = LockPreload.readInBackground(file, () -> { });

        assertFalse(preload.contractsOf(catalog, specs));
        assertThrows(LockFile.InvalidLockException.class, preload::lock);
    }

    @Test
    void the_input_hash_is_the_spec_sets_and_computed_once_per_spec() {
        LockPreload preload = LockPreload.readInBackground(dir.resolve("factory.lock.json"), () -> { });

        String first = preload.inputHash(pricing, specs);

        assertEquals(InputHash.of(pricing, specs), first);
        assertSame(first, preload.inputHash(pricing, specs));
        SpecSet withoutCatalog = new SpecSet(List.of(pricing));
        assertEquals(InputHash.of(pricing, withoutCatalog), preload.inputHash(pricing, withoutCatalog),
                "another spec set is hashed afresh: the contracts of dependsOn specs are part of the hash");
    }

    private Path lockWith(Map<String, String> inputHashes) throws Exception {
        Map<String, LockEntry> entries = new java.util.TreeMap<>();
        inputHashes.forEach((id, hash) -> entries.put(id, new LockEntry(hash, new LockEntry.ModelRef("openai", "m"), "1", 1,
                new LockEntry.Tokens(1, 1), Map.of(), Map.of())));
        return Files.write(dir.resolve("factory.lock.json"), LockFile.render(Lock.of(entries)));
    }
}
