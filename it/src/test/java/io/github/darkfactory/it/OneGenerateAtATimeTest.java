package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two command-line {@code factory:generate} runs of one project (an IDE and a terminal): the second
 * waits for the first instead of paying for the same model calls, and a lock left by a killed run is
 * taken over. The model is a provider twin that holds its first answer until the test lets it go, so
 * the first run is sure to hold the lock however slowly the machine starts the second build.
 */
class OneGenerateAtATimeTest {

    private static final String GOOD = """
            ### it/gtw/greeting/impl/PoliteGreeter.java
            ```java
            package it.gtw.greeting.impl;

            import it.gtw.greeting.Greeter;

            public class PoliteGreeter implements Greeter {
                @Override
                public String greet(String name) {
                    return "Hello, " + name + "!";
                }
            }
            ```
            """;

    private final ProviderTwin twin = ProviderTwin.start("openai");
    private final CountDownLatch releaseFirstAnswer = new CountDownLatch(1);

    OneGenerateAtATimeTest() {
        AtomicBoolean first = new AtomicBoolean(true);
        twin.otherwise(request -> {
            if (first.getAndSet(false)) {
                try {
                    releaseFirstAnswer.await(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.text(GOOD);
        });
    }

    @AfterEach
    void stopTwin() {
        releaseFirstAnswer.countDown();
        twin.stop();
    }

    /** The greeter product, with a model timeout long enough to outlast a held answer. */
    private MavenBuild greeter(String copyName) throws IOException {
        MavenBuild build = MavenBuild.copyOf("gtw-greeter", copyName);
        Path pom = build.file("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<timeout>PT60S</timeout>", "<timeout>PT15M</timeout>"));
        return build.property("twin.url", twin.baseUrl()).environment("OPENAI_API_KEY", "sk-test-" + UUID.randomUUID());
    }

    private MavenBuild sameProject(MavenBuild build) {
        return MavenBuild.in(build.baseDir()).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-" + UUID.randomUUID());
    }

    /** Returns once the started build has asked the model, so it holds the project's lock. */
    private void awaitFirstRequest(Process maven, Path log) throws Exception {
        awaitUntil(maven, log, () -> !twin.requests().isEmpty(), "the first build never asked the model");
    }

    private static void awaitLine(Process maven, Path log, String fragment) throws Exception {
        awaitUntil(maven, log, () -> Files.exists(log) && Files.readString(log).contains(fragment),
                "no line with '" + fragment + "'");
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void awaitUntil(Process maven, Path log, Condition condition, String failure) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.holds()) {
            if (!maven.isAlive() || System.nanoTime() > deadline) {
                maven.destroyForcibly();
                fail(failure + ":\n" + (Files.exists(log) ? Files.readString(log) : "(no output)"));
            }
            Thread.sleep(200);
        }
    }

    @Test
    void a_second_generate_waits_for_the_first_and_then_finds_everything_up_to_date() throws Exception {
        MavenBuild first = greeter("concurrent");
        Path firstLog = first.file("first-build.log");
        Path secondLog = first.file("second-build.log");
        Process running = first.start("first-build.log", "factory:generate");
        awaitFirstRequest(running, firstLog);

        Process second = sameProject(first).start("second-build.log", "factory:generate");
        awaitLine(second, secondLog, "is running in this project; waiting up to 600 s");
        releaseFirstAnswer.countDown();

        assertTrue(running.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, running.exitValue(), Files.readString(firstLog));
        assertEquals(0, second.exitValue(), Files.readString(secondLog));
        String log = Files.readString(secondLog);
        assertTrue(log.contains("Another factory:generate (process " + running.pid() + ", since "), log);
        assertTrue(log.contains(" s for the other run to finish"), log);
        assertTrue(log.contains("Specs: 1 up to date, 0 generated, 0 failed"), log);
        assertEquals(1, twin.requests().size(), "the model was asked once for the one spec");
    }

    @Test
    void a_lifecycle_build_does_not_wait_and_leaves_the_running_generate_alone() throws Exception {
        MavenBuild first = greeter("bound");
        Process running = first.start("first-build.log", "factory:generate");
        awaitFirstRequest(running, first.file("first-build.log"));

        MavenBuild.Result bound = sameProject(first).run("generate-sources").assertSuccess()
                .assertLine("factory:generate (process " + running.pid(), "is writing this project's generated code,"
                        + " so this build neither checks nor repairs it");
        assertFalse(bound.log().contains("waiting up to"), bound.log());

        releaseFirstAnswer.countDown();
        assertTrue(running.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, running.exitValue(), Files.readString(first.file("first-build.log")));
    }

    @Test
    void the_lock_of_a_killed_generate_is_taken_over() throws Exception {
        MavenBuild first = greeter("killed");
        Process killed = first.start("first-build.log", "factory:generate");
        awaitFirstRequest(killed, first.file("first-build.log"));
        killed.destroyForcibly();                        // SIGKILL: the run never releases its lock
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));

        MavenBuild.Result next = sameProject(first).run("factory:generate").assertSuccess()
                .assertLine("Taking over the lock of factory:generate (process " + killed.pid(), "which ended without releasing it")
                .assertLine("Specs: 0 up to date, 1 generated, 0 failed");
        assertFalse(next.log().contains("is running in this project; waiting"), next.log());
    }

    @Test
    void a_run_that_cannot_get_the_lock_in_time_gives_up_naming_the_holder() throws Exception {
        MavenBuild first = greeter("timeout");
        Process running = first.start("first-build.log", "factory:generate");
        awaitFirstRequest(running, first.file("first-build.log"));

        sameProject(first).property("factory.lockTimeout", "2").run("factory:generate").assertFailure()
                .assertLine("Gave up after 2 s: factory:generate (process " + running.pid())
                .assertLine("Let it finish or stop it, or wait longer with -Dfactory.lockTimeout=<seconds>.");

        running.destroyForcibly();
        running.waitFor(30, TimeUnit.SECONDS);
    }
}
