package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Copies the runner's class files out of the plugin jar into a directory for the fork's classpath:
 * the fork must see the runner but nothing else of the plugin (whose own libraries would clash
 * with the product's).
 */
final class RunnerClasses {

    static final String PACKAGE_PATH = "io/github/darkfactory/factory/scenarios/runner/";
    /** Every class file of the runner package; a unit test keeps this list complete. */
    static final List<String> CLASS_FILES = List.of("ScenarioRunner.class", "ScenarioRunner$JsonLinesListener.class", "ParentWatch.class",
            "ParentWatchAgent.class");

    private RunnerClasses() {
    }

    /**
     * A jar of {@link io.github.darkfactory.factory.scenarios.runner.ParentWatchAgent} and what it needs,
     * written beside the copied classes, for {@code -javaagent:}; returns its path.
     */
    static Path watchAgentJar(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", PACKAGE_PATH.replace('/', '.') + "ParentWatchAgent");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (String name : List.of("ParentWatch.class", "ParentWatchAgent.class")) {
                jar.putNextEntry(new JarEntry(PACKAGE_PATH + name));
                try (InputStream in = RunnerClasses.class.getClassLoader().getResourceAsStream(PACKAGE_PATH + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the plugin jar lacks " + PACKAGE_PATH + name);
                    }
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        Path agent = directory.resolve("parent-watch-agent.jar");
        Files.createDirectories(directory);
        AtomicFiles.write(agent, bytes.toByteArray());
        return agent;
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
