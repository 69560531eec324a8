package io.github.darkfactory.factory.generate.loop;

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
        ANSWER("answer", "answer format problem"),
        PATH("path", "rejected file"),
        COMPILE("compile", "compile error"),
        ARCHITECTURE("architecture", "architecture violation"),
        BOUNDARY("boundary", "spec boundary violation"),
        SERVICES("services", "service provider conflict");

        private final String label;
        private final String noun;

        Check(String label, String noun) {
            this.label = label;
            this.noun = noun;
        }

        /** How the prompt tags a problem: {@code [compile]}. */
        public String label() {
            return label;
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
