package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.model.CodeModel;

import java.util.function.Supplier;

/**
 * Whether this run may call a model (docs/goals/generate.md), decided by the adapter from the
 * invocation, and how to create one. The model is created only when a stale spec needs it, never
 * on the CI path.
 *
 * @param refusal why no model may be called, or null when allowed
 * @param factory creates the model, once; only called when {@code refusal} is null
 */
public record ModelAccess(ModelRefusal refusal, Supplier<CodeModel> factory) {

    public static ModelAccess allowed(Supplier<CodeModel> factory) {
        return new ModelAccess(null, new Creation(new Once<>(factory::get)));
    }

    public static ModelAccess refused(ModelRefusal refusal) {
        return new ModelAccess(refusal, () -> {
            throw new IllegalStateException("no model may be called: " + refusal.reasons());
        });
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /**
     * Starts creating the model on another thread, for when a stale spec is known before the specs
     * have finished loading: setting up a provider client in a fresh JVM is slow enough to be worth
     * overlapping with the loading. Does nothing when refused or already started.
     */
    public void prepare() {
        if (factory instanceof Creation creation) {
            creation.model().startInBackground("factory-model-set-up");
        }
    }

    /** Creates the model once, on the first thread that asks or in the background after {@link #prepare}. */
    private record Creation(Once<CodeModel> model) implements Supplier<CodeModel> {

        @Override
        public CodeModel get() {
            return model.get();
        }
    }
}
