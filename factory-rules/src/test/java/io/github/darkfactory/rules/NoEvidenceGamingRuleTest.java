package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoEvidenceGamingRuleTest {

    private static final String GAMING = "io.github.darkfactory.rules.testexamples.gaming";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(GAMING);

    private static List<String> found(List<String> specPackages) {
        return FactoryRules.noEvidenceGaming(specPackages).check(CLASSES).stream()
                .map(v -> (v.location() + ": " + v.description()).replace(GAMING + ".", "")).toList();
    }

    @Test
    void reports_stack_introspection_a_test_framework_and_the_factory_with_their_lines() {
        assertEquals(List.of(
                "Sneaky (Sneaky.java): Method <Sneaky.judged(io.github.darkfactory.rules.Violation)> has parameter of type"
                        + " <io.github.darkfactory.rules.Violation>, which belongs to the factory that judges the code",
                "Sneaky (Sneaky.java:8): Method <Sneaky.underTest()> calls method <java.lang.StackWalker$StackFrame.getClassName()>,"
                        + " which is stack introspection",
                "Sneaky (Sneaky.java:8): Method <Sneaky.underTest()> calls method <java.lang.StackWalker.getInstance()>,"
                        + " which is stack introspection",
                "Sneaky (Sneaky.java:8): Method <Sneaky.underTest()> calls method <java.lang.StackWalker.walk(java.util.function.Function)>,"
                        + " which is stack introspection",
                "Sneaky (Sneaky.java:12): Method <Sneaky.caller()> calls method <java.lang.StackTraceElement.getMethodName()>,"
                        + " which is stack introspection",
                "Sneaky (Sneaky.java:12): Method <Sneaky.caller()> calls method <java.lang.Throwable.getStackTrace()>,"
                        + " which is stack introspection",
                "Sneaky (Sneaky.java:16): Method <Sneaky.check(boolean)> calls method <org.junit.jupiter.api.Assertions.assertTrue(boolean)>,"
                        + " which belongs to a test framework",
                "Sneaky (Sneaky.java:20): Method <Sneaky.judged(io.github.darkfactory.rules.Violation)> calls method"
                        + " <io.github.darkfactory.rules.Violation.ruleId()>, which belongs to the factory that judges the code"),
                found(List.of(GAMING)));
    }

    @Test
    void no_capability_grants_it_and_code_outside_the_spec_packages_is_not_checked() {
        assertEquals(List.of(), found(List.of("com.acme.shop")));
        assertEquals(List.of(), FactoryRules.capabilities(Map.of(GAMING, Set.of())).check(CLASSES),
                "none of it is a capability's API");
    }

    @Test
    void a_violation_says_why_and_that_nothing_grants_it() {
        Violation violation = FactoryRules.noEvidenceGaming(List.of(GAMING)).check(CLASSES).get(0);

        assertEquals("no-evidence-gaming", violation.ruleId());
        assertEquals("remove the reference and behave the same whoever calls the code; no capability grants this", violation.fix());
    }
}
