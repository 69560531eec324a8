package io.github.darkfactory.factory.architecture.testexamples;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRuleSet;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Rule sets as a team would write them, good and broken, for {@code RuleSetsTest}. */
public final class TeamRuleSets {

    private TeamRuleSets() {
    }

    static FactoryRule finalDomainTypes(String id) {
        return new FactoryRule(id, classes().that().resideInAPackage("..domain..").and().areTopLevelClasses()
                .should().haveModifier(JavaModifier.FINAL).as("domain types should be final or records"),
                "a domain type that can be subclassed can change behaviour behind the domain's back",
                "make the class final, or a record");
    }

    public static final class FinalDomainTypes implements FactoryRuleSet {
        @Override
        public List<FactoryRule> rules() {
            return List.of(finalDomainTypes("acme-final-domain-types"));
        }
    }

    /** Has the method but not the interface. */
    public static final class NotARuleSet {
        public List<FactoryRule> rules() {
            return List.of();
        }
    }

    public static final class Configured implements FactoryRuleSet {
        public Configured(String packageName) {
        }

        @Override
        public List<FactoryRule> rules() {
            return List.of();
        }
    }

    public static final class FailingConstructor implements FactoryRuleSet {
        public FailingConstructor() {
            throw new IllegalStateException("acme rules need ACME_HOME");
        }

        @Override
        public List<FactoryRule> rules() {
            return List.of();
        }
    }

    /** One id of a built-in rule, one of {@link FinalDomainTypes}. */
    public static final class Clashing implements FactoryRuleSet {
        @Override
        public List<FactoryRule> rules() {
            return List.of(finalDomainTypes("no-standard-streams"), finalDomainTypes("acme-final-domain-types"));
        }
    }

    public static final class Throwing implements FactoryRuleSet {
        @Override
        public List<FactoryRule> rules() {
            return List.of(new FactoryRule("acme-broken", classes().should(new ArchCondition<JavaClass>("be checked") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    throw new IllegalArgumentException("no owner for " + javaClass.getSimpleName());
                }
            }), "why", "fix"));
        }
    }
}
