package com.example.shop.rules;

import com.tngtech.archunit.core.domain.JavaModifier;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The shop team's own rules, checked by factory:generate (fed back to the model) and factory:architecture. */
public final class ShopRules implements FactoryRuleSet {

    static final String WHY = "a domain type that can be subclassed can have its behaviour changed behind the"
            + " scenarios' back; domain values are records, domain services final classes";

    static final FactoryRule DOMAIN_TYPES_ARE_FINAL = new FactoryRule("shop-domain-final",
            classes().that().resideInAPackage("..domain..").and().areTopLevelClasses().and().areNotInterfaces()
                    .and().areNotEnums().should().haveModifier(JavaModifier.FINAL)
                    .as("domain types are final classes or records").because(WHY),
            WHY, "declare the class final, or make it a record if it is a value");

    @Override
    public List<FactoryRule> rules() {
        return List.of(DOMAIN_TYPES_ARE_FINAL);
    }
}
