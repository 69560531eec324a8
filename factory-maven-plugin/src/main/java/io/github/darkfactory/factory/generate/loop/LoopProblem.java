package io.github.darkfactory.factory.generate.loop;

import java.util.Locale;

/**
 * One reason an answer cannot be accepted, fed back to the model with what to do about it.
 *
 * @param check       which check found it
 * @param where       the file (and line) concerned, or the answer as a whole
 * @param message     what is wrong
 * @param remediation what the model should change
 */
public record LoopProblem(Check check, String where, String message, String remediation) {

    /** The checks of an answer, in the order they run. */
    public enum Check {
        ANSWER("answer format problem"),
        PATH("rejected file"),
        COMPILE("compile error"),
        ARCHITECTURE("architecture violation"),
        BOUNDARY("spec boundary violation"),
        SERVICES("service provider conflict"),
        TEST_COMPILE("test compile error"),
        TEST("failing test");

        private final String noun;

        Check(String noun) {
            this.noun = noun;
        }

        /** How the prompt tags a problem: {@code compile}, shown as {@code [compile]}; {@code test-compile}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** One problem of this check, in the loop's log line: {@code 1 compile error}. */
        public String noun() {
            return noun;
        }
    }

    public String render() {
        return where + ": " + message + " — fix: " + remediation;
    }
}
