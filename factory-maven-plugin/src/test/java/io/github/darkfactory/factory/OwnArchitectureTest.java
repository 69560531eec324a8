package io.github.darkfactory.factory;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our own rules, checked on our own main code with factory-rules. */
class OwnArchitectureTest {

    private static final String WHY = "the core is a plain library, usable and testable without Maven;"
            + " only the thin Mojos translate between Maven and the core";

    static final FactoryRule MAVEN_FREE_CORE = new FactoryRule("maven-free-core",
            noClasses().that().resideInAPackage("io.github.darkfactory.factory..")
                    .and().resideOutsideOfPackage("io.github.darkfactory.factory.maven..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                    .as("the core should not depend on Maven").because(WHY),
            WHY, "move the Maven-specific code into a Mojo in io.github.darkfactory.factory.maven and pass the core plain values");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.darkfactory.factory");
    }

    private static void assertNone(List<Violation> violations) {
        assertEquals(List.of(), violations.stream().map(Violation::render).toList());
    }

    @Test
    void main_code_was_imported_so_the_rules_below_have_something_to_check() {
        assertTrue(main.contain("io.github.darkfactory.factory.maven.ArchitectureMojo"));
        assertTrue(main.contain("io.github.darkfactory.factory.architecture.ArchitectureCheck"));
    }

    @Test
    void the_core_packages_import_nothing_from_maven() {
        assertNone(MAVEN_FREE_CORE.check(main));
    }

    @Test
    void the_mojos_do_depend_on_maven_so_the_maven_free_rule_can_tell_them_apart() {
        JavaClasses mojos = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.darkfactory.factory.maven");
        FactoryRule allCode = new FactoryRule("maven-free", noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven.."), "why", "fix");

        assertTrue(allCode.check(mojos).size() > 0);
    }

    @Test
    void main_code_never_prints_to_the_standard_streams() {
        assertNone(FactoryRules.NO_STANDARD_STREAMS.check(main));
        assertNone(FactoryRules.NO_PRINT_STACK_TRACE.check(main));
    }

    @Test
    void the_ci_path_of_generate_needs_no_model_or_loop_class() {
        noClasses().that().resideInAnyPackage("..generate.lock..", "..generate.plan..", "..generate.write..",
                        "..generate.services..")
                .should().dependOnClassesThat().resideInAnyPackage("..generate.loop..", "..generate.model..")
                .because("the CI path (plan, lock, services) must work without any model or loop class")
                .check(main);
    }

    @Test
    void the_compiler_knows_nothing_of_the_loop() {
        noClasses().that().resideInAPackage("..generate.compile..")
                .should().dependOnClassesThat().resideInAPackage("..generate.loop..")
                .because("the generate goal's joint compile uses JavaCompilation without the loop")
                .check(main);
    }

    @Test
    void the_scenario_runner_uses_only_the_jdk_and_the_junit_platform() {
        classes().that().resideInAPackage("..scenarios.runner..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.junit.platform..", "..scenarios.runner..")
                .because("the runner is copied alone into the scenario JVM, where no other plugin class exists")
                .check(main);
    }
}
