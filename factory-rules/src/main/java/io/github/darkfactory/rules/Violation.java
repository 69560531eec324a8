package io.github.darkfactory.rules;

/**
 * One broken rule, as data, so the same violation feeds the console, JSON, SARIF, a baseline and
 * the model's feedback.
 *
 * @param ruleId    stable id of the rule, such as {@code no-standard-streams}
 * @param className fully qualified name of the offending class
 * @param sourceFile source file name as recorded in the class file ({@code Foo.java}), or null
 * @param line      source line, or 0 when the class file has none
 * @param description what was found, such as {@code Method <A.run()> calls System.out}
 * @param why       why the rule exists
 * @param fix       what to change
 */
public record Violation(String ruleId, String className, String sourceFile, int line,
                        String description, String why, String fix) {

    /** The one-line form used on the console and in the model's feedback. */
    public String render() {
        return "[" + ruleId + "] " + location() + ": " + explained();
    }

    /**
     * Where it is, the one way every report says it: {@code com.acme.A (A.java:12)}; {@code com.acme.A (A.java)}
     * for the class as a whole (a rule about the class itself has no line), or the class alone.
     */
    public String location() {
        return sourceFile == null ? className : className + " (" + sourceFile + (line > 0 ? ":" + line : "") + ")";
    }

    /** What was found, why it matters and what to change: {@code description — why: .. — fix: ..}. */
    public String explained() {
        return description + " — why: " + why + " — fix: " + fix;
    }
}
