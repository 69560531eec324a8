package it.rules.acme;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** A rule whose condition throws instead of reporting. */
public final class BrokenRules implements FactoryRuleSet {

    @Override
    public List<FactoryRule> rules() {
        return List.of(new FactoryRule("acme-owned", classes().should(new ArchCondition<JavaClass>("have an owner") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                throw new IllegalArgumentException("no owner for " + javaClass.getSimpleName());
            }
        }), "every class has an owning team", "add the class to OWNERS"));
    }
}
