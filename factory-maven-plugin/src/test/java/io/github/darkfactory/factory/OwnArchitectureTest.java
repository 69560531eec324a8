package io.github.darkfactory.factory;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.darkfactory.factory.scenarios.runner.ParentWatch;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Our own rules ({@link OwnRules}), checked on our own main code with factory-rules. */
class OwnArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = importMain(OwnRules.ROOT);
    }

    /**
     * Our main classes of one package (with its subpackages), read from target/classes alone: the
     * rules need the names of the classes they use, not those classes themselves.
     */
    static JavaClasses importMain(String packageName) {
        Path root = MainClasses.root().resolve(packageName.replace('.', '/'));
        return ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPath(root);
        });
    }

    private static void assertNone(FactoryRule rule) {
        assertEquals(List.of(), rule.check(main).stream().map(Violation::render).toList(), rule.description());
    }

    @Test
    void main_code_was_imported_so_the_rules_below_have_something_to_check() {
        assertTrue(main.contain("io.github.darkfactory.factory.maven.ArchitectureMojo"));
        assertTrue(main.contain("io.github.darkfactory.factory.architecture.ArchitectureCheck"));
    }

    @Test
    void the_packages_follow_the_layers_from_the_mojos_down_to_io_and_log() {
        assertNone(OwnRules.LAYERING);
    }

    @Test
    void every_package_of_main_code_is_in_a_layer_so_the_layering_sees_it() {
        TreeSet<String> outside = new TreeSet<>();
        for (JavaClass javaClass : main) {
            if (OwnRules.LAYERS.stream().noneMatch(layer -> layer.contains(javaClass.getPackageName()))) {
                outside.add(javaClass.getPackageName());
            }
        }
        assertEquals(List.of(), List.copyOf(outside), "add these packages to a layer of OwnRules.LAYERS"
                + " and to the graph in docs/architecture.md");
    }

    @Test
    void the_core_depends_neither_on_maven_nor_on_the_mojos() {
        assertNone(OwnRules.MAVEN_FREE_CORE);
    }

    @Test
    void the_mojos_do_depend_on_maven_so_the_maven_free_rule_can_tell_them_apart() {
        JavaClasses mojos = importMain(OwnRules.ROOT + ".maven");
        FactoryRule allCode = new FactoryRule("maven-free", noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven.."), "why", "fix");

        assertTrue(allCode.check(mojos).size() > 0);
    }

    @Test
    void main_code_never_prints_to_the_standard_streams() {
        assertNone(FactoryRules.NO_PRINT_STACK_TRACE);
        // ParentWatch runs in the forked JVMs, whose standard error is their output file; it has no other voice
        List<String> printing = FactoryRules.NO_STANDARD_STREAMS.check(main).stream()
                .filter(v -> !v.className().equals(ParentWatch.class.getName())).map(Violation::render).toList();
        assertEquals(List.of(), printing);
    }

    @Test
    void the_ci_path_of_generate_needs_no_model_or_loop_class() {
        assertNone(OwnRules.CI_PATH_WITHOUT_MODEL);
    }

    @Test
    void the_compiler_knows_nothing_of_the_loop() {
        assertNone(OwnRules.COMPILER_WITHOUT_LOOP);
    }

    @Test
    void the_scenario_runner_uses_only_the_jdk_and_the_junit_platform() {
        assertNone(OwnRules.RUNNER_JDK_AND_PLATFORM_ONLY);
    }
}
