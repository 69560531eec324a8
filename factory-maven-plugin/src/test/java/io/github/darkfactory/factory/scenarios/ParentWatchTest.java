package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.ParentWatch;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A JVM that watches its parent stops soon after the parent dies, and says so in its output. */
class ParentWatchTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void a_watched_jvm_stops_when_its_parent_is_killed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path output = dir.resolve("child.txt");
        // a parent JVM that starts a watched child which would sleep for ten minutes, then hangs itself
        Process parent = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"),
                WatchedChild.Parent.class.getName(), JAVA, output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("parent.txt").toFile()).start();
        long childPid = WatchedChild.awaitChildPid(dir.resolve("parent.txt"));
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();

        parent.destroyForcibly();                       // SIGKILL on Unix: no shutdown hook runs
        parent.waitFor();

        assertTrue(child.onExit().get(20, TimeUnit.SECONDS) != null);
        assertTrue(java.nio.file.Files.readString(output).contains(ParentWatch.PARENT_GONE),
                java.nio.file.Files.readString(output));
        assertEquals(false, child.isAlive());
    }
}
