package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.lock.LockFile;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The lock's {@code holdoutRounds} per spec, which the scenarios goal shows in the evidence: read here,
 * in the adapter, because the scenarios package lies below generate and knows nothing of its lock.
 */
final class LockedHoldoutRounds {

    private LockedHoldoutRounds() {
    }

    /** Spec id → rounds; empty, with a warning, when the lock cannot be read (generate fails on it anyway). */
    static Map<String, Integer> read(File lockFile, Log log) {
        try {
            return LockFile.read(lockFile.toPath()).holdoutRounds();
        } catch (LockFile.InvalidLockException | UncheckedIOException e) {
            log.warn("The lock cannot be read (" + e.getMessage() + "): the evidence shows 0 holdout rounds for every"
                    + " requirement; `mvn factory:" + PropertyNames.GOAL_GENERATE + "` says what is wrong with it");
            return Map.of();
        }
    }
}
