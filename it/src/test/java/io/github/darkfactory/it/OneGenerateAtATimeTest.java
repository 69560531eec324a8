package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two command-line {@code factory:generate} runs of one project (an IDE and a terminal): the second
 * waits for the first instead of paying for the same model calls, and a lock left by a killed run is
 * taken over. The model is a provider twin whose answer takes a while, as a real model's does.
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

    @AfterEach
    void stopTwin() {
        twin.stop();
    }

    private MavenBuild greeter(String copyName) {
        return MavenBuild.copyOf("gtw-greeter", copyName).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-" + UUID.randomUUID());
    }

    private MavenBuild sameProject(MavenBuild build) {
        return MavenBuild.in(build.baseDir()).property("twin.url", twin.baseUrl())
                .environment("OPENAI_API_KEY", "sk-test-" + UUID.randomUUID());
    }

    /** Returns once the started build has asked the model, so it holds the project's lock. */
    private void awaitFirstRequest(Process maven, MavenBuild build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (twin.requests().isEmpty()) {
            if (!maven.isAlive() || System.nanoTime() > deadline) {
                fail("the first build never asked the model:\n" + Files.readString(build.file("started-build.log")));
            }
            Thread.sleep(100);
        }
    }

    @Test
    void a_second_generate_waits_for_the_first_and_then_finds_everything_up_to_date() throws Exception {
        twin.reply(Reply.text(GOOD).after(Duration.ofSeconds(8)));
        MavenBuild first = greeter("concurrent");
        Process running = first.start("factory:generate");
        awaitFirstRequest(running, first);

        sameProject(first).run("factory:generate").assertSuccess()
                .assertLine("Another factory:generate (process " + running.pid(), "is running in this project; waiting up to 600 s")
                .assertLine("Waited ", " s for the other run to finish")
                .assertLine("Specs: 1 up to date, 0 generated, 0 failed");

        assertTrue(running.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, running.exitValue(), Files.readString(first.file("started-build.log")));
        assertEquals(1, twin.requests().size(), "the model was asked once for the one spec");
    }

    @Test
    void the_lock_of_a_killed_generate_is_taken_over() throws Exception {
        twin.reply(Reply.text(GOOD).after(Duration.ofSeconds(60)), Reply.text(GOOD));
        MavenBuild first = greeter("killed");
        Process killed = first.start("factory:generate");
        awaitFirstRequest(killed, first);
        killed.destroyForcibly();                        // SIGKILL: the run never releases its lock
        assertTrue(killed.waitFor(30, TimeUnit.SECONDS));

        sameProject(first).run("factory:generate").assertSuccess()
                .assertLine("Taking over the lock of factory:generate (process " + killed.pid(), "which ended without releasing it")
                .assertLine("Specs: 0 up to date, 1 generated, 0 failed")
                .assertNoLine("is running in this project; waiting");
    }

    @Test
    void a_run_that_cannot_get_the_lock_in_time_gives_up_naming_the_holder() throws Exception {
        twin.reply(Reply.text(GOOD).after(Duration.ofSeconds(20)));
        MavenBuild first = greeter("timeout");
        Process running = first.start("factory:generate");
        awaitFirstRequest(running, first);

        sameProject(first).property("factory.lockTimeout", "2").run("factory:generate").assertFailure()
                .assertLine("Gave up after 2 s: factory:generate (process " + running.pid())
                .assertLine("Let it finish or stop it, or wait longer with -Dfactory.lockTimeout=<seconds>.");

        running.destroyForcibly();
        running.waitFor(30, TimeUnit.SECONDS);
    }
}
