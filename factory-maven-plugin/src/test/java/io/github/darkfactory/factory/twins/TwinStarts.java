package io.github.darkfactory.factory.twins;

import java.nio.file.Path;
import java.util.List;

/** For tests outside this package: a fixture twin that serves on a given port, as {@link Twins#start} would start one. */
public final class TwinStarts {

    private TwinStarts() {
    }

    public static int freePort() throws java.io.IOException {
        return TwinProcess.freePort();
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
