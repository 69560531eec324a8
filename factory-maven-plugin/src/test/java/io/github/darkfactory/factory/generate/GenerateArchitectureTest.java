package io.github.darkfactory.factory.generate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.darkfactory.rules.FactoryRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GenerateArchitectureTest {

    private final JavaClasses generate = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.darkfactory.factory.generate");

    @Test
    void the_generate_core_imports_nothing_from_maven() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                .because("the core is Maven-free; only ...factory.maven adapts it")
                .check(generate);
    }

    @Test
    void lock_plan_writing_and_services_do_not_depend_on_the_orchestration() {
        noClasses().that().resideInAnyPackage("..generate.lock..", "..generate.plan..", "..generate.write..",
                        "..generate.services..")
                .should().dependOnClassesThat().resideInAnyPackage("..generate.loop..", "..generate.model..")
                .because("the CI path (plan, lock, services) must work without any model or loop class")
                .check(generate);
    }

    @Test
    void the_generate_core_follows_the_rules_it_enforces_on_generated_code() {
        assertEquals(List.of(), FactoryRules.NO_STANDARD_STREAMS.check(generate));
        assertEquals(List.of(), FactoryRules.NO_PRINT_STACK_TRACE.check(generate));
    }
}
