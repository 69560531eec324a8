package io.github.darkfactory.factory.generate.plan;

/** A spec that needs generating, and why. */
public record StaleSpec(String specId, Reason reason) {

    public enum Reason {
        NEVER_GENERATED("it has never been generated (no entry in the lock file)"),
        INPUTS_CHANGED("the spec or the contracts it uses changed since it was generated"),
        REGENERATION_ASKED("the build asks to regenerate it"),
        HOLDOUT_FEEDBACK("a hidden acceptance scenario of its requirement(s) failed (holdout feedback)");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason in words a user recognises, naming no build setting (the adapter may name one). */
        public String text() {
            return text;
        }
    }
}
