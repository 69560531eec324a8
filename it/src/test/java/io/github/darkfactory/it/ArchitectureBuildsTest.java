package io.github.darkfactory.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchitectureBuildsTest {

    private static final String WHY = " — why: ";

    private static String read(Path file) throws Exception {
        return Files.readString(file);
    }

    @Test
    void a_project_that_keeps_its_layers_passes_and_writes_both_reports() throws Exception {
        MavenBuild build = MavenBuild.copyOf("arch-green");

        build.run("verify").assertSuccess()
                .assertLine("Architecture: 4 rule(s) checked, 0 violation(s), 0 baselined");

        assertTrue(read(build.file("target/factory/architecture.json")).contains("\"status\": \"PASSED\""));
        assertTrue(read(build.file("target/factory/architecture.sarif")).contains("\"id\": \"layers\""));
        assertFalse(Files.exists(build.file("factory-baseline.json")));
    }

    @Test
    void a_domain_class_using_an_adapter_fails_the_build_naming_class_line_why_and_fix() throws Exception {
        MavenBuild build = MavenBuild.copyOf("arch-layering");

        build.run("verify").assertFailure()
                .assertLine("[ERROR] [layers] it.factory.layering.domain.Order (Order.java:7): Method <it.factory.layering.domain.Order.save()>"
                        + " calls constructor <it.factory.layering.adapters.OrderTable.<init>()>" + WHY, " — fix: ")
                .assertLine("2 architecture violation(s); see target/factory/architecture.sarif; fix them or record them with"
                        + " -Dfactory.architecture.updateBaseline=true");

        String sarif = read(build.file("target/factory/architecture.sarif"));
        assertTrue(sarif.contains("\"uri\": \"src/main/java/it/factory/layering/domain/Order.java\""), sarif);
        assertTrue(sarif.contains("\"startLine\": 7"), sarif);
    }

    @Test
    void printing_to_the_standard_streams_fails_the_build() {
        MavenBuild.copyOf("arch-streams").run("verify").assertFailure()
                .assertLine("[ERROR] [no-standard-streams] it.factory.streams.Printer (Printer.java:5): Method <it.factory.streams.Printer.print(java.lang.String)> calls System.out" + WHY)
                .assertLine("[ERROR] [no-print-stack-trace] it.factory.streams.Printer (Printer.java:9): Method <it.factory.streams.Printer.report(java.lang.Exception)> calls Exception.printStackTrace()" + WHY)
                .assertLine("2 architecture violation(s)");
    }

    @Test
    void factory_skip_skips_the_check() {
        MavenBuild.copyOf("arch-streams", "skipped").property("factory.skip", "true").run("verify").assertSuccess()
                .assertLine("Skipping factory:architecture (factory.skip=true)");
    }

    @Test
    void a_recorded_baseline_lets_known_violations_pass_but_not_new_ones() throws Exception {
        MavenBuild build = MavenBuild.copyOf("arch-baseline");
        build.run("verify", "-Dfactory.architecture.updateBaseline=true").assertSuccess()
                .assertLine("Recorded 1 architecture violation(s) in factory-baseline.json");
        String baseline = read(build.file("factory-baseline.json"));
        assertTrue(baseline.contains("Method <it.factory.legacy.Legacy.run()> calls System.out"), baseline);

        build.run("verify").assertSuccess()
                .assertLine("[WARNING] (baselined) [no-standard-streams] it.factory.legacy.Legacy (Legacy.java:5)")
                .assertLine("0 violation(s), 1 baselined");
        assertTrue(read(build.file("target/factory/architecture.json")).contains("\"baselined\": true"));
        assertTrue(read(build.file("factory-baseline.json")).equals(baseline), "a normal build never rewrites the baseline");

        Files.writeString(build.file("src/main/java/it/factory/legacy/Fresh.java"), """
                package it.factory.legacy;

                public class Fresh {
                    public void run() {
                        System.err.println("new");
                    }
                }
                """);
        build.run("verify").assertFailure()
                .assertLine("[ERROR] [no-standard-streams] it.factory.legacy.Fresh (Fresh.java:5)")
                .assertLine("1 architecture violation(s); see target/factory/architecture.sarif");

        // the same call once more in the baselined method: identical but for the line, and still new
        Files.delete(build.file("src/main/java/it/factory/legacy/Fresh.java"));
        Path legacy = build.file("src/main/java/it/factory/legacy/Legacy.java");
        Files.writeString(legacy, Files.readString(legacy).replace("System.out.println(\"legacy\");",
                "System.out.println(\"legacy\");\n        System.out.println(\"legacy\");"));
        build.run("verify").assertFailure()
                .assertLine("[WARNING] (baselined) [no-standard-streams] it.factory.legacy.Legacy (Legacy.java:5)")
                .assertLine("[ERROR] [no-standard-streams] it.factory.legacy.Legacy (Legacy.java:6)")
                .assertLine("1 architecture violation(s); see target/factory/architecture.sarif");
    }

    @Test
    void a_may_use_naming_no_layer_fails_naming_the_layers_parameter() {
        MavenBuild.copyOf("arch-unknown-layer").run("verify").assertFailure()
                .assertLine("Invalid <layers> configuration of the factory-maven-plugin:")
                .assertLine("arch-unknown-layer/pom.xml: the <layers> parameter: layer 'adapters' has <mayUse>domian</mayUse>,"
                        + " which is not a configured layer — name only configured layers (domain, adapters) in <mayUse>,"
                        + " or add a <layer> named 'domian'");
    }

    @Test
    void main_code_using_a_class_of_a_test_scoped_dependency_fails() {
        MavenBuild build = MavenBuild.copyOf("arch-test-dep");
        build.run("compile", "-Dtestkit.scope=compile").assertSuccess();

        build.run("factory:architecture").assertFailure()
                .assertLine("[ERROR] [no-test-code-in-main] it.factory.testdep.Checks (Checks.java:6): Method <it.factory.testdep.Checks.require(boolean)>"
                        + " calls constructor <org.opentest4j.AssertionFailedError.<init>(java.lang.String)>" + WHY);
    }

    @Test
    void a_dependency_cycle_between_two_spec_packages_fails() {
        MavenBuild.copyOf("arch-spec-cycle").run("verify").assertFailure()
                .assertLine("[ERROR] [no-spec-package-cycles] it.factory.cycle.pricing.Prices (Prices.java:7): Cycle detected:"
                        + " Slice it.factory.cycle.catalog -> Slice it.factory.cycle.pricing -> Slice it.factory.cycle.catalog" + WHY);
    }

    @Test
    void modules_built_in_parallel_each_use_their_own_layers() throws Exception {
        MavenBuild build = MavenBuild.copyOf("arch-reactor");

        build.run("-T", "2", "verify").assertSuccess();

        assertTrue(read(build.file("ordering/target/factory/architecture.json")).contains("\"layers\""));
        assertFalse(read(build.file("billing/target/factory/architecture.json")).contains("\"layers\""));
    }

    @Test
    void a_pom_module_has_nothing_to_do() {
        MavenBuild.copyOf("help", "architecture").run("factory:architecture").assertSuccess()
                .assertLine("nothing to do");
    }
}
