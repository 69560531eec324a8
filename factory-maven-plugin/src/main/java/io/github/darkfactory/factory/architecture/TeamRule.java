package io.github.darkfactory.factory.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.Violation;

import java.util.List;

/**
 * One rule of a team's rule set, with the rule set it came from, so that a failure can name it.
 *
 * @param ruleSet the fully qualified name of the rule set class
 * @param rule    the rule
 */
public record TeamRule(String ruleSet, FactoryRule rule) {

    /**
     * The rule's violations, like a built-in rule's.
     *
     * @throws RuleSetException ({@link RuleSetException.Reason#RULE_FAILED}) when the rule throws
     */
    List<Violation> check(JavaClasses classes) {
        try {
            return rule.check(classes);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // the team's code, not ours: the failure must name it rather than look like a plugin bug
            throw RuleSetException.ruleFailed(ruleSet, rule.id(), e);
        }
    }
}
