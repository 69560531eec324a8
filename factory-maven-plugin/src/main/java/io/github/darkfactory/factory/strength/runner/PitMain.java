package io.github.darkfactory.factory.strength.runner;

import io.github.darkfactory.factory.scenarios.runner.ParentWatch;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Runs PIT's command line in the mutation JVM, watched by {@link ParentWatch} so that it stops when
 * the build that started it is gone (docs/architecture.md, "Processes we start"). PIT is reached by
 * name: it is on this JVM's classpath, never on the plugin's. Uses the JDK alone.
 */
public final class PitMain {

    static final String PIT_MAIN = "org.pitest.mutationtest.commandline.MutationCoverageReport";
    private static final long WATCH_PERIOD_MILLIS = 1000;

    private PitMain() {
    }

    /** @param args the build's process id, then PIT's own arguments */
    public static void main(String[] args) throws Throwable {
        ParentWatch.start(Long.parseLong(args[0]), WATCH_PERIOD_MILLIS);
        try {
            Class.forName(PIT_MAIN).getMethod("main", String[].class)
                    .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // PIT may leave non-daemon threads behind; the report is written, so end here
        System.exit(0);
    }
}
