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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lock, read once per goal, and the input hashes computed from it once per spec. The goal needs
 * both twice: the spec loader asks which contracts the lock vouches for (their input hash matches,
 * so javac parsed them when they were generated), then the planner compares every hash again. At
 * 500 specs reading and hashing twice showed in every CI build.
 */
public final class LockAhead implements SpecLoader.CheckedBefore {

    private final FutureTask<Lock> reading;
    private final Runnable onStaleSpec;
    private final AtomicReference<Hashes> hashes = new AtomicReference<>();

    private LockAhead(FutureTask<Lock> reading, Runnable onStaleSpec) {
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
    public static LockAhead readInBackground(Path lockFile, Runnable onStaleSpec) {
        LockAhead ahead = new LockAhead(new FutureTask<>(() -> LockFile.read(lockFile)), onStaleSpec);
        ForkJoinPool.commonPool().execute(ahead.reading);
        return ahead;
    }

    /** Reads the lock on the thread that first needs it. */
    public static LockAhead readOnDemand(Path lockFile) {
        return new LockAhead(new FutureTask<>(() -> LockFile.read(lockFile)), () -> { });
    }

    /** The lock, or an empty one when there is no file yet. */
    public Lock lock() throws LockFile.InvalidLockException {
        reading.run();                                  // does nothing when another thread read it or is reading it
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the lock", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LockFile.InvalidLockException invalid) {
                throw invalid;
            }
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getCause());
        }
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
