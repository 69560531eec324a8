package io.github.darkfactory.factory.scenarios;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ScenariosArchitectureTest {

    private final JavaClasses scenarios = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.darkfactory.factory.scenarios");

    @Test
    void the_scenarios_core_imports_nothing_from_maven() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                .because("the core is Maven-free; only ...factory.maven adapts it")
                .check(scenarios);
    }

    @Test
    void the_runner_uses_only_the_jdk_and_the_junit_platform() {
        classes().that().resideInAPackage("..scenarios.runner..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.junit.platform..", "..scenarios.runner..")
                .because("the runner is copied alone into the scenario JVM, where no other plugin class exists")
                .check(scenarios);
    }
}
