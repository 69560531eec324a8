package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.io.BoundedProcess;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * One process of a twin on a free port of 127.0.0.1, ready once a connection to it succeeds. A port
 * another process took between our choice and the twin's bind is retried on another port.
 */
final class TwinProcess {

    static final int OUTPUT_TAIL_LINES = 20;
    private static final int ATTEMPTS = 3;
    private static final long POLL_MILLIS = 100;

    /** A process serving on {@code port}. */
    record Started(BoundedProcess.Running process, int port) {
    }

    private TwinProcess() {
    }

    /**
     * @param command the process to start for a port
     * @param output  where its standard output and error go
     */
    static Started start(String twin, IntFunction<ProcessBuilder> command, Path output, long timeoutSeconds)
            throws IOException, InterruptedException, TwinFailure {
        return start(twin, command, output, timeoutSeconds, freePort());
    }

    /** @param firstPort the port of the first attempt (already announced to the scenario JVM); a retry takes another */
    static Started start(String twin, IntFunction<ProcessBuilder> command, Path output, long timeoutSeconds, int firstPort)
            throws IOException, InterruptedException, TwinFailure {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        for (int attempt = 1; ; attempt++) {
            int port = attempt == 1 ? firstPort : freePort();
            ProcessBuilder builder = command.apply(port);
            BoundedProcess.Running process = BoundedProcess.start(builder
                    .redirectErrorStream(true).redirectOutput(output.toFile()));
            Readiness readiness = Readiness.TIMED_OUT;
            try {
                readiness = awaitReady(process, port, deadline);
            } finally {
                if (readiness != Readiness.READY) {
                    process.close();
                }
            }
            if (readiness == Readiness.READY) {
                return new Started(process, port);
            }
            boolean exited = readiness == Readiness.EXITED;
            if (exited && attempt < ATTEMPTS && portTaken(output)) {
                continue;
            }
            OptionalInt exitCode = process.exitCode();
            throw TwinFailure.notStarted(twin, "The twin " + twin + (exited
                    ? " exited" + (exitCode.isPresent() ? " with code " + exitCode.getAsInt() : "")
                    + " before it accepted connections on 127.0.0.1:" + port
                    : " did not accept connections on 127.0.0.1:" + port + " within " + timeoutSeconds + " s"),
                    outputTail(output), builder.command().contains(Twins.WIREMOCK_MAIN),
                    exited ? exitCode : OptionalInt.empty(), output);
        }
    }

    private enum Readiness { READY, EXITED, TIMED_OUT }

    /** Ready once a connection succeeds while the process lives (the port may be another's that took it first). */
    private static Readiness awaitReady(BoundedProcess.Running process, int port, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Readiness.EXITED;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            } catch (IOException notYet) {
                Thread.sleep(POLL_MILLIS);
                continue;
            }
            // a process that took the port first answers too: ours then fails to bind and exits soon after
            Thread.sleep(POLL_MILLIS);
            return process.isAlive() ? Readiness.READY : Readiness.EXITED;
        }
        return process.isAlive() ? Readiness.TIMED_OUT : Readiness.EXITED;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean portTaken(Path output) throws IOException {
        String text = Files.exists(output) ? Files.readString(output, StandardCharsets.ISO_8859_1) : "";
        return text.contains("Address already in use") || text.contains("BindException");
    }

    static List<String> outputTail(Path output) throws IOException {
        List<String> lines = Files.exists(output) ? Files.readAllLines(output, StandardCharsets.ISO_8859_1) : List.of();
        if (lines.isEmpty()) {
            return List.of("  (it printed nothing)");
        }
        List<String> tail = new ArrayList<>();
        tail.add("  last lines of its output (" + output + "):");
        lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()).forEach(l -> tail.add("  | " + l));
        return tail;
    }
}
