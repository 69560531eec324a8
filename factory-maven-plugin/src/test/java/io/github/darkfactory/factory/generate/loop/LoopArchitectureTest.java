package io.github.darkfactory.factory.generate.loop;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.darkfactory.rules.FactoryRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LoopArchitectureTest {

    private final JavaClasses loop = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.darkfactory.factory.generate.loop", "io.github.darkfactory.factory.generate.compile");

    @Test
    void the_loop_and_the_compiler_import_nothing_from_maven() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                .because("the core is Maven-free; only ...factory.maven adapts it")
                .check(loop);
    }

    @Test
    void the_compiler_knows_nothing_of_the_loop() {
        noClasses().that().resideInAPackage("..generate.compile..")
                .should().dependOnClassesThat().resideInAPackage("..generate.loop..")
                .because("the generate goal's joint compile uses JavaCompilation without the loop")
                .check(loop);
    }

    @Test
    void the_loop_follows_the_rules_it_enforces_on_generated_code() {
        assertEquals(List.of(), FactoryRules.NO_STANDARD_STREAMS.check(loop));
        assertEquals(List.of(), FactoryRules.NO_PRINT_STACK_TRACE.check(loop));
    }
}
