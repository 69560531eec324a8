package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.generate.model.CodeModel;

import java.util.function.Supplier;

/**
 * Whether this run may call a model (CONTRACT §4.2), decided by the adapter from the invocation,
 * and how to create one. The model is created only when a stale spec needs it, never on the CI path.
 *
 * @param refusal why no model may be called (frozen, offline, no model, no key), or null when allowed
 * @param factory creates the model; only called when {@code refusal} is null
 */
public record ModelAccess(String refusal, Supplier<CodeModel> factory) {

    public static ModelAccess allowed(Supplier<CodeModel> factory) {
        return new ModelAccess(null, factory);
    }

    public static ModelAccess refused(String why) {
        return new ModelAccess(why, () -> {
            throw new IllegalStateException("no model may be called: " + why);
        });
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}
