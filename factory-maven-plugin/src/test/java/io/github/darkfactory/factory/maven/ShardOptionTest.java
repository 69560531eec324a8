package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.Shard;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShardOptionTest {

    private static String error(String property, Map<String, String> environment) {
        return assertThrows(MojoFailureException.class, () -> ShardOption.resolve(property, environment)).getMessage();
    }

    @Test
    void the_property_counts_from_one_and_wins_over_the_ci_variables() throws Exception {
        assertEquals(Optional.of(new Shard(2, 4)), ShardOption.resolve("2/4", Map.of("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "3")));
        assertEquals(Optional.of(new Shard(1, 1)), ShardOption.resolve(" 1 / 1 ", Map.of()));
        assertEquals(Optional.empty(), ShardOption.resolve("", Map.of()));
        assertEquals(Optional.empty(), ShardOption.resolve("none", Map.of("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "3")),
                "none: the whole jar, whatever the CI says");
        assertEquals(Optional.empty(), ShardOption.resolve(null, Map.of("CI_NODE_INDEX", " ")));
    }

    @Test
    void gitlab_counts_from_one_and_circleci_from_zero() throws Exception {
        assertEquals("CIRCLE_NODE_INDEX=0 (counting from 0)", ShardOption.source(null,
                Map.of("CIRCLE_NODE_INDEX", "0", "CIRCLE_NODE_TOTAL", "4")));
        assertEquals("CI_NODE_INDEX=4 (counting from 1)", ShardOption.source(" ", Map.of("CI_NODE_INDEX", "4", "CI_NODE_TOTAL", "4")));
        assertEquals("-Dfactory.scenarios.shard=2/4", ShardOption.source("2/4 ", Map.of("CI_NODE_INDEX", "4")));
        assertEquals(Optional.of(new Shard(4, 4)), ShardOption.resolve(null, Map.of("CI_NODE_INDEX", "4", "CI_NODE_TOTAL", "4")));
        assertEquals(Optional.of(new Shard(1, 4)), ShardOption.resolve(null,
                Map.of("CIRCLE_NODE_INDEX", "0", "CIRCLE_NODE_TOTAL", "4")));
    }

    @Test
    void a_bad_property_names_itself_and_the_fix() {
        assertEquals("-Dfactory.scenarios.shard=0/4: the shard must be between 1 and 4 (shards count from 1):"
                + " give 1/4 to 4/4.", error("0/4", Map.of()));
        assertEquals("-Dfactory.scenarios.shard=5/4: the shard must be between 1 and 4 (shards count from 1):"
                + " give 1/4 to 4/4.", error("5/4", Map.of()));
        assertEquals("-Dfactory.scenarios.shard=a/b is not <i>/<n>: give this machine's shard and the number of"
                + " shards, counting from 1, such as 1/4.", error("a/b", Map.of()));
        assertEquals("-Dfactory.scenarios.shard=1/0: the number of shards must be at least 1, such as 1/4.",
                error("1/0", Map.of()));
    }

    @Test
    void bad_ci_variables_name_them_and_the_fix() {
        assertEquals("CI_NODE_INDEX is set (2) but CI_NODE_TOTAL is not: set both (GitLab's parallel: sets both),"
                + " or choose the shard with -Dfactory.scenarios.shard=<i>/<n>.", error(null, Map.of("CI_NODE_INDEX", "2")));
        assertEquals("CIRCLE_NODE_TOTAL is set (4) but CIRCLE_NODE_INDEX is not: set both (CircleCI's parallelism:"
                + " sets both), or choose the shard with -Dfactory.scenarios.shard=<i>/<n>.",
                error(null, Map.of("CIRCLE_NODE_TOTAL", "4")));
        assertEquals("CI_NODE_INDEX=x, CI_NODE_TOTAL=4 are not both whole numbers: set them to numbers (CI_NODE_INDEX"
                + " counts from 1), or choose the shard with -Dfactory.scenarios.shard=<i>/<n>.",
                error(null, Map.of("CI_NODE_INDEX", "x", "CI_NODE_TOTAL", "4")));
        assertEquals("CIRCLE_NODE_INDEX=4, CIRCLE_NODE_TOTAL=4: the shard must be between 0 and 3 (CIRCLE_NODE_INDEX"
                + " counts from 0): set them as CircleCI's parallelism: does, or choose the shard with"
                + " -Dfactory.scenarios.shard=<i>/<n>.", error(null, Map.of("CIRCLE_NODE_INDEX", "4", "CIRCLE_NODE_TOTAL", "4")));
    }
}
