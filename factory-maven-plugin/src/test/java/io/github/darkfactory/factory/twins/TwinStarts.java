package io.github.darkfactory.factory.twins;

import java.nio.file.Path;
import java.util.List;

/** For tests outside this package: a fixture twin that serves on a given port, as {@link Twins#start} would start one. */
public final class TwinStarts {

    private TwinStarts() {
    }

    /** {@code count} distinct free ports of 127.0.0.1. */
    public static List<Integer> freePorts(int count) throws java.io.IOException {
        List<Twin> twins = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            twins.add(new Twin("t" + i, "g:a:1", null, Path.of("t.jar")));
        }
        return List.copyOf(Twins.choosePorts(twins).values());
    }

    /**
     * A fixture twin ({@link FixtureTwin}) named {@code name} in {@code mode}, started as {@link Twins#start}
     * starts one: on {@code port}, or on any free port when it is 0.
     */
    public static StartingTwins.Start fixture(String name, String mode, Path output, long timeoutSeconds, int port) {
        return () -> {
            TwinProcess.Started started = port == 0
                    ? TwinProcess.start(name, p -> FixtureTwin.command(mode, p), output, timeoutSeconds)
                    : TwinProcess.start(name, p -> FixtureTwin.command(mode, p), output, timeoutSeconds, port);
            return new RunningTwins(List.of(new RunningTwins.Serving(name, TwinKind.EXECUTABLE, started.port(),
                    List.of(started.process()))));
        };
    }

    /** A twin named {@code name} that exits at once, as a broken one does. */
    public static StartingTwins.Start exitingAtOnce(String name, Path output) {
        return fixture(name, "exit", output, 30, 0);
    }

    /** A twin named {@code name} serving HTTP (an empty request log) on {@code port}; its output goes to {@code output}. */
    public static StartingTwins.Start fixtureOn(String name, int port, Path output) {
        return fixture(name, "http", output, 30, port);
    }
}
