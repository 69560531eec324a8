package io.github.darkfactory.factory;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.darkfactory.factory.generate.testexamples.PeeksAtEvidence;
import io.github.darkfactory.factory.scenarios.EvidenceReport;
import io.github.darkfactory.factory.testexamples.EvidenceHelper;
import io.github.darkfactory.factory.scenarios.runner.ParentWatch;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void nothing_reachable_from_generate_knows_the_outputs_of_a_verify() {
        assertNone(OwnRules.GENERATE_BLIND_TO_VERIFY);
    }

    @Test
    void the_holdout_rule_catches_a_generate_class_that_reaches_the_evidence_through_another_class() {
        JavaClasses probe = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importClasses(PeeksAtEvidence.class, EvidenceHelper.class, EvidenceReport.class);
        });

        List<String> violations = OwnRules.GENERATE_BLIND_TO_VERIFY.check(probe).stream().map(Violation::render).toList();

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("[generate-blind-to-verify] " + PeeksAtEvidence.class.getName())
                && violations.get(0).contains(EvidenceHelper.class.getName())
                && violations.get(0).contains(EvidenceReport.class.getName()), violations.get(0));
    }

    @Test
    void a_goal_package_that_reads_verify_outputs_counts_before_it_exists() {
        assertTrue(OwnRules.KNOWS_VERIFY_OUTPUTS.test(new ClassFileImporter()
                .importClasses(io.github.darkfactory.factory.run.testexamples.ReadsEvidence.class)
                .get(io.github.darkfactory.factory.run.testexamples.ReadsEvidence.class)));
        for (String forking : List.of("ScenarioFork", "ResultsFile", "ScenarioResult")) {
            assertFalse(OwnRules.KNOWS_VERIFY_OUTPUTS.test(main.get(OwnRules.ROOT + ".scenarios." + forking)),
                    "running the product's tests in the loop may fork through " + forking);
        }
    }

    @Test
    void no_string_of_generate_or_feedback_names_a_file_a_verify_writes() throws IOException {
        Path root = MainClasses.root();
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("generate", "feedback")) {
            try (Stream<Path> files = Files.walk(root.resolve((OwnRules.ROOT + "." + pkg).replace('.', '/')))) {
                for (Path classFile : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    for (String constant : ConstantPoolStrings.of(classFile)) {
                        OwnRules.VERIFY_OUTPUT_NAMES.stream().filter(constant::contains).forEach(name ->
                                offenders.add(root.relativize(classFile) + ": \"" + constant + "\" (names " + name + ")"));
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "generate reads nothing a verify writes but the feedback ids"
                + " (docs/generation-loop.md, \"Holdout feedback\")");
    }
}
