package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunnerClassesTest {

    @Test
    void copies_every_class_file_of_the_runner_package() throws Exception {
        Path compiled = Path.of(ScenarioRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(RunnerClasses.PACKAGE_PATH);
        try (Stream<Path> files = Files.list(compiled)) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(),
                    RunnerClasses.CLASS_FILES.stream().sorted().toList());
        }
    }

    @Test
    void writes_the_runner_into_a_package_directory(@TempDir Path dir) throws Exception {
        RunnerClasses.copyTo(dir);

        assertEquals(Files.size(Path.of(ScenarioRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .resolve(RunnerClasses.PACKAGE_PATH + "ScenarioRunner.class")),
                Files.size(dir.resolve(RunnerClasses.PACKAGE_PATH + "ScenarioRunner.class")));
    }
}
