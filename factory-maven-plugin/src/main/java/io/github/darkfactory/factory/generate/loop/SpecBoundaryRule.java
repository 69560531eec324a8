package io.github.darkfactory.factory.generate.loop;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Generated code may use another spec only through the contracts of the specs it depends on. The
 * compile cannot enforce that (every contract and the other specs' code are visible to it), so this
 * rule reads the compiled classes of one spec's answer and reports every reference into another
 * spec's package that is not a contract type of a dependsOn spec. It runs with the architecture
 * rules, on the same import of the classes.
 */
final class SpecBoundaryRule {

    static final String ID = FactoryRules.SPEC_BOUNDARIES_ID;

    static final String WHY = "specs are generated one at a time and each may be regenerated alone: code"
            + " that reaches past another spec's contracts, or into a spec it does not depend on, breaks"
            + " when that spec is regenerated";

    static final String FIX = "use only this spec's own contracts and those listed under \"Contracts you may use\""
            + " (find their implementations with java.util.ServiceLoader)";

    private SpecBoundaryRule() {
    }

    /** The boundaries of {@code spec} among {@code specs}. */
    static FactoryRule of(Spec spec, SpecSet specs) {
        return new FactoryRule(ID, classes().should(stayWithinBoundaries(spec, specs))
                .as("spec '" + spec.id() + "' should use other specs only through the contracts of the specs it depends on")
                .because(WHY).allowEmptyShould(true), WHY, FIX);
    }

    private static ArchCondition<JavaClass> stayWithinBoundaries(Spec spec, SpecSet specs) {
        return new ArchCondition<>("use other specs only through the contracts of the specs they depend on") {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                Set<String> seen = new HashSet<>();
                for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isPrimitive()) {
                        continue;
                    }
                    String typeName = target.getName().split("\\$")[0];
                    Optional<Spec> owner = ownerOf(typeName, target.getPackageName(), specs);
                    if (owner.isEmpty() || owner.get().id().equals(spec.id()) || !seen.add(typeName)) {
                        continue;
                    }
                    problem(spec, owner.get(), typeName)
                            .ifPresent(message -> events.add(SimpleConditionEvent.violated(dependency, message)));
                }
            }
        };
    }

    private static Optional<String> problem(Spec spec, Spec owner, String typeName) {
        if (!spec.dependsOn().contains(owner.id())) {
            return Optional.of("uses " + typeName + " of spec '" + owner.id() + "', which spec '" + spec.id()
                    + "' does not depend on");
        }
        List<String> contracts = contractTypes(owner);
        if (!contracts.contains(typeName)) {
            return Optional.of("uses " + typeName + ", an implementation class of spec '" + owner.id()
                    + "', which other specs may use only through its contract types " + String.join(", ", contracts));
        }
        return Optional.empty();
    }

    /** The spec whose contract the type is, else the spec whose package holds it. */
    private static Optional<Spec> ownerOf(String typeName, String packageName, SpecSet specs) {
        Optional<Spec> contractOwner = specs.specs().stream()
                .filter(s -> contractTypes(s).contains(typeName)).findFirst();
        return contractOwner.isPresent() ? contractOwner : specs.specs().stream()
                .filter(s -> packageName.equals(s.packageName()) || packageName.startsWith(s.packageName() + "."))
                .findFirst();
    }

    private static List<String> contractTypes(Spec spec) {
        List<String> types = new ArrayList<>();
        for (ContractUnit unit : spec.contracts()) {
            unit.topLevelTypes().forEach(t -> types.add(unit.packageName() + "." + t));
        }
        return types;
    }
}
