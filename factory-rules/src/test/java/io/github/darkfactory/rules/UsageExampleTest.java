package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example of docs/rules/index.md, as a user's own JUnit test would be written. */
class UsageExampleTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.darkfactory.rules");

    @Test
    void no_class_prints_to_the_standard_streams() {
        FactoryRules.NO_STANDARD_STREAMS.rule().check(CLASSES);
    }

    @Test
    void layers_are_respected() {
        FactoryRule layers = FactoryRules.layers(List.of(
                new Layer("api", List.of("io.github.darkfactory.rules"), List.of())));

        List<Violation> violations = layers.check(CLASSES);

        assertEquals(List.of(), violations.stream().map(Violation::render).toList());
    }

    @Test
    void the_import_found_the_library_so_the_checks_above_checked_something() {
        assertEquals(true, CLASSES.contain(FactoryRules.class));
    }
}
