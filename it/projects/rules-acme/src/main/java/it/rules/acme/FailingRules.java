package it.rules.acme;

import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

public final class FailingRules implements FactoryRuleSet {

    public FailingRules() {
        throw new IllegalStateException("acme rules need ACME_HOME");
    }

    @Override
    public List<FactoryRule> rules() {
        return List.of();
    }
}
