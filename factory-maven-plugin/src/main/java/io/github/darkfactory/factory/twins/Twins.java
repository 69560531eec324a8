package io.github.darkfactory.factory.twins;

import io.github.darkfactory.factory.io.FileTrees;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts the twins of a scenario run, all at once, each on a free port of 127.0.0.1; the run waits
 * for the slowest. When one cannot start, the others are stopped and the first failure (in the
 * order configured) is thrown.
 */
public final class Twins {

    static final String WIREMOCK_MAIN = "wiremock.Run";

    private Twins() {
    }

    /**
     * @param twins     pin-checked twins
     * @param java      the {@code java} that starts every twin JVM
     * @param jvmOptions options of every twin JVM, before its main class or jar
     * @param directory {@code target/factory/twins}: extracted mappings, the twins' output, the journals
     */
    public static RunningTwins start(List<Twin> twins, TwinSetup setup, Path java, List<String> jvmOptions, Path directory)
            throws IOException, InterruptedException, TwinFailure {
        return start(twins, setup, java, jvmOptions, directory, choosePorts(twins));
    }

    /**
     * A free port of 127.0.0.1 for each twin to serve on, chosen before it starts, so that the scenario
     * JVM can be told its URL early; a twin that loses its port to another process serves on another.
     */
    public static Map<String, Integer> choosePorts(List<Twin> twins) throws IOException {
        Map<String, Integer> ports = new TreeMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            // each held until all are chosen, so that no two twins get the same port
            for (Twin twin : twins) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.put(twin.name(), socket.getLocalPort());
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    /** @param ports each twin's port, from {@link #choosePorts} */
    public static RunningTwins start(List<Twin> twins, TwinSetup setup, Path java, List<String> jvmOptions, Path directory,
                                     Map<String, Integer> ports) throws IOException, InterruptedException, TwinFailure {
        if (twins.isEmpty()) {
            return new RunningTwins(List.of());
        }
        Files.createDirectories(directory);
        ExecutorService pool = Executors.newFixedThreadPool(twins.size(), runnable -> {
            Thread thread = new Thread(runnable, "factory-twin-start");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<RunningTwins.Serving>> starts = new ArrayList<>();
        for (Twin twin : twins) {
            starts.add(pool.submit(() -> startOne(twin, setup, java, jvmOptions, directory, ports.get(twin.name()))));
        }
        pool.shutdown();
        List<RunningTwins.Serving> started = new ArrayList<>();
        Throwable first = null;
        try {
            for (Future<RunningTwins.Serving> start : starts) {
                try {
                    started.add(start.get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            starts.stream().filter(f -> f.isDone() && !f.isCancelled()).forEach(f -> addIfStarted(f, started));
            new RunningTwins(started).close();
            throw e;
        }
        if (first != null) {
            new RunningTwins(started).close();
            rethrow(first);
        }
        return new RunningTwins(started);
    }

    private static RunningTwins.Serving startOne(Twin twin, TwinSetup setup, Path java, List<String> jvmOptions,
                                                 Path directory, int port)
            throws IOException, InterruptedException, TwinFailure {
        TwinKind kind = TwinKind.of(twin.name(), twin.jar());
        Path root = directory.resolve(twin.name());
        if (kind == TwinKind.MAPPINGS) {
            TwinMappings.extract(twin.name(), twin.jar(), root);
            TwinProcess.Started wireMock = TwinProcess.start(twin.name(),
                    p -> wireMock(java, jvmOptions, setup, p, root, null), directory.resolve(twin.name() + ".out"),
                    setup.startTimeoutSeconds(), port);
            return new RunningTwins.Serving(twin.name(), kind, wireMock.port(), List.of(wireMock.process()));
        }
        Path emptyRoot = root.resolve("proxy");
        FileTrees.deleteRecursively(root);
        Files.createDirectories(emptyRoot.resolve("mappings"));
        TwinProcess.Started program = TwinProcess.start(twin.name(),
                p -> executable(java, jvmOptions, twin, p, root), directory.resolve(twin.name() + ".out"),
                setup.startTimeoutSeconds());
        try {
            String target = "http://127.0.0.1:" + program.port();
            TwinProcess.Started proxy = TwinProcess.start(twin.name(),
                    p -> wireMock(java, jvmOptions, setup, p, emptyRoot, target),
                    directory.resolve(twin.name() + "-proxy.out"), setup.startTimeoutSeconds(), port);
            return new RunningTwins.Serving(twin.name(), kind, proxy.port(), List.of(proxy.process(), program.process()));
        } catch (IOException | InterruptedException | TwinFailure | RuntimeException e) {
            program.process().close();
            throw e;
        }
    }

    private static ProcessBuilder wireMock(Path java, List<String> jvmOptions, TwinSetup setup, int port, Path root,
                                           String proxyTarget) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", setup.wireMockClasspath().stream()
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator)), WIREMOCK_MAIN,
                "--port", Integer.toString(port), "--bind-address", "127.0.0.1", "--root-dir", root.toString(),
                "--disable-banner"));
        if (proxyTarget != null) {
            command.addAll(List.of("--proxy-all", proxyTarget));
        }
        return new ProcessBuilder(command);
    }

    private static ProcessBuilder executable(Path java, List<String> jvmOptions, Twin twin, int port, Path root) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", twin.jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        return builder;
    }

    private static void addIfStarted(Future<RunningTwins.Serving> future, List<RunningTwins.Serving> started) {
        try {
            started.add(future.get());
        } catch (ExecutionException | InterruptedException notStarted) {
            // nothing of it runs
        }
    }

    static void rethrow(Throwable failure) throws IOException, InterruptedException, TwinFailure {
        if (failure instanceof TwinFailure twinFailure) {
            throw twinFailure;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(failure);
    }
}
