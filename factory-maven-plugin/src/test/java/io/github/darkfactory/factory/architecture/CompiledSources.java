package io.github.darkfactory.factory.architecture;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tiny fixture projects: sources written to src/main/java and compiled to target/classes. */
final class CompiledSources {

    private CompiledSources() {
    }

    /** Writes each {@code path -> source} under {@code project/src/main/java} and compiles them all. */
    static Path compile(Path project, Map<String, String> sources) throws IOException {
        Path sourceRoot = project.resolve("src/main/java");
        Path classes = project.resolve("target/classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, args.toArray(String[]::new));
        assertEquals(0, exit, () -> errors.toString(StandardCharsets.UTF_8));
        return classes;
    }
}
