package io.github.darkfactory.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A CI runner that cancels a job hard (SIGKILL, as a job timeout or the OOM killer does) leaves no
 * process of the build behind: every JVM the plugin starts watches the Maven JVM that started it.
 */
class NothingOutlivesTheBuildTest {

    private static final Duration GRACE = Duration.ofSeconds(10);

    @Test
    void a_hanging_scenario_jvm_stops_when_maven_is_killed_with_sigkill() throws Exception {
        String sha = ScenarioJars.install("scn-scenarios-hang", "scn-scenarios-hang-1.0.0.jar");
        MavenBuild build = MavenBuild.copyOf("scn-product", "killed")
                .property("scenario.artifact", "it.factory:scn-scenarios-hang:1.0.0").property("scenario.sha256", sha)
                .property("factory.scenarios.timeout", "900");
        Process maven = build.start("started-build.log", "verify");
        List<ProcessHandle> children = awaitScenarioJvm(maven, build.file("started-build.log"));

        maven.destroyForcibly();                         // SIGKILL: Maven's shutdown hooks never run
        assertTrue(maven.waitFor(30, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + GRACE.toNanos();
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<Long> alive = children.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
        children.forEach(ProcessHandle::destroyForcibly);   // never leave one behind, even when failing
        assertEquals(List.of(), alive, "processes of the killed build still alive " + GRACE.toSeconds() + " s later");
        String output = Files.readString(build.file("target/factory/scenario-output.txt"));
        assertTrue(output.contains("the process that started this JVM is gone"), output);

        MavenBuild.in(build.baseDir()).property("scenario.artifact", "it.factory:scn-scenarios-hang:1.0.0")
                .property("scenario.sha256", sha).property("factory.scenarios.timeout", "5").run("verify")
                .assertFailure()
                .assertLine("The scenario JVM of an earlier build stopped itself because the build process that"
                        + " started it had died (killed, or a CI job cancelled); that build has no evidence");
    }

    /** Every process under Maven once the scenario JVM runs the hanging scenario. */
    private static List<ProcessHandle> awaitScenarioJvm(Process maven, Path log) throws Exception {
        Path results = log.resolveSibling("target").resolve("factory/scenario-results.jsonl");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!maven.isAlive()) {
                fail("Maven ended before the scenario JVM started:\n" + Files.readString(log));
            }
            if (Files.exists(results) && Files.readString(results).contains("\"started\"")) {
                List<ProcessHandle> children = maven.descendants().toList();
                if (!children.isEmpty()) {
                    return children;
                }
            }
            Thread.sleep(200);
        }
        maven.destroyForcibly();
        throw new AssertionError("the scenario JVM never started a scenario:\n" + Files.readString(log));
    }
}
