package io.github.darkfactory.factory.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLockTest {

    private final List<String> heard = new ArrayList<>();
    private final RunLock.Listener listener = new RunLock.Listener() {
        @Override
        public void waiting(RunLock.Holder holder) {
            heard.add("waiting for " + holder.pid() + " " + holder.what());
        }

        @Override
        public void tookOver(RunLock.Holder stale) {
            heard.add("took over from " + stale.pid() + " " + stale.what() + (stale.alive() ? " (alive)" : " (dead)"));
        }
    };

    @Test
    void a_second_run_waits_for_the_holder_and_gives_up_at_the_timeout_naming_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generate.lock");
        long self = ProcessHandle.current().pid();
        try (RunLock held = RunLock.acquire(file, Duration.ZERO, "first run", listener)) {
            RunLock.TimedOut e = assertThrows(RunLock.TimedOut.class,
                    () -> RunLock.acquire(file, Duration.ofMillis(500), "second run", listener));

            assertEquals(self, e.holder().pid());
            assertEquals("first run", e.holder().what());
            assertEquals(List.of("waiting for " + self + " first run"), heard);
        }
    }

    @Test
    void a_released_lock_is_taken_without_waiting_or_taking_over(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generate.lock");
        RunLock.acquire(file, Duration.ZERO, "first run", listener).close();

        assertEquals(0, Files.size(file), "the holder's text is removed on release");
        RunLock.acquire(file, Duration.ZERO, "second run", listener).close();
        assertEquals(List.of(), heard);
    }

    @Test
    void the_lock_of_a_process_that_died_holding_it_is_taken_over_with_a_word(@TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();
        Path file = Files.writeString(dir.resolve("generate.lock"), gone.pid() + "\n" + Instant.now() + "\nkilled run\n");

        try (RunLock lock = RunLock.acquire(file, Duration.ZERO, "next run", listener)) {
            assertEquals(List.of("took over from " + gone.pid() + " killed run (dead)"), heard);
            assertTrue(Files.readString(file).contains("next run"));
        }
    }

    @Test
    void text_that_names_no_holder_is_not_a_holder() {
        assertFalse(RunLock.Holder.parse("").isPresent());
        assertFalse(RunLock.Holder.parse("x\ny\nz").isPresent());
    }
}
