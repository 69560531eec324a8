package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.model.CodeModel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Whether this run may call a model (CONTRACT §4.2), decided by the adapter from the invocation,
 * and how to create one. The model is created only when a stale spec needs it, never on the CI path.
 *
 * @param refusal why no model may be called (frozen, offline, no model, no key), or null when allowed
 * @param factory creates the model, once; only called when {@code refusal} is null
 */
public record ModelAccess(String refusal, Supplier<CodeModel> factory) {

    public static ModelAccess allowed(Supplier<CodeModel> factory) {
        return new ModelAccess(null, new Creation(factory));
    }

    public static ModelAccess refused(String why) {
        return new ModelAccess(why, () -> {
            throw new IllegalStateException("no model may be called: " + why);
        });
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /**
     * Starts creating the model on another thread, for when a stale spec is known before the specs
     * have finished loading: setting up a provider client in a fresh JVM takes about half a second,
     * which then overlaps the loading. Does nothing when refused or already started.
     */
    public void prepare() {
        if (factory instanceof Creation creation) {
            creation.start();
        }
    }

    /** Creates the model once, on the first thread that asks or in the background after {@link #prepare}. */
    private static final class Creation implements Supplier<CodeModel> {

        private final FutureTask<CodeModel> task;
        private final AtomicBoolean started = new AtomicBoolean();

        Creation(Supplier<CodeModel> factory) {
            this.task = new FutureTask<>(factory::get);
        }

        void start() {
            if (!started.getAndSet(true)) {
                Thread thread = new Thread(task, "factory-model-set-up");
                thread.setDaemon(true);
                thread.start();
            }
        }

        @Override
        public CodeModel get() {
            task.run();                                 // does nothing when the background thread has it
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating the model", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException unchecked) {
                    throw unchecked;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
