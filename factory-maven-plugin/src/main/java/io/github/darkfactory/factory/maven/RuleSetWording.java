package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.architecture.RuleSetException;
import io.github.darkfactory.factory.architecture.RuleSets;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.stream.Collectors;

/**
 * Each way a team's rule set fails, in pom terms: what happened, naming the class (and rule), then
 * what to do (docs/rules/team-rules.md).
 */
final class RuleSetWording {

    private static final String DOCS = " (docs/rules/team-rules.md)";
    private static final String INTERFACE = FactoryRuleSet.class.getName();

    private RuleSetWording() {
    }

    /** What happened, then what to do, as the build prints it. */
    static String render(RuleSetException e) {
        return headline(e) + "\n" + fix(e);
    }

    static String headline(RuleSetException e) {
        String ruleSet = "Rule set " + e.ruleSet() + " in <ruleSets>";
        return switch (e.reason()) {
            case NOT_FOUND -> ruleSet + " is not on the plugin's classpath";
            case UNLOADABLE -> ruleSet + " cannot be loaded: " + cause(e);
            case NOT_A_RULE_SET -> ruleSet + " does not implement " + INTERFACE;
            case NOT_CONSTRUCTIBLE -> ruleSet + " cannot be created: it is not a public class with a public no-arg constructor";
            case CONSTRUCTOR_FAILED -> ruleSet + " cannot be created: its constructor threw " + cause(e);
            case RULES_FAILED -> ruleSet + " cannot list its rules: rules() threw " + cause(e);
            case INVALID_RULES -> ruleSet + " returned no usable rules: rules() gave null, a null rule, or a rule"
                    + " without an id or an ArchRule";
            case DUPLICATE_IDS -> "Two rules have one id: " + e.clashes().stream()
                    .map(c -> c.first().equals(c.second()) ? "'" + c.ruleId() + "' twice in " + c.first()
                            : "'" + c.ruleId() + "' of " + owner(c.first()) + " and of " + c.second())
                    .collect(Collectors.joining("; "));
            case RULE_FAILED -> "Rule '" + e.ruleId() + "' of rule set " + e.ruleSet() + " failed while checking the"
                    + " classes: " + cause(e);
        };
    }

    static String fix(RuleSetException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> "Check the class name in <ruleSet> for a typo, and that the jar holding it is declared in"
                    + " the <dependencies> of the factory-maven-plugin in pom.xml (not of the project)" + DOCS + ".";
            case UNLOADABLE -> "Declare what the rule set needs in the <dependencies> of the factory-maven-plugin, or fix"
                    + " its static initialization" + DOCS + ".";
            case NOT_A_RULE_SET -> "Make it implement " + INTERFACE + " (its rules() returns the rules), or remove it"
                    + " from <ruleSets>" + DOCS + ".";
            case NOT_CONSTRUCTIBLE -> "Make " + e.ruleSet() + " a public, non-abstract class with a public constructor"
                    + " that takes no arguments: the plugin creates it with that" + DOCS + ".";
            case CONSTRUCTOR_FAILED, RULES_FAILED, INVALID_RULES -> "Fix " + e.ruleSet() + " so that it builds its rules"
                    + " without failing, or remove it from <ruleSets> until it does" + DOCS + ".";
            case DUPLICATE_IDS -> "Give each rule of your rule sets an id of its own: reports, baselines and the model"
                    + " know a rule by its id" + DOCS + ".";
            case RULE_FAILED -> "Fix the rule in " + e.ruleSet() + " (a condition reports violations, it does not"
                    + " throw), or remove the rule set from <ruleSets> until it is fixed" + DOCS + ".";
        };
    }

    private static String owner(String className) {
        return RuleSets.BUILT_IN.equals(className) ? "a built-in rule (" + className + ")" : className;
    }

    /** The exception and where the team's code threw it, so the team can find it without a stack trace. */
    private static String cause(RuleSetException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return "nothing";
        }
        StackTraceElement[] trace = cause.getStackTrace();
        return cause + (trace.length == 0 ? "" : " (at " + trace[0] + ")");
    }
}
