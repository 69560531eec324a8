package io.github.darkfactory.factory.twintools.runner;

import io.github.darkfactory.factory.scenarios.runner.ParentWatch;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Starts WireMock standalone in its own JVM, watched by {@link ParentWatch} so that it stops when the
 * build that started it is gone (docs/architecture.md, "Processes we start"). WireMock is reached by
 * name: it is on this JVM's classpath, never on the plugin's. Uses the JDK alone.
 */
public final class WireMockMain {

    static final String WIREMOCK_MAIN = "wiremock.Run";
    private static final long WATCH_PERIOD_MILLIS = 1000;

    private WireMockMain() {
    }

    /** @param args the build's process id, then WireMock's own arguments */
    public static void main(String[] args) throws Throwable {
        ParentWatch.start(Long.parseLong(args[0]), WATCH_PERIOD_MILLIS);
        try {
            Class.forName(WIREMOCK_MAIN).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
