package it.rules.acme;

import com.tngtech.archunit.core.domain.JavaModifier;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

public final class AcmeRules implements FactoryRuleSet {

    static final String WHY = "a class open for extension can have its behaviour changed behind its callers' backs";

    @Override
    public List<FactoryRule> rules() {
        return List.of(new FactoryRule("acme-final-classes",
                classes().that().areTopLevelClasses().and().areNotInterfaces().and().areNotEnums()
                        .and().doNotHaveModifier(JavaModifier.ABSTRACT)
                        .should().haveModifier(JavaModifier.FINAL)
                        .as("concrete classes should be final").because(WHY),
                WHY, "declare the class final (or make it a record)"));
    }
}
