package it.rules.acme;

import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Reuses the id of a built-in rule and the id of a rule of AcmeRules. */
public final class ClashingRules implements FactoryRuleSet {

    @Override
    public List<FactoryRule> rules() {
        return List.of(rule("no-standard-streams"), rule("acme-final-classes"));
    }

    private static FactoryRule rule(String id) {
        return new FactoryRule(id, classes().should().bePublic(), "why", "fix");
    }
}
