package io.github.darkfactory.it;

import io.github.darkfactory.factory.generate.GenerateRequest;
import io.github.darkfactory.factory.generate.write.Interruption;
import io.github.darkfactory.factory.generate.write.Transaction;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generate goal in builds that may not (or need not) call a model: the committed state builds,
 * and every way it can drift fails naming what drifted and what to run.
 */
class GenerateBuildsTest {

    private static final Map<String, Map<String, String>> SERVICES = Map.of(
            "catalog", Map.of("com.acme.shop.catalog.Catalog", "com.acme.shop.catalog.impl.MemoryCatalog"),
            "pricing", Map.of("com.acme.shop.pricing.PriceCalculator", "com.acme.shop.pricing.impl.SimplePricing"));

    private static MavenBuild committedShop(String copyName) throws Exception {
        MavenBuild build = MavenBuild.copyOf("gen-shop", copyName);
        FixtureLock.write(build.baseDir(), SERVICES);
        return build;
    }

    @Test
    void an_up_to_date_project_builds_with_plain_verify_and_never_creates_a_model() throws Exception {
        MavenBuild build = committedShop("up-to-date");
        byte[] lock = Files.readAllBytes(build.file("factory.lock.json"));

        build.run("verify").assertSuccess()
                .assertLine("Specs: 2 up to date, 0 generated, 0 failed")
                .assertNoLine("Generating");

        assertTrue(Files.exists(build.file("target/classes/com/acme/shop/pricing/impl/SimplePricing.class")),
                "the generated sources were compiled");
        assertTrue(Files.exists(build.file("target/classes/com/acme/shop/catalog/Catalog.class")),
                "the contracts were compiled");
        assertTrue(Files.readString(build.file("target/classes/META-INF/services/com.acme.shop.catalog.Catalog"))
                .contains("com.acme.shop.catalog.impl.MemoryCatalog"), "the services files were packaged");
        assertArrayEquals(lock, Files.readAllBytes(build.file("factory.lock.json")), "the lock was not rewritten");
    }

    @Test
    void an_unchanged_build_skips_the_check_until_a_generated_file_is_edited_by_hand() throws Exception {
        MavenBuild build = committedShop("stamp");
        Path stamp = build.file("target/factory/up-to-date.txt");

        build.run("generate-sources").assertSuccess().assertLine("Specs: 2 up to date");
        assertFalse(Files.exists(stamp), "the copy and the contracts were written moments ago: too young to vouch for");
        ageEverything(build.baseDir());
        build.run("generate-sources").assertSuccess().assertLine("Specs: 2 up to date")
                .assertNoLine("Nothing the up-to-date check reads changed");
        assertTrue(Files.exists(stamp), "a clean check over settled files is recorded");

        build.run("generate-sources").assertSuccess()
                .assertLine("Nothing the up-to-date check reads changed since it last passed")
                .assertLine("Specs: 2 up to date, 0 generated, 0 failed");

        Files.writeString(build.file("src/factory/java/com/acme/shop/pricing/impl/SimplePricing.java"),
                "// quick fix\n", StandardOpenOption.APPEND);
        build.run("generate-sources").assertFailure()
                .assertNoLine("Nothing the up-to-date check reads changed")
                .assertLine("SimplePricing.java (spec pricing) differs from the lock");
        assertFalse(Files.exists(stamp), "a failed check leaves no stamp behind");
    }

    /** Sets every file of a project back a minute, as if it had been built a while ago. */
    private static void ageEverything(Path baseDir) throws Exception {
        FileTime minuteAgo = FileTime.from(Instant.now().minusSeconds(60));
        try (Stream<Path> files = Files.walk(baseDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, minuteAgo);
            }
        }
    }

    @Test
    void a_stale_spec_fails_a_plain_build_naming_the_spec_and_the_command() throws Exception {
        MavenBuild build = committedShop("stale");
        Files.writeString(build.file("src/main/specs/pricing.md"), "\nTotals are in euro cents.\n", StandardOpenOption.APPEND);

        build.run("verify").assertFailure()
                .assertLine("1 spec(s) are stale", "bound to the build lifecycle")
                .assertLine("pricing: the spec or the contracts it uses changed")
                .assertLine("Run `mvn factory:generate`");
    }

    @Test
    void a_stale_spec_fails_a_command_line_generate_without_a_model_saying_so() throws Exception {
        MavenBuild build = committedShop("stale-cli");
        Files.writeString(build.file("src/main/specs/catalog.md"), "\nPrices never change.\n", StandardOpenOption.APPEND);

        build.run("factory:generate").assertFailure()
                .assertLine("no <model> is configured")
                .assertLine("catalog: the spec or the contracts it uses changed");
    }

    @Test
    void a_hand_edited_generated_file_fails_the_build_naming_the_file() throws Exception {
        MavenBuild build = committedShop("hand-edit");
        Path edited = build.file("src/factory/java/com/acme/shop/pricing/impl/SimplePricing.java");
        Files.writeString(edited, "// quick fix\n", StandardOpenOption.APPEND);

        build.run("verify").assertFailure()
                .assertLine("Generated files were changed by hand")
                .assertLine("SimplePricing.java (spec pricing) differs from the lock")
                .assertLine("-Dfactory.regenerate=pricing");
    }

    @Test
    void an_orphan_lock_entry_fails_a_plain_build_and_a_command_line_generate_removes_it() throws Exception {
        MavenBuild build = committedShop("orphan");
        Path legacy = build.file("src/factory/java/com/acme/shop/legacy/Old.java");
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "package com.acme.shop.legacy;\npublic class Old {}\n");
        FixtureLock.addOrphan(build.baseDir(), "legacy", "com/acme/shop/legacy/Old.java");

        build.run("verify").assertFailure()
                .assertLine("no longer exist", "legacy")
                .assertLine("legacy: [com/acme/shop/legacy/Old.java]");

        build.run("factory:generate").assertSuccess()
                .assertLine("Removing the generated files of deleted spec(s) [legacy]");
        assertFalse(Files.exists(legacy));
        assertFalse(Files.readString(build.file("factory.lock.json")).contains("legacy"));
    }

    @Test
    void a_write_interrupted_before_the_lock_is_rolled_back_before_the_checks_of_the_next_build() throws Exception {
        MavenBuild build = committedShop("interrupted");
        Path impl = build.file("src/factory/java/com/acme/shop/pricing/impl/SimplePricing.java");
        String committed = Files.readString(impl);
        Path lock = build.file("factory.lock.json");
        Interruption killedBeforeTheLock = step -> {
            if (step == Interruption.Step.FILES_WRITTEN) {
                throw new IllegalStateException("killed");
            }
        };
        assertThrows(IllegalStateException.class, () -> new Transaction(GenerateRequest.journalDirectory(lock),
                killedBeforeTheLock).commit(Map.of(impl, "half of a new version".getBytes(StandardCharsets.UTF_8)),
                Set.of(), lock, "{}\n".getBytes(StandardCharsets.UTF_8)));

        // without the rollback, the half-written file would fail the build as a hand edit
        build.run("verify").assertSuccess()
                .assertLine("Rolled back an interrupted generate")
                .assertLine("Specs: 2 up to date");
        assertEquals(committed, Files.readString(impl));
        assertFalse(Files.exists(GenerateRequest.journalDirectory(lock)));
    }
}
