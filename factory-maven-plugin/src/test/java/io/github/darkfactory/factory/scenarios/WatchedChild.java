package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.runner.ParentWatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Processes for {@link ParentWatchTest}: a child that watches its parent and would otherwise hang. */
public final class WatchedChild {

    private WatchedChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        ParentWatch.start(Long.parseLong(args[0]), 100);
        Thread.sleep(TimeUnit.MINUTES.toMillis(10));
    }

    /** Starts the child, prints its pid, then hangs until killed. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            Process child = new ProcessBuilder(args[0], "-cp", System.getProperty("java.class.path"), WatchedChild.class.getName(),
                    Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(Path.of(args[1]).toFile()).start();
            System.out.println("child " + child.pid());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
    }

    static long awaitChildPid(Path parentOutput) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (Files.exists(parentOutput)) {
                for (String line : Files.readAllLines(parentOutput)) {
                    if (line.startsWith("child ")) {
                        return Long.parseLong(line.substring(6).trim());
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the parent JVM never started its child: " + Files.readString(parentOutput));
    }
}
