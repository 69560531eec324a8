package io.github.darkfactory.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first day: {@code archetype:generate} in an empty directory, then the two commands it prints,
 * with no model and no key (docs/archetype.md).
 */
class ArchetypeTest {

    @Test
    void a_new_product_passes_its_two_printed_commands_with_no_model() throws Exception {
        Path dir = Paths.get(System.getProperty("it.work"), "archetype-first-day");
        MavenBuild.deleteTree(dir);
        Files.createDirectories(dir);

        MavenBuild.in(dir).run("archetype:generate", "-DarchetypeGroupId=io.github.darkfactory",
                        "-DarchetypeArtifactId=factory-archetype", "-DarchetypeVersion=" + System.getProperty("it.pluginVersion"),
                        "-DgroupId=com.acme", "-DartifactId=hello", "-Dversion=1.0.0-SNAPSHOT")
                .assertSuccess()
                .assertLine("Created a dark-factory product in ", "hello. In that directory, with no model and no key:")
                .assertLine("  mvn -f scenarios/pom.xml deploy ")
                .assertLine("  mvn factory:generate verify ");
        Path product = dir.resolve("hello");
        String readme = Files.readString(product.resolve("README.md"));
        assertTrue(readme.contains("mvn -f scenarios/pom.xml deploy\nmvn factory:generate verify\n"), readme);
        assertFalse(Files.readString(product.resolve("pom.xml")).contains("</sha256>"), "unpinned until the scenarios are released");

        MavenBuild build = MavenBuild.in(product);
        build.run("-f", "scenarios/pom.xml", "deploy").assertSuccess()
                .assertLine("[INFO] Pinned com.acme:hello-scenarios:1.0.0 with sha256 ", "(was com.acme:hello-scenarios:1.0.0, unpinned).");
        assertTrue(Files.isDirectory(product.resolve("repo/com/acme/hello-scenarios/1.0.0")), "released into the file repository");

        build.run("factory:generate", "verify").assertSuccess()
                .assertLine("[INFO] Specs: 1 up to date, 0 generated, 0 failed")
                .assertLine("[INFO] Scenarios: 3 run, 3 passed, 0 failed")
                .assertLine("[INFO] Requirements: 2, satisfied 2, missing 0, failed 0 — PASSED")
                .assertNoLine("[WARNING]");
    }
}
