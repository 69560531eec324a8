package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Twins started in the background: awaited with their URLs, a failure thrown at the await, none left after close. */
class StartingTwinsTest {

    @TempDir
    Path temp;

    private final List<String> logged = new ArrayList<>();
    private final FactoryLog log = new FactoryLog() {
        @Override
        public void info(String message) {
            logged.add(message);
        }

        @Override
        public void warn(String message) {
            logged.add(message);
        }

        @Override
        public void error(String message) {
            logged.add(message);
        }

        @Override
        public void debug(String message) {
        }
    };

    private StartingTwins.Start fixture(String name, String mode, long timeoutSeconds) {
        return TwinStarts.fixture(name, mode, temp.resolve(name + ".out"), timeoutSeconds, 0);
    }

    /** Whether the fixture twin whose output is {@code <name>.out} runs (it prints its pid first). */
    private boolean running(String name) throws IOException {
        Path output = temp.resolve(name + ".out");
        List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
        return !lines.isEmpty() && lines.get(0).startsWith("pid ")
                && ProcessHandle.of(Long.parseLong(lines.get(0).substring(4))).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void awaiting_gives_the_serving_twins_and_logs_each_url_once_and_closing_stops_them() throws Exception {
        RunningTwins twins;
        try (StartingTwins starting = StartingTwins.inBackground(fixture("ledger", "serve", 30), Map.of(), 30, log)) {
            twins = starting.await();
            assertEquals(twins, starting.await());
            String url = twins.systemProperties().get("factory.twin.ledger.url");
            assertTrue(url.startsWith("http://127.0.0.1:"), url);
            assertEquals(List.of("Twin factory.twin.ledger.url = " + url), logged);
            assertTrue(running("ledger"));
        }
        assertTrue(!running("ledger"), "the twin outlived close()");
    }

    @Test
    void a_twin_that_cannot_start_fails_the_await_with_its_own_failure() {
        try (StartingTwins starting = StartingTwins.inBackground(fixture("broken", "exit", 30), Map.of(), 30, log)) {
            TwinFailure failure = assertThrows(TwinFailure.class, starting::await);
            assertTrue(failure.getMessage().startsWith("The twin broken exited with code 3 before it accepted connections"),
                    failure.getMessage());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void closing_while_a_twin_is_still_starting_stops_its_process_and_the_start() throws Exception {
        StartingTwins starting = StartingTwins.inBackground(fixture("mute", "silent", 120), Map.of(), 30, log);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!running("mute") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(running("mute"), "the silent twin never started");

        starting.close();

        assertTrue(!running("mute"), "a twin still starting outlived close()");
        assertThrows(IllegalStateException.class, starting::await);
    }

    @Test
    void no_twins_await_nothing_and_close_quietly() throws Exception {
        assertTrue(StartingTwins.NONE.isEmpty());
        StartingTwins.NONE.close();
        assertThrows(IllegalStateException.class, StartingTwins.NONE::await);
    }
}
