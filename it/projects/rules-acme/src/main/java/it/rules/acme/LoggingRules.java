package it.rules.acme;

import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

public final class LoggingRules implements FactoryRuleSet {

    private static final String WHY = "Acme services log through SLF4J, so one configuration routes every log line";

    @Override
    public List<FactoryRule> rules() {
        return List.of(new FactoryRule("acme-no-jul",
                noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                        .as("no class should use java.util.logging").because(WHY),
                WHY, "log through org.slf4j.Logger"));
    }
}
