package io.github.darkfactory.factory.generate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpToDateStampTest {

    @TempDir
    Path dir;

    private Path specs;
    private Path output;
    private Path lock;
    private Path journal;
    private Path stampFile;

    @BeforeEach
    void project() throws IOException {
        specs = dir.resolve("src/main/specs");
        output = dir.resolve("src/factory/java");
        lock = dir.resolve("factory.lock.json");
        journal = dir.resolve(".factory-journal");
        stampFile = dir.resolve("target/factory/up-to-date.txt");
        write(specs.resolve("pricing.md"), "# Pricing\n");
        write(specs.resolve("nested/catalog.md"), "# Catalog\n");
        write(output.resolve("com/acme/pricing/impl/SimplePricing.java"), "class SimplePricing {}\n");
        write(lock, "{}\n");
        ageEverything(Duration.ofMinutes(1));
    }

    /** What a build sees before its check. */
    private UpToDateStamp stamp(String configuration) {
        return UpToDateStamp.beforeCheck(stampFile, configuration, List.of(specs, output, lock, journal));
    }

    /** The next build's view. */
    private UpToDateStamp stamp() {
        return stamp("layers []");
    }

    private void recorded() throws IOException {
        assertTrue(stamp().record(List.of("catalog", "pricing"), Instant.now()));
    }

    @Test
    void vouches_for_the_specs_of_a_clean_check_while_nothing_changed() throws IOException {
        recorded();

        assertEquals(Optional.of(List.of("catalog", "pricing")), stamp().unchangedSpecs());
    }

    @Test
    void an_edited_file_voids_it() throws IOException {
        recorded();

        Files.writeString(specs.resolve("nested/catalog.md"), "# Catalog!\n");

        assertEquals(Optional.empty(), stamp().unchangedSpecs());
    }

    @Test
    void an_edit_that_keeps_the_size_voids_it_by_its_time() throws IOException {
        recorded();
        Path impl = output.resolve("com/acme/pricing/impl/SimplePricing.java");
        FileTime before = Files.getLastModifiedTime(impl);

        Files.writeString(impl, "class SimplePricinG {}\n");
        Files.setLastModifiedTime(impl, FileTime.from(before.toInstant().plusMillis(1)));

        assertEquals(Optional.empty(), stamp().unchangedSpecs());
    }

    @Test
    void a_file_replaced_by_another_of_the_same_size_and_time_voids_it_by_its_file_key() throws IOException {
        recorded();
        Path impl = output.resolve("com/acme/pricing/impl/SimplePricing.java");
        FileTime before = Files.getLastModifiedTime(impl);
        Path replacement = output.resolve("replacement.tmp");
        Files.writeString(replacement, "class SimplePricinG {}\n");
        Files.setLastModifiedTime(replacement, before);
        Files.move(replacement, impl, StandardCopyOption.REPLACE_EXISTING);

        assertEquals(Files.size(impl), "class SimplePricing {}\n".length());
        assertEquals(Optional.empty(), stamp().unchangedSpecs());
    }

    @Test
    void a_new_or_deleted_file_voids_it() throws IOException {
        recorded();
        Path added = output.resolve("com/acme/pricing/impl/Extra.java");
        write(added, "class Extra {}\n");
        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "a new file");

        Files.delete(added);
        assertTrue(stamp().unchangedSpecs().isPresent(), "back as it was");

        Files.delete(specs.resolve("pricing.md"));
        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "a deleted file");
    }

    @Test
    void an_input_that_appears_voids_it() throws IOException {
        recorded();

        Files.createDirectories(journal);

        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "an interrupted write left a journal");
    }

    @Test
    void another_configuration_voids_it() throws IOException {
        recorded();

        assertEquals(Optional.empty(), stamp("layers [domain]").unchangedSpecs());
    }

    @Test
    void is_not_written_while_an_input_is_younger_than_the_check_by_less_than_the_margin() throws IOException {
        Instant checkStart = Instant.now();
        ageEverything(UpToDateStamp.RACY_MARGIN.minusMillis(500));

        assertFalse(stamp().record(List.of("pricing"), checkStart),
                "a file changed in the same timestamp tick after the check read it could look unchanged");
        assertFalse(Files.exists(stampFile));
    }

    @Test
    void records_the_inputs_as_they_were_before_the_check_so_a_change_during_it_is_never_vouched_for() throws IOException {
        UpToDateStamp duringTheCheck = stamp();
        Files.delete(output.resolve("com/acme/pricing/impl/SimplePricing.java"));  // leaves no young file behind

        assertTrue(duringTheCheck.record(List.of("catalog", "pricing"), Instant.now()));

        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "the next build sees the file missing and checks");
    }

    @Test
    void a_missing_or_garbled_stamp_vouches_for_nothing() throws IOException {
        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "none yet");

        write(stampFile, "fingerprint abc\n");
        assertEquals(Optional.empty(), stamp().unchangedSpecs(), "no spec line");
    }

    @Test
    void forgetting_deletes_it() throws IOException {
        recorded();

        stamp().forget();

        assertFalse(Files.exists(stampFile));
        assertEquals(Optional.empty(), stamp().unchangedSpecs());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Sets every file back by {@code age}, as if the last change were that long ago. */
    private void ageEverything(Duration age) throws IOException {
        FileTime then = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, then);
            }
        }
    }
}
