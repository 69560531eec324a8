package io.github.darkfactory.factory.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrengthFailureFixesTest {

    @TempDir
    Path factory;

    @Test
    void a_shard_of_this_build_is_named_as_the_reason_nothing_was_measured() throws Exception {
        Instant buildStart = Instant.now().minusSeconds(2);
        assertEquals(StrengthFailureFixes.NO_SCENARIOS_RAN, StrengthFailureFixes.noScenariosRan(factory.resolve("none"), buildStart));
        assertEquals(StrengthFailureFixes.NO_SCENARIOS_RAN, StrengthFailureFixes.noScenariosRan(factory, buildStart));

        Path shard = Files.writeString(factory.resolve("evidence-shard-2-of-4.json"), "{}");
        assertEquals(StrengthFailureFixes.SHARD_RAN, StrengthFailureFixes.noScenariosRan(factory, buildStart));

        shard.toFile().setLastModified(buildStart.minusSeconds(60).toEpochMilli());
        assertEquals(StrengthFailureFixes.NO_SCENARIOS_RAN, StrengthFailureFixes.noScenariosRan(factory, buildStart),
                "a shard file of an earlier build");
    }
}
