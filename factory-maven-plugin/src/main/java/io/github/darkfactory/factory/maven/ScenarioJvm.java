package io.github.darkfactory.factory.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

import java.nio.file.Path;

/** Which {@code java} starts the scenario JVM, and with which extra arguments, in Maven's terms. */
final class ScenarioJvm {

    private ScenarioJvm() {
    }

    /** The {@code jdk} toolchain's {@code java} when maven-toolchains-plugin selected one, else the JVM running Maven. */
    static Path javaExecutable(ToolchainManager toolchains, MavenSession session, Log log) {
        Toolchain toolchain = toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
        String fromToolchain = toolchain == null ? null : toolchain.findTool("java");
        if (fromToolchain != null) {
            log.info("Scenario JVM from toolchain: " + fromToolchain);
            return Path.of(fromToolchain);
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** The argLine, or null; an unset {@code ${argLine}} reaches us as its own literal text, which no JVM accepts. */
    static String effectiveArgLine(String argLine) {
        String cleaned = argLine == null ? "" : argLine.replace("${argLine}", "").replace("@{argLine}", "").trim();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
