package io.github.darkfactory.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CapabilitiesRuleTest {

    private static final String EXAMPLES = "io.github.darkfactory.rules.testexamples.capabilities.";

    private static List<String> found(String example, Capability... granted) {
        String pkg = EXAMPLES + example;
        JavaClasses classes = new ClassFileImporter().importPackages(pkg);
        return FactoryRules.capabilities(Map.of(pkg, Set.of(granted))).check(classes).stream()
                .map(v -> v.location().substring(EXAMPLES.length()) + ": " + v.description().replace(EXAMPLES, ""))
                .toList();
    }

    private static String needs(String capability, String example) {
        return ", which needs capability '" + capability + "', not granted to " + example;
    }

    @Test
    void network_reports_a_java_net_use_but_not_the_uri_value_type() {
        assertEquals(List.of("network.Fetcher (Fetcher.java:11): Method <network.Fetcher.fetch(java.lang.String)> calls method"
                + " <java.net.URL.openStream()>" + needs("network", "network")), found("network"));
    }

    @Test
    void files_reports_java_nio_file_and_a_constructor_taking_a_file_name_but_not_one_taking_a_writer() {
        assertEquals(List.of(
                "files.Saver (Saver.java:9): Method <files.Saver.save(java.lang.String, java.lang.String)> calls constructor"
                        + " <java.io.PrintWriter.<init>(java.lang.String)>" + needs("files", "files"),
                "files.Saver (Saver.java:21): Method <files.Saver.load(java.lang.String)> calls method"
                        + " <java.nio.file.Files.readString(java.nio.file.Path)>" + needs("files", "files"),
                "files.Saver (Saver.java:21): Method <files.Saver.load(java.lang.String)> calls method"
                        + " <java.nio.file.Path.of(java.lang.String, [Ljava.lang.String;)>" + needs("files", "files")),
                found("files"));
    }

    @Test
    void processes_reports_process_builder_and_system_exit() {
        assertEquals(List.of(
                "processes.Launcher (Launcher.java:7): Method <processes.Launcher.launch()> calls constructor"
                        + " <java.lang.ProcessBuilder.<init>([Ljava.lang.String;)>" + needs("processes", "processes"),
                "processes.Launcher (Launcher.java:7): Method <processes.Launcher.launch()> calls method"
                        + " <java.lang.ProcessBuilder.start()>" + needs("processes", "processes"),
                "processes.Launcher (Launcher.java:11): Method <processes.Launcher.quit()> calls method"
                        + " <java.lang.System.exit(int)>" + needs("processes", "processes")),
                found("processes"));
    }

    @Test
    void reflection_reports_class_for_name_and_declared_fields_but_not_a_simple_name() {
        assertEquals(List.of(
                "reflection.Peeker (Peeker.java:5): Method <reflection.Peeker.fields(java.lang.String)> calls method"
                        + " <java.lang.Class.forName(java.lang.String)>" + needs("reflection", "reflection"),
                "reflection.Peeker (Peeker.java:5): Method <reflection.Peeker.fields(java.lang.String)> calls method"
                        + " <java.lang.Class.getDeclaredFields()>" + needs("reflection", "reflection")),
                found("reflection"));
    }

    @Test
    void threads_reports_new_threads_async_futures_and_parallel_streams_but_not_sleep_or_interrupt() {
        assertEquals(List.of(
                "threads.Spawner (Spawner.java:8): Method <threads.Spawner.spawn(java.lang.Runnable)> calls constructor"
                        + " <java.lang.Thread.<init>(java.lang.Runnable)>" + needs("threads", "threads"),
                "threads.Spawner (Spawner.java:8): Method <threads.Spawner.spawn(java.lang.Runnable)> calls method"
                        + " <java.lang.Thread.start()>" + needs("threads", "threads"),
                "threads.Spawner (Spawner.java:12): Method <threads.Spawner.later()> calls method"
                        + " <java.util.concurrent.CompletableFuture.supplyAsync(java.util.function.Supplier)>"
                        + needs("threads", "threads"),
                "threads.Spawner (Spawner.java:16): Method <threads.Spawner.count(java.util.List)> calls method"
                        + " <java.util.List.parallelStream()>" + needs("threads", "threads")),
                found("threads"));
    }

    @Test
    void environment_reports_environment_variables_and_system_properties() {
        assertEquals(List.of(
                "environment.Settings (Settings.java:5): Method <environment.Settings.home()> calls method"
                        + " <java.lang.System.getenv(java.lang.String)>" + needs("environment", "environment"),
                "environment.Settings (Settings.java:9): Method <environment.Settings.size()> calls method"
                        + " <java.lang.Integer.getInteger(java.lang.String)>" + needs("environment", "environment")),
                found("environment"));
    }

    @Test
    void native_reports_a_native_method_and_loading_a_library() {
        assertEquals(List.of(
                "nativecode.Bridge (Bridge.java): Method <nativecode.Bridge.call(int)> is declared native"
                        + needs("native", "nativecode"),
                "nativecode.Bridge (Bridge.java:5): Method <nativecode.Bridge.open()> calls method"
                        + " <java.lang.System.loadLibrary(java.lang.String)>" + needs("native", "nativecode")),
                found("nativecode"));
    }

    @Test
    void values_lambdas_records_service_loader_and_the_interrupt_flag_need_no_capability() {
        assertEquals(List.of(), found("clean"));
    }

    @Test
    void a_granted_capability_allows_its_apis_and_no_other() {
        assertEquals(List.of(), found("network", Capability.NETWORK));
        assertEquals(List.of(), found("threads", Capability.THREADS));
        assertEquals(2, found("environment", Capability.FILES, Capability.NETWORK).size());
    }

    @Test
    void a_class_outside_every_spec_package_is_not_checked() {
        JavaClasses classes = new ClassFileImporter().importPackages(EXAMPLES + "network");
        assertEquals(List.of(), FactoryRules.capabilities(Map.of(EXAMPLES + "files", Set.of())).check(classes));
    }

    @Test
    void a_violation_carries_the_rule_id_why_and_the_fix_to_grant_or_do_without() {
        JavaClasses classes = new ClassFileImporter().importPackages(EXAMPLES + "network");
        Violation violation = FactoryRules.capabilities(Map.of(EXAMPLES + "network", Set.of())).check(classes).get(0);

        assertEquals("capabilities", violation.ruleId());
        assertEquals(11, violation.line());
        assertEquals("grant the capability in the spec's front matter (capabilities: [..]) if the spec truly needs it,"
                + " or do without it", violation.fix());
    }

    @Test
    void capabilities_are_named_as_in_front_matter() {
        assertEquals(List.of("network", "files", "processes", "reflection", "threads", "environment", "native"), Capability.ids());
        assertEquals(Capability.NATIVE, Capability.byId("native").orElseThrow());
        assertEquals(java.util.Optional.empty(), Capability.byId("Network"));
    }
}
