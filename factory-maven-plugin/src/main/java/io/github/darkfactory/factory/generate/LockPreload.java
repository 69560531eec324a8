package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.generate.lock.LockFile;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecLoader;
import io.github.darkfactory.factory.spec.SpecSet;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lock, read once per goal and ahead of need, and the input hashes computed from it once per
 * spec. The goal needs both twice: the spec loader asks which contracts the lock vouches for (their
 * input hash matches, so javac parsed them when they were generated), then the planner compares
 * every hash again; at hundreds of specs reading and hashing twice shows in every CI build (see
 * docs/performance.md).
 */
public final class LockPreload implements SpecLoader.CheckedBefore {

    private final Once<Lock> reading;
    private final Runnable onStaleSpec;
    private final AtomicReference<Hashes> hashes = new AtomicReference<>();

    private LockPreload(Once<Lock> reading, Runnable onStaleSpec) {
        this.reading = reading;
        this.onStaleSpec = onStaleSpec;
    }

    /**
     * Starts reading the lock on another thread, so it overlaps reading the spec files. Call it
     * after {@link Generation#recover}, which may still change the lock.
     *
     * @param onStaleSpec run whenever a spec is found stale while the specs load (such as
     *                    {@link ModelAccess#prepare}); it must be cheap after its first run
     */
    public static LockPreload readInBackground(Path lockFile, Runnable onStaleSpec) {
        LockPreload preload = new LockPreload(new Once<>(() -> LockFile.read(lockFile)), onStaleSpec);
        preload.reading.startInBackground("factory-lock-read");
        return preload;
    }

    /** The lock, or an empty one when there is no file yet. */
    public Lock lock() throws LockFile.InvalidLockException {
        return reading.get(LockFile.InvalidLockException.class);
    }

    /** An unreadable lock vouches for nothing; {@link Generation#run} reports it. A spec not vouched for is stale. */
    @Override
    public boolean contractsOf(Spec spec, SpecSet specs) {
        LockEntry entry;
        try {
            entry = lock().entry(spec.id());
        } catch (LockFile.InvalidLockException | UncheckedIOException e) {
            return false;
        }
        boolean upToDate = entry != null && entry.inputHash().equals(inputHash(spec, specs));
        if (!upToDate) {
            onStaleSpec.run();
        }
        return upToDate;
    }

    /** {@link InputHash#of}, computed once per spec of one spec set. Thread-safe. */
    public String inputHash(Spec spec, SpecSet specs) {
        Hashes current = hashes.updateAndGet(h -> h != null && h.specs() == specs ? h : new Hashes(specs, new ConcurrentHashMap<>()));
        return current.byId().computeIfAbsent(spec.id(), id -> InputHash.of(spec, specs));
    }

    /** The input hashes of the specs of one set, by id: another set (another load) starts afresh. */
    private record Hashes(SpecSet specs, Map<String, String> byId) {
    }
}
