package io.github.darkfactory.factory.generate.plan;

import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.darkfactory.factory.generate.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerTest {

    private final SpecSet specs = new SpecSet(List.of(
            spec("catalog", "Lists products.", List.of()),
            spec("pricing", "Prices orders.", List.of("catalog"))));
    private final Map<String, String> disk = new HashMap<>(Map.of(
            "com/acme/catalog/Impl.java", "c1",
            "com/acme/pricing/Impl.java", "p1"));

    private LockEntry entry(String id, String file, String fileHash) {
        return new LockEntry(InputHash.of(specs.find(id).orElseThrow(), specs), new LockEntry.ModelRef("openai", "m"),
                "1", 1, new LockEntry.Tokens(1, 1), Map.of(file, fileHash), Map.of());
    }

    private Lock currentLock() {
        return Lock.of(Map.of(
                "catalog", entry("catalog", "com/acme/catalog/Impl.java", "c1"),
                "pricing", entry("pricing", "com/acme/pricing/Impl.java", "p1")));
    }

    private Plan plan(Lock lock, Set<String> forced, Set<String> generatedThisSession) {
        return Planner.plan(specs, lock, spec -> InputHash.of(spec, specs), disk::get, forced, generatedThisSession);
    }

    @Test
    void matching_hashes_and_files_leave_nothing_to_do() {
        Plan plan = plan(currentLock(), Set.of(), Set.of());

        assertTrue(plan.nothingToDo());
        assertEquals(List.of("catalog", "pricing"), plan.upToDate());
    }

    @Test
    void a_spec_without_a_lock_entry_is_stale() {
        Lock lock = currentLock().with(Map.of(), List.of("pricing"));

        Plan plan = plan(lock, Set.of(), Set.of());

        assertEquals(Set.of("pricing"), plan.staleIds());
        assertEquals(StaleSpec.Reason.NEVER_GENERATED, plan.stale().get(0).reason());
    }

    @Test
    void a_spec_whose_input_hash_differs_is_stale() {
        LockEntry old = entry("pricing", "com/acme/pricing/Impl.java", "p1");
        LockEntry outdated = new LockEntry("0000", old.model(), old.promptVersion(), old.iterations(), old.tokens(),
                old.files(), old.services());
        Plan plan = plan(currentLock().with(Map.of("pricing", outdated), List.of()), Set.of(), Set.of());

        assertEquals(Set.of("pricing"), plan.staleIds());
        assertEquals(StaleSpec.Reason.INPUTS_CHANGED, plan.stale().get(0).reason());
        assertEquals(List.of("catalog"), plan.upToDate());
    }

    @Test
    void a_hand_edited_file_blocks_unless_its_spec_is_regenerated() {
        disk.put("com/acme/pricing/Impl.java", "edited");

        Plan plain = plan(currentLock(), Set.of(), Set.of());
        Plan forced = plan(currentLock(), Set.of("pricing"), Set.of());

        assertEquals(List.of(new OwnedFile("pricing", "com/acme/pricing/Impl.java")), plain.blockingEdits());
        assertTrue(forced.blockingEdits().isEmpty());
        assertEquals(Set.of("pricing"), forced.staleIds());
    }

    @Test
    void a_spec_named_by_holdout_feedback_is_regenerated_although_its_inputs_are_unchanged() {
        Plan plan = Planner.plan(specs, currentLock(), spec -> InputHash.of(spec, specs), disk::get, Set.of("pricing"),
                Set.of("pricing"), Set.of());
        Plan again = Planner.plan(specs, currentLock(), spec -> InputHash.of(spec, specs), disk::get, Set.of(),
                Set.of("pricing"), Set.of("pricing"));

        assertEquals(List.of(new StaleSpec("pricing", StaleSpec.Reason.HOLDOUT_FEEDBACK)), plan.stale());
        assertEquals(List.of("catalog"), plan.upToDate());
        assertTrue(again.stale().isEmpty(), "a spec generated earlier in the same build is not generated again");
    }

    @Test
    void a_missing_file_is_reported_as_missing() {
        disk.remove("com/acme/catalog/Impl.java");

        Plan plan = plan(currentLock(), Set.of(), Set.of());

        assertEquals(List.of(new OwnedFile("catalog", "com/acme/catalog/Impl.java")), plan.missing());
        assertEquals(plan.missing(), plan.blockingEdits());
    }

    @Test
    void lock_entries_of_deleted_specs_are_orphans() {
        LockEntry gone = entry("catalog", "com/acme/old/Gone.java", "g");
        Plan plan = plan(currentLock().with(Map.of("old", gone), List.of()), Set.of(), Set.of());

        assertEquals(List.of("old"), plan.orphans());
        assertTrue(!plan.nothingToDo());
    }

    @Test
    void a_forced_spec_generated_earlier_in_the_session_is_not_forced_again() {
        Plan plan = plan(currentLock(), Set.of("catalog", "pricing"), Set.of("catalog"));

        assertEquals(Set.of("pricing"), plan.staleIds());
        assertEquals(List.of("catalog"), plan.upToDate());
    }

    @Test
    void regenerate_all_names_every_spec() throws Exception {
        assertEquals(Set.of("catalog", "pricing"), Planner.parseRegenerate("all", specs));
        assertEquals(Set.of("pricing"), Planner.parseRegenerate(" pricing, ", specs));
        assertEquals(Set.of(), Planner.parseRegenerate(null, specs));
    }

    @Test
    void an_unknown_regenerate_id_is_an_error_listing_the_known_ids() {
        Planner.UnknownSpecIdsException e = assertThrows(Planner.UnknownSpecIdsException.class,
                () -> Planner.parseRegenerate("pricing,shiping", specs));

        assertEquals(List.of("shiping"), e.unknown());
        assertEquals(List.of("catalog", "pricing"), e.known());
    }
}
