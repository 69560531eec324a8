package io.github.darkfactory.factory.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Copies the runner's class files out of the plugin jar into a directory for the fork's classpath:
 * the fork must see the runner but nothing else of the plugin (whose own libraries would clash
 * with the product's).
 */
final class RunnerClasses {

    static final String PACKAGE_PATH = "io/github/darkfactory/factory/scenarios/runner/";
    /** Every class file of the runner package; a unit test keeps this list complete. */
    static final List<String> CLASS_FILES = List.of("ScenarioRunner.class", "ScenarioRunner$JsonLinesListener.class", "ParentWatch.class");

    private RunnerClasses() {
    }

    static void copyTo(Path directory) throws IOException {
        Path packageDirectory = directory.resolve(PACKAGE_PATH);
        Files.createDirectories(packageDirectory);
        for (String name : CLASS_FILES) {
            try (InputStream in = RunnerClasses.class.getClassLoader().getResourceAsStream(PACKAGE_PATH + name)) {
                if (in == null) {
                    throw new IllegalStateException("the plugin jar lacks " + PACKAGE_PATH + name);
                }
                Files.copy(in, packageDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
