package io.github.darkfactory.factory;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.darkfactory.factory.spec.SpecLoader;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core is a plain library: only the thin Mojos of {@code ...factory.maven} may touch Maven. */
class CoreIsMavenFreeTest {

    @Test
    void the_core_imports_nothing_from_maven_aether_or_plexus() throws URISyntaxException {
        Path mainClasses = Path.of(SpecLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // Dependencies are judged by name; resolving them from the class path would only cost seconds.
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(mainClasses);
        });
        assertTrue(classes.contain("io.github.darkfactory.factory.spec.SpecLoader"), "the core was imported");

        noClasses().that().resideInAPackage("io.github.darkfactory.factory..")
                .and().resideOutsideOfPackage("io.github.darkfactory.factory.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..", "org.codehaus.plexus..")
                .because("the core must stay usable and testable without Maven; Maven wording belongs in the Mojos")
                .check(classes);
    }
}
