package io.github.darkfactory.factory.generate.write;

import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransactionTest {

    @TempDir
    Path dir;
    private Path kept;
    private Path changed;
    private Path created;
    private Path deleted;
    private Path lock;
    private Path journal;

    /** Thrown where a killed JVM would have stopped. */
    static final class Killed extends RuntimeException {
    }

    @BeforeEach
    void aCommittedTree() throws Exception {
        kept = write("src/factory/java/a/Kept.java", "kept");
        changed = write("src/factory/java/a/Changed.java", "old");
        deleted = write("src/factory/java/a/Deleted.java", "doomed");
        created = dir.resolve("src/factory/java/a/b/Created.java");
        lock = write("factory.lock.json", "old lock\n");
        journal = dir.resolve("factory.lock.json.journal");
    }

    private Path write(String relative, String content) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void commit(Interruption interruption) {
        new Transaction(journal, interruption).commit(
                Map.of(kept, "kept".getBytes(UTF_8), changed, "new".getBytes(UTF_8), created, "created".getBytes(UTF_8)),
                Set.of(deleted), lock, "new lock\n".getBytes(UTF_8));
    }

    private static Interruption killAt(Interruption.Step step) {
        return reached -> {
            if (reached == step) {
                throw new Killed();
            }
        };
    }

    private Transaction.Recovery recover() {
        return new Transaction(journal, Interruption.NONE).recover(FactoryLog.SILENT);
    }

    private void assertOldTree() throws Exception {
        assertEquals("kept", Files.readString(kept));
        assertEquals("old", Files.readString(changed));
        assertEquals("doomed", Files.readString(deleted));
        assertFalse(Files.exists(created));
        assertEquals("old lock\n", Files.readString(lock));
        assertNoLeftovers();
    }

    private void assertNewTree() throws Exception {
        assertEquals("kept", Files.readString(kept));
        assertEquals("new", Files.readString(changed));
        assertEquals("created", Files.readString(created));
        assertFalse(Files.exists(deleted));
        assertEquals("new lock\n", Files.readString(lock));
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws Exception {
        assertFalse(Files.exists(journal), "journal left behind");
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(0, all.filter(p -> p.getFileName().toString().endsWith(".factory-tmp")).count(), "temp files left");
        }
    }

    @Test
    void a_commit_writes_files_deletes_obsolete_ones_writes_the_lock_and_removes_its_journal() throws Exception {
        commit(Interruption.NONE);

        assertNewTree();
    }

    @Test
    void a_file_whose_content_is_unchanged_is_not_rewritten() throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(kept, old);

        commit(Interruption.NONE);

        assertEquals(old, Files.getLastModifiedTime(kept));
    }

    @Test
    void a_crash_after_the_journal_is_rolled_back_at_the_next_start() throws Exception {
        assertThrows(Killed.class, () -> commit(killAt(Interruption.Step.JOURNAL_WRITTEN)));

        assertEquals(Transaction.Recovery.ROLLED_BACK, recover());
        assertOldTree();
    }

    @Test
    void a_crash_after_the_files_but_before_the_lock_is_rolled_back_at_the_next_start() throws Exception {
        assertThrows(Killed.class, () -> commit(killAt(Interruption.Step.FILES_WRITTEN)));
        assertEquals("new", Files.readString(changed), "the crash happened after the files were written");

        assertEquals(Transaction.Recovery.ROLLED_BACK, recover());
        assertOldTree();
    }

    @Test
    void a_crash_after_the_lock_is_completed_at_the_next_start() throws Exception {
        assertThrows(Killed.class, () -> commit(killAt(Interruption.Step.LOCK_WRITTEN)));
        assertTrue(Files.exists(journal), "the crash left the journal");

        assertEquals(Transaction.Recovery.COMPLETED, recover());
        assertNewTree();
    }

    @Test
    void without_a_journal_recovery_does_nothing() throws Exception {
        assertEquals(Transaction.Recovery.NOTHING, recover());
        assertEquals("old", Files.readString(changed));
    }

    @Test
    void a_rolled_back_commit_can_be_committed_again() throws Exception {
        assertThrows(Killed.class, () -> commit(killAt(Interruption.Step.FILES_WRITTEN)));
        recover();

        commit(Interruption.NONE);

        assertNewTree();
    }
}
