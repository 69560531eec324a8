package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.generate.compile.CompileInputs;
import io.github.darkfactory.factory.generate.compile.CompileResult;
import io.github.darkfactory.factory.generate.compile.JavaCompilation;
import io.github.darkfactory.factory.scenarios.ScenarioResult;
import io.github.darkfactory.factory.scenarios.TestClassRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which tests run in the loop, and how their failures read to the model. */
class TestFailuresTest {

    private static final String TRACE = """
            org.opentest4j.AssertionFailedError: expected: <3> but was: <0>
            \tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)
            \tat org.junit.jupiter.api.Assertions.assertEquals(Assertions.java:166)
            \tat app//com.acme.pricing.Simple.total(Simple.java:9)
            \tat com.acme.pricing.SimpleTest.adds_up(SimpleTest.java:12)
            \tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
            \tat com.acme.pricing.internal.Rounding.lambda$round$0(Rounding.java:4)
            \tat org.junit.platform.commons.util.ReflectionUtils.invokeMethod(ReflectionUtils.java:767)
            Caused by: java.lang.IllegalStateException: x
            \tat com.acme.app.Main.run(Main.java:3)
            """;

    @Test
    void keeps_only_the_frames_of_the_project_packages_without_loader_prefixes() {
        List<String> frames = TestFailures.projectFrames(TRACE, Set.of("com.acme.pricing", "com.acme.app"));

        assertEquals(List.of("com.acme.pricing.Simple.total(Simple.java:9)", "com.acme.pricing.SimpleTest.adds_up(SimpleTest.java:12)",
                "com.acme.app.Main.run(Main.java:3)"), frames);
    }

    @Test
    void a_failed_test_reads_as_class_method_type_message_and_project_frames() {
        ScenarioResult failed = new ScenarioResult("[engine:junit-jupiter]/[class:x]", "adds_up()", "com.acme.pricing.SimpleTest",
                "adds_up", List.of(), ScenarioResult.Status.FAILED, 3,
                new ScenarioResult.Failure("org.opentest4j.AssertionFailedError", "expected: <3>\nbut was: <0>", TRACE));
        ScenarioResult passed = new ScenarioResult("p", "other()", "com.acme.pricing.SimpleTest", "other", List.of(),
                ScenarioResult.Status.SUCCESSFUL, 1, null);
        TestClassRun.Outcome outcome = new TestClassRun.Outcome(List.of(failed, passed), true, false, List.of(), null, Path.of("out"));

        List<LoopProblem> problems = TestFailures.of(outcome, Set.of("com.acme.pricing"), 60);

        assertEquals(1, problems.size());
        assertEquals(LoopProblem.Check.TEST, problems.get(0).check());
        assertEquals("com.acme.pricing.SimpleTest.adds_up: org.opentest4j.AssertionFailedError: expected: <3> but was: <0>"
                + " (at com.acme.pricing.Simple.total(Simple.java:9), at com.acme.pricing.SimpleTest.adds_up(SimpleTest.java:12))"
                + " — fix: " + TestFailures.TEST_FIX, problems.get(0).render());
        assertEquals("test", problems.get(0).check().label());
        assertEquals("1 failing test", SpecGenerator.summary(problems));
    }

    @Test
    void a_run_that_timed_out_names_the_tests_still_running() {
        TestClassRun.Outcome outcome = new TestClassRun.Outcome(List.of(), false, true, List.of("SimpleTest › loops()"), null, Path.of("out"));

        List<LoopProblem> problems = TestFailures.of(outcome, Set.of(), 60);

        assertEquals("SimpleTest › loops(): the tests did not finish within 60 s and were stopped", problems.get(0).render()
                .substring(0, problems.get(0).render().indexOf(" — fix")));
    }

    @Test
    void the_test_compile_check_is_labelled_with_a_hyphen() {
        assertEquals("test-compile", LoopProblem.Check.TEST_COMPILE.label());
        assertEquals("2 test compile errors, 1 failing test", SpecGenerator.summary(List.of(
                new LoopProblem(LoopProblem.Check.TEST_COMPILE, "a", "b", "c"),
                new LoopProblem(LoopProblem.Check.TEST_COMPILE, "a", "b", "c"),
                new LoopProblem(LoopProblem.Check.TEST, "a", "b", "c"))));
    }

    @Test
    void selects_the_top_level_test_classes_whose_class_files_reference_the_spec_package() {
        Map<String, String> sources = Map.of(
                "com/acme/pricing/Quote.java", "package com.acme.pricing; public record Quote(long cents) {}",
                "com/acme/it/ByImportTest.java", "package com.acme.it; import com.acme.pricing.Quote;"
                        + " class ByImportTest { Quote q; }",
                "com/acme/it/NestedTest.java", "package com.acme.it; class NestedTest { static class Inner {"
                        + " long c() { return new com.acme.pricing.Quote(1).cents(); } } }",
                "com/acme/pricing/SamePackageTest.java", "package com.acme.pricing; class SamePackageTest { }",
                "com/acme/it/UnrelatedTest.java", "package com.acme.it; class UnrelatedTest { String s = \"com.acme.pricing\"; }",
                "com/acme/pricingx/LookalikeTest.java", "package com.acme.pricingx; class LookalikeTest { }");
        CompileResult compiled = JavaCompilation.compile(sources, new CompileInputs(List.of(), List.of(), null));
        assertTrue(compiled.success(), compiled.errors().toString());
        Set<String> tests = Set.of("com/acme/it/ByImportTest.java", "com/acme/it/NestedTest.java",
                "com/acme/pricing/SamePackageTest.java", "com/acme/it/UnrelatedTest.java", "com/acme/pricingx/LookalikeTest.java");

        List<String> selected = LoopTests.selected(compiled.classes(), tests, "com.acme.pricing");

        assertEquals(List.of("com.acme.it.ByImportTest", "com.acme.it.NestedTest", "com.acme.pricing.SamePackageTest"), selected);
    }

    @Test
    void a_test_source_mentions_a_package_it_lies_in_or_names() {
        assertTrue(LoopTests.mentions("class T {}", "com/acme/pricing/T.java", "com.acme.pricing"));
        assertTrue(LoopTests.mentions("import com.acme.pricing.Quote;", "com/acme/it/T.java", "com.acme.pricing"));
        assertFalse(LoopTests.mentions("import com.acme.catalog.Item;", "com/acme/it/T.java", "com.acme.pricing"));
    }
}
