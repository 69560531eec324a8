package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.twins.TwinSetup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PIT's test JVMs meet what the scenario JVM meets: its argLine and each twin's URL. */
class PitRunTest {

    private static StrengthRequest request(String argLine) {
        return new StrengthRequest(Map.of("x", List.of("a.X")), List.of(), Path.of("s.jar"), List.of(), List.of(),
                List.of(), Path.of("classes"), Path.of("src"), List.of(Path.of("pit.jar")), Path.of("factory"),
                Path.of("."), Path.of("java"), Instant.EPOCH, 2, 60, true, 0, argLine, TwinSetup.NONE, false);
    }

    private static List<String> arguments(String argLine, Map<String, String> twinProperties) {
        PitRun.Spec spec = new PitRun.Spec(Path.of("run"), List.of("a.X"), List.of("s.*"), List.of("X-1"), List.of());
        return PitRun.arguments(request(argLine), spec, Path.of("launcher"), Path.of("report"), Path.of("cp.txt"),
                twinProperties).lines().toList();
    }

    @Test
    void the_scenario_arg_line_comes_first_then_each_twin_url_as_a_system_property() {
        Map<String, String> twins = new TreeMap<>(Map.of("factory.twin.payments.url", "http://127.0.0.1:4001",
                "factory.twin.greeter.url", "http://127.0.0.1:4002"));

        assertEquals("-Xmx256m -Dlang=\"en GB\" -Dfactory.twin.greeter.url=http://127.0.0.1:4002"
                        + " -Dfactory.twin.payments.url=http://127.0.0.1:4001",
                PitRun.testJvmArgLine("  -Xmx256m -Dlang=\"en GB\" ", twins));
    }

    @Test
    void pit_gets_the_arg_line_as_one_argument_file_token() {
        List<String> lines = arguments("-Dlang=\"en GB\"", Map.of("factory.twin.greeter.url", "http://127.0.0.1:4002"));

        int option = lines.indexOf("--argLine");
        assertTrue(option > 0, lines.toString());
        assertEquals("\"-Dlang=\\\"en GB\\\" -Dfactory.twin.greeter.url=http://127.0.0.1:4002\"", lines.get(option + 1));
    }

    @Test
    void without_arg_line_or_twins_pit_gets_no_arg_line() {
        assertFalse(arguments(null, Map.of()).contains("--argLine"));
        assertEquals("", PitRun.testJvmArgLine(" ", Map.of()));
    }
}
