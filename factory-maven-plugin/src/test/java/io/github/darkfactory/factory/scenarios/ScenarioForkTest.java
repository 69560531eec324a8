package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioForkTest {

    @Test
    void writes_arg_line_verbatim_and_quotes_everything_else() {
        ScenarioFork.Request request = new ScenarioFork.Request(Path.of("java"), Path.of("."),
                List.of(Path.of("a b"), Path.of("c")), Path.of("s.jar"), "-Xmx64m -javaagent:\"x y.jar\"",
                Map.of("k", "v \"w\""), Map.of(), 5, Path.of("work"));

        String file = ScenarioFork.argumentFile(request, Path.of("r.jsonl"));

        List<String> lines = file.lines().toList();
        assertEquals("-Xmx64m -javaagent:\"x y.jar\"", lines.get(0));
        assertEquals("\"-Dk=v \\\"w\\\"\"", lines.get(1));
        assertEquals("-cp", lines.get(2));
        assertTrue(lines.get(3).startsWith("\"a b"), lines.get(3));
        assertEquals(ScenarioFork.RUNNER_MAIN, lines.get(4));
    }

    @Test
    void names_the_classes_to_run_after_the_pid_and_none_for_a_scenario_jar() {
        ScenarioFork.Request scenarios = new ScenarioFork.Request(Path.of("java"), Path.of("."), List.of(Path.of("c")),
                Path.of("s.jar"), null, Map.of(), Map.of(), 5, Path.of("work"));
        ScenarioFork.Request classes = new ScenarioFork.Request(Path.of("java"), Path.of("."), List.of(Path.of("c")),
                Path.of("classes"), null, Map.of(), Map.of(), 5, Path.of("work"), List.of("com.acme.ATest", "com.acme.BTest"));

        List<String> scenarioLines = ScenarioFork.argumentFile(scenarios, Path.of("r.jsonl")).lines().toList();
        List<String> classLines = ScenarioFork.argumentFile(classes, Path.of("r.jsonl")).lines().toList();

        assertEquals(Long.toString(ProcessHandle.current().pid()), scenarioLines.get(scenarioLines.size() - 1));
        assertEquals(List.of(Long.toString(ProcessHandle.current().pid()), "com.acme.ATest", "com.acme.BTest"),
                classLines.subList(classLines.size() - 3, classLines.size()));
    }

    @Test
    void escapes_backslashes_of_windows_paths() {
        assertEquals("\"C:\\\\x\\\\y.jar\"", ScenarioFork.quote("C:\\x\\y.jar"));
    }

    @Test
    void a_jvm_that_could_not_start_names_the_exception_that_ended_it_with_its_message_lines(@TempDir Path dir)
            throws Exception {
        Path output = dir.resolve("scenario-output.txt");
        Files.writeString(output, "Picked up JAVA_TOOL_OPTIONS: -Xss1m\n"
                + "Exception in thread \"main\" org.junit.platform.commons.JUnitException: The wrapped NoClassDefFoundError"
                + " is likely caused by the versions of JUnit jars on the classpath/module path not being properly aligned.\n"
                + "The following conflicting versions were detected:\n"
                + "- org.junit.platform.commons: 1.11.4\n"
                + "- org.junit.platform.engine: 1.14.2\n"
                + "\tat org.junit.platform.launcher.core.LauncherFactory.openSession(LauncherFactory.java:1)\n"
                + "Caused by: java.lang.NoClassDefFoundError: org/junit/platform/commons/util/KotlinReflectionUtils\n");

        String cause = ScenarioFork.startFailure(output);

        assertTrue(cause.startsWith("Exception in thread \"main\" org.junit.platform.commons.JUnitException:"), cause);
        assertTrue(cause.endsWith("- org.junit.platform.commons: 1.11.4 - org.junit.platform.engine: 1.14.2"), cause);
    }

    @Test
    void a_jvm_option_that_java_rejects_is_the_cause(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("scenario-output.txt");
        Files.writeString(output, "Unrecognized VM option 'NoSuchOption'\n"
                + "Error: Could not create the Java Virtual Machine.\n");

        assertEquals("Unrecognized VM option 'NoSuchOption' Error: Could not create the Java Virtual Machine",
                ScenarioFork.startFailure(output));
    }
}
