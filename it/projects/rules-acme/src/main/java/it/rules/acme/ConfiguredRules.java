package it.rules.acme;

import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

/** Wants a package name the plugin cannot give: it has no public no-arg constructor. */
public final class ConfiguredRules implements FactoryRuleSet {

    private final String packageName;

    public ConfiguredRules(String packageName) {
        this.packageName = packageName;
    }

    @Override
    public List<FactoryRule> rules() {
        return List.of();
    }
}
