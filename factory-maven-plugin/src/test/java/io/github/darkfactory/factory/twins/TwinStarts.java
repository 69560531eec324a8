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

    /** A twin named {@code name} that exits at once, as a broken one does. */
    public static StartingTwins.Start exitingAtOnce(String name, Path output) {
        return () -> {
            TwinProcess.start(name, p -> new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), FixtureTwin.class.getName(), "exit", Integer.toString(p)),
                    output, 30);
            throw new IllegalStateException("the fixture twin should have exited");
        };
    }

    /** A twin named {@code name} serving HTTP (an empty request log) on {@code port}; its output goes to {@code output}. */
    public static StartingTwins.Start fixtureOn(String name, int port, Path output) {
        return () -> {
            TwinProcess.Started started = TwinProcess.start(name, p -> new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), FixtureTwin.class.getName(), "http", Integer.toString(p)),
                    output, 30, port);
            return new RunningTwins(List.of(new RunningTwins.Serving(name, TwinKind.EXECUTABLE, started.port(),
                    List.of(started.process()))));
        };
    }
}
