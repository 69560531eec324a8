package io.github.darkfactory.factory.twins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting one twin process: ready by connection, a lost port retried, a failure with its last lines; none left. */
class TwinProcessTest {

    @TempDir
    Path temp;

    @Test
    void a_twin_is_ready_once_its_port_accepts_and_closing_it_frees_the_port() throws Exception {
        TwinProcess.Started started = TwinProcess.start("t", port -> FixtureTwin.command("serve", port), temp.resolve("t.out"), 30);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), started.port())) {
            assertTrue(socket.isConnected());
        } finally {
            started.process().close();
        }
        assertTrue(!started.process().isAlive());
    }

    @Test
    void a_port_another_process_took_first_is_retried_on_another_port() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        TwinProcess.Started started = TwinProcess.start("t",
                port -> FixtureTwin.command(attempts.incrementAndGet() == 1 ? "port-taken" : "serve", port), temp.resolve("t.out"), 30);
        started.process().close();
        assertEquals(2, attempts.get());
    }

    @Test
    void a_twin_that_exits_at_once_is_named_with_the_last_lines_of_its_output() {
        TwinFailure failure = assertThrows(TwinFailure.class,
                () -> TwinProcess.start("ledger", port -> FixtureTwin.command("exit", port), temp.resolve("l.out"), 30));
        assertEquals(TwinFailure.Reason.NOT_STARTED, failure.reason());
        List<String> lines = failure.getMessage().lines().toList();
        assertTrue(lines.get(0).startsWith("The twin ledger exited with code 3 before it accepted connections on 127.0.0.1:"),
                lines.get(0));
        assertEquals(java.util.OptionalInt.of(3), failure.exitCode());
        assertTrue(!failure.wireMock());
        assertEquals(temp.resolve("l.out"), failure.output().orElseThrow());
        assertEquals("  | line 6", lines.get(2));
        assertEquals("  | line 25", lines.get(lines.size() - 1));
    }

    @Test
    void a_twin_that_never_opens_its_port_is_stopped_at_the_start_timeout() {
        TwinFailure failure = assertThrows(TwinFailure.class,
                () -> TwinProcess.start("mute", port -> FixtureTwin.command("silent", port), temp.resolve("m.out"), 2));
        assertTrue(failure.getMessage().startsWith("The twin mute did not accept connections on 127.0.0.1:"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains(" within 2 s"), failure.getMessage());
        assertTrue(failure.exitCode().isEmpty(), "a twin still running at the timeout has no exit code");
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains(
                FixtureTwin.class.getName() + " silent")), "the silent twin was left running");
    }
}
