package it.rules.acme;

import io.github.darkfactory.rules.FactoryRule;

import java.util.List;

/** Has rules() but forgot "implements FactoryRuleSet". */
public final class NotARuleSet {

    public List<FactoryRule> rules() {
        return List.of();
    }
}
