package io.github.darkfactory.factory.twintools;

import io.github.darkfactory.factory.io.ClassFiles;
import io.github.darkfactory.factory.io.BoundedProcess;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.runner.ParentWatch;
import io.github.darkfactory.factory.twintools.runner.WireMockMain;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs WireMock as a recording proxy in front of a real service, in its own JVM, until the time is
 * up or the JVM is stopped (Ctrl-C), then moves what it recorded into the twin project
 * ({@link RecordedMappings}). WireMock writes each exchange as it completes, so a stop loses nothing
 * that was answered.
 */
public final class TwinRecording {

    /** The proxy's output, in the work directory. */
    public static final String OUTPUT = "wiremock-output.txt";

    private static final List<Class<?>> LAUNCHER_CLASSES = List.of(WireMockMain.class, ParentWatch.class);
    private static final int OUTPUT_LINES = 15;
    private static final long POLL_MILLIS = 200;

    private TwinRecording() {
    }

    public static Recorded run(TwinRecordRequest request, FactoryLog log) throws IOException, TwinToolFailure,
            InterruptedException {
        requireReachable(request.target());
        Path root = request.workDirectory().resolve("root");
        RecordedMappings harvest = RecordedMappings.into(request.resources(), root, log);
        FileTrees.deleteRecursively(root);
        Files.createDirectories(root.resolve(RecordedExchanges.MAPPINGS));
        Files.createDirectories(root.resolve(RecordedExchanges.FILES));
        Path launcher = request.workDirectory().resolve("launcher");
        ClassFiles.copyTo(launcher, LAUNCHER_CLASSES);
        int port = freePort();
        Path output = request.workDirectory().resolve(OUTPUT);
        List<Path> classpath = new ArrayList<>(request.wireMockClasspath());
        classpath.add(launcher);
        ProcessBuilder builder = new ProcessBuilder(request.javaExecutable().toString(), "-cp",
                classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                WireMockMain.class.getName(), Long.toString(ProcessHandle.current().pid()),
                "--port", Integer.toString(port), "--bind-address", "127.0.0.1", "--root-dir", root.toString(),
                "--proxy-all", request.target().toString(), "--record-mappings", "--disable-banner")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        try (BoundedProcess.Running running = BoundedProcess.start(builder)) {
            Thread onStop = new Thread(() -> harvest.afterStop(running::isAlive), "factory-twin-record-stop");
            Runtime.getRuntime().addShutdownHook(onStop);
            try {
                awaitReady(running, port, request.startTimeoutSeconds(), output);
                log.info("Recording " + request.target() + " through http://127.0.0.1:" + port + ": send the traffic to"
                        + " record there; " + (request.seconds() > 0 ? "recording stops after " + request.seconds()
                        + " seconds" : "stop with Ctrl-C") + ".");
                awaitEnd(running, request.seconds(), harvest);
                if (!running.isAlive() && !harvest.stopping()) {
                    log.warn("The recording proxy stopped by itself; its last lines:\n" + lastLines(output));
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onStop);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs: it harvests, and once() below waits for it
                }
            }
        }
        return harvest.once();
    }

    private static void requireReachable(URI target) throws TwinToolFailure {
        String host = target.getHost();
        int port = target.getPort() != -1 ? target.getPort() : "https".equals(target.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
        } catch (UnknownHostException e) {
            throw new TwinToolFailure(TwinToolFailure.Reason.UNREACHABLE, target.toString(), "unknown host " + host, 0);
        } catch (IOException e) {
            throw new TwinToolFailure(TwinToolFailure.Reason.UNREACHABLE, target.toString(),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), 0);
        }
    }

    private static void awaitReady(BoundedProcess.Running running, int port, long timeoutSeconds, Path output)
            throws InterruptedException, TwinToolFailure, IOException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (running.isAlive() && System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        throw new TwinToolFailure(TwinToolFailure.Reason.RECORDER_FAILED, "127.0.0.1:" + port,
                (running.isAlive() ? "no connection within " + timeoutSeconds + " seconds" : "it exited")
                        + "; its last lines:\n" + lastLines(output), 0);
    }

    private static void awaitEnd(BoundedProcess.Running running, long seconds, RecordedMappings harvest)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (running.isAlive() && !harvest.stopping() && (seconds <= 0 || System.nanoTime() - deadline < 0)) {
            Thread.sleep(POLL_MILLIS);
        }
        if (!running.isAlive()) {
            // Ctrl-C reaches the proxy too, maybe before this JVM's hooks start
            Thread.sleep(1000);
        }
    }

    static String lastLines(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return "(no output)";
        }
        List<String> lines = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_LINES), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
