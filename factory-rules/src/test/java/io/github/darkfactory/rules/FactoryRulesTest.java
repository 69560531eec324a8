package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactoryRulesTest {

    private static final String EXAMPLES = "io.github.darkfactory.rules.testexamples.";

    private static JavaClasses importExamples(String... packages) {
        return new ClassFileImporter().importPackages(
                java.util.Arrays.stream(packages).map(p -> EXAMPLES + p).toList());
    }

    private static List<String> rendered(List<Violation> violations) {
        return violations.stream().map(v -> v.location() + ": " + v.description()).toList();
    }

    @Test
    void no_standard_streams_reports_each_use_of_system_out_and_err_with_its_line() {
        List<Violation> found = FactoryRules.NO_STANDARD_STREAMS.check(importExamples("streams"));

        assertEquals(List.of(
                EXAMPLES + "streams.Printer (Printer.java:6): Method <" + EXAMPLES + "streams.Printer.print()> calls System.out",
                EXAMPLES + "streams.Printer (Printer.java:10): Method <" + EXAMPLES + "streams.Printer.warn()> calls System.err"),
                rendered(found));
        assertEquals("no-standard-streams", found.get(0).ruleId());
        assertEquals(FactoryRules.NO_STANDARD_STREAMS.why(), found.get(0).why());
        assertEquals(FactoryRules.NO_STANDARD_STREAMS.fix(), found.get(0).fix());
    }

    @Test
    void no_print_stack_trace_reports_the_call_with_its_line() {
        List<Violation> found = FactoryRules.NO_PRINT_STACK_TRACE.check(importExamples("stacktrace"));

        assertEquals(List.of(EXAMPLES + "stacktrace.Swallower (Swallower.java:9): Method <" + EXAMPLES
                        + "stacktrace.Swallower.run(java.lang.Runnable)> calls RuntimeException.printStackTrace()"),
                rendered(found));
    }

    @Test
    void layers_reports_a_dependency_against_the_declared_direction() {
        FactoryRule rule = FactoryRules.layers(List.of(
                new Layer("domain", List.of("..layers.domain.."), List.of()),
                new Layer("adapters", List.of("..layers.adapters.."), List.of("domain"))));

        List<Violation> found = rule.check(importExamples("layers"));

        assertEquals(List.of(EXAMPLES + "layers.domain.Order (Order.java:8): Method <" + EXAMPLES
                        + "layers.domain.Order.save()> calls constructor <" + EXAMPLES + "layers.adapters.Database.<init>()>",
                EXAMPLES + "layers.domain.Order (Order.java:8): Method <" + EXAMPLES
                        + "layers.domain.Order.save()> calls method <" + EXAMPLES + "layers.adapters.Database.store("
                        + EXAMPLES + "layers.domain.Order)>"),
                rendered(found));
    }

    @Test
    void layers_allows_a_layer_without_classes() {
        FactoryRule rule = FactoryRules.layers(List.of(
                new Layer("domain", List.of("..layers.domain.."), List.of()),
                new Layer("adapters", List.of("..layers.adapters.."), List.of("domain")),
                new Layer("web", List.of("..web.."), List.of("domain", "adapters"))));

        List<Violation> found = rule.check(importExamples("layers"));

        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(v -> v.className().endsWith("domain.Order")), found::toString);
    }

    @Test
    void layers_refuses_a_may_use_naming_no_layer() {
        List<Layer> layers = List.of(new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("adapters", List.of("..adapters.."), List.of("domian")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactoryRules.layers(layers));

        assertEquals("layer 'adapters' may use 'domian', which is not a layer (layers: domain, adapters)", e.getMessage());
    }

    @Test
    void layer_problems_reports_each_unusable_layer_as_data() {
        List<Layer> layers = List.of(new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("domain", List.of("..core.."), List.of()),
                new Layer("adapters", List.of(), List.of("domain")),
                new Layer(" ", List.of("..web.."), List.of("nowhere")));

        assertEquals(List.of(
                new LayerProblem(LayerProblem.Kind.DUPLICATE_NAME, "domain", null, List.of("domain", "adapters")),
                new LayerProblem(LayerProblem.Kind.NO_PACKAGES, "adapters", null, List.of("domain", "adapters")),
                new LayerProblem(LayerProblem.Kind.NO_NAME, null, null, List.of("domain", "adapters"))),
                FactoryRules.layerProblems(layers));
    }

    @Test
    void layer_problems_finds_nothing_wrong_with_usable_layers() {
        assertEquals(List.of(), FactoryRules.layerProblems(List.of(new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("adapters", List.of("..adapters.."), List.of("domain")))));
    }

    @Test
    void no_spec_package_cycles_reports_a_cycle_between_two_spec_packages() {
        FactoryRule rule = FactoryRules.noSpecPackageCycles(List.of(EXAMPLES + "cycles.orders", EXAMPLES + "cycles.billing"));

        List<Violation> found = rule.check(importExamples("cycles"));

        String slice = "Slice " + EXAMPLES + "cycles.";
        assertEquals(List.of(EXAMPLES + "cycles.orders.OrderService (OrderService.java:8): Cycle detected: "
                        + slice + "billing -> " + slice + "orders -> " + slice + "billing"),
                rendered(found));
    }

    @Test
    void no_spec_package_cycles_ignores_packages_that_are_not_spec_packages() {
        FactoryRule rule = FactoryRules.noSpecPackageCycles(List.of(EXAMPLES + "cycles.orders"));

        assertEquals(List.of(), rule.check(importExamples("cycles")));
    }

    @Test
    void no_test_code_in_main_reports_a_reference_to_a_test_only_class() {
        FactoryRule rule = FactoryRules.noTestCodeInMain(Set.of(EXAMPLES + "testcode.TestFixture"));

        List<Violation> found = rule.check(importExamples("testcode"));

        assertEquals(List.of(
                EXAMPLES + "testcode.UsesFixture (UsesFixture.java:6): Method <" + EXAMPLES + "testcode.UsesFixture.name()>"
                        + " calls method <" + EXAMPLES + "testcode.TestFixture.toString()>",
                EXAMPLES + "testcode.UsesFixture (UsesFixture.java:6): Method <" + EXAMPLES + "testcode.UsesFixture.name()>"
                        + " gets field <" + EXAMPLES + "testcode.TestFixture.NAME>"),
                rendered(found));
    }

    @Test
    void clean_code_breaks_no_rule() {
        JavaClasses classes = importExamples("clean");

        for (FactoryRule rule : List.of(FactoryRules.NO_STANDARD_STREAMS, FactoryRules.NO_PRINT_STACK_TRACE,
                FactoryRules.noTestCodeInMain(Set.of(EXAMPLES + "testcode.TestFixture")))) {
            assertEquals(List.of(), rule.check(classes), rule.id());
        }
    }

    @Test
    void a_rule_can_be_checked_directly_from_a_junit_test_and_fails_with_archunits_message() {
        JavaClasses classes = importExamples("streams");

        AssertionError error = assertThrows(AssertionError.class, () -> FactoryRules.NO_STANDARD_STREAMS.rule().check(classes));

        assertTrue(error.getMessage().contains("Method <" + EXAMPLES + "streams.Printer.print()> calls System.out in (Printer.java:6)"),
                error.getMessage());
        assertTrue(error.getMessage().contains("because " + FactoryRules.NO_STANDARD_STREAMS.why()), error.getMessage());
    }
}
