package io.github.darkfactory.factory.scenarios;

import org.junit.jupiter.api.Test;

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
    void escapes_backslashes_of_windows_paths() {
        assertEquals("\"C:\\\\x\\\\y.jar\"", ScenarioFork.quote("C:\\x\\y.jar"));
    }
}
