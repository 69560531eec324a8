package io.github.darkfactory.factory.generate.loop;

/**
 * One reason an answer cannot be accepted, fed back to the model with what to do about it.
 *
 * @param check       which check found it: answer, path, compile, architecture, boundary, services
 * @param where       the file (and line) concerned, or the answer as a whole
 * @param message     what is wrong
 * @param remediation what the model should change
 */
public record LoopProblem(String check, String where, String message, String remediation) {

    public String render() {
        return where + ": " + message + " — fix: " + remediation;
    }
}
