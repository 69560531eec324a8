package io.github.darkfactory.factory.generate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A value computed once: on the first thread that asks for it, or on a background thread after
 * {@link #startInBackground}, whichever comes first; a thread that asks meanwhile waits for it.
 * The goal uses it for work that may overlap the loading of the specs (reading the lock, setting
 * up the model client) without ever being done twice.
 */
final class Once<T> {

    private final FutureTask<T> task;
    private final AtomicBoolean started = new AtomicBoolean();

    Once(Callable<T> computation) {
        this.task = new FutureTask<>(computation);
    }

    /** Starts the computation on a daemon thread of that name; does nothing when it already started. */
    void startInBackground(String threadName) {
        if (!started.getAndSet(true)) {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * The value, computed here if nobody started it. A failure is thrown as it was thrown: unchecked
     * ones as they are, a checked one of type {@code checked} as itself.
     */
    <E extends Exception> T get(Class<E> checked) throws E {
        task.run();                                     // does nothing when another thread has it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The value, when the computation throws nothing checked. */
    T get() {
        return get(RuntimeException.class);
    }
}
