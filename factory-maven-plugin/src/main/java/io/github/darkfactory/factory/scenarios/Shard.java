package io.github.darkfactory.factory.scenarios;

import java.util.regex.Pattern;

/**
 * One of {@code total} shares of the scenario classes, numbered from 1: its scenarios run on one
 * machine and their results go to {@link #fileName()}, which merging the shards reads.
 */
public record Shard(int index, int total) {

    public Shard {
        if (total < 1 || index < 1 || index > total) {
            throw new IllegalArgumentException("a shard is i of n with 1 <= i <= n, not " + index + " of " + total);
        }
    }

    private static final Pattern FILE_NAME = Pattern.compile("evidence-shard-[0-9]+-of-[0-9]+\\.json");

    /** Whether a file's name is that of a shard's results, {@link #fileName()} of some shard. */
    public static boolean isFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }

    /** {@code evidence-shard-2-of-4.json}. */
    public String fileName() {
        return "evidence-shard-" + index + "-of-" + total + ".json";
    }

    @Override
    public String toString() {
        return index + " of " + total;
    }
}
