package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.RunningTwins;
import io.github.darkfactory.factory.twins.StartingTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinSetup;
import io.github.darkfactory.factory.twins.Twins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one way twins are started for a JVM that runs scenarios (the scenario JVM, and PIT's test
 * JVMs of the strength gate): pins checked by the scenario jar's rules, then every twin started, each
 * JVM watching the build. The caller closes what it gets on every way out.
 */
public final class PinnedTwins {

    /** Under {@code target/factory}: the twins' mappings, output and journals. */
    static final String TWINS_DIRECTORY = "twins";

    private PinnedTwins() {
    }

    /**
     * Checks the pins, then starts the twins and waits until every one serves.
     *
     * @param factoryDirectory {@code target/factory}: the watch agent is written under its {@code runner}
     * @param directory        where the twins' mappings and output go
     */
    public static RunningTwins start(TwinSetup setup, boolean allowUnpinned, Path java, Path factoryDirectory,
                                     Path directory, FactoryLog log) throws IOException, InterruptedException, TwinFailure {
        StartingTwins starting = begin(setup, allowUnpinned, java, factoryDirectory, directory, log);
        try {
            return starting.await();
        } catch (InterruptedException e) {
            starting.close();
            throw e;
        }
    }

    /**
     * The scenario run's twins: clears an earlier run's journals, checks the pins (before anything of
     * the twins runs), then starts them in the background while the caller resolves the scenarios;
     * {@link StartingTwins#NONE} when there are none.
     *
     * @param factoryDirectory {@code target/factory}; the twins' files go under its {@code twins}
     */
    public static StartingTwins startInBackground(TwinSetup setup, boolean allowUnpinned, Path java,
                                                  Path factoryDirectory, FactoryLog log) throws IOException, TwinFailure {
        Path directory = factoryDirectory.resolve(TWINS_DIRECTORY);
        // journals of an earlier run (of a twin since removed, too) must not pass for this run's
        FileTrees.deleteRecursively(directory);
        return setup.twins().isEmpty() ? StartingTwins.NONE
                : begin(setup, allowUnpinned, java, factoryDirectory, directory, log);
    }

    private static StartingTwins begin(TwinSetup setup, boolean allowUnpinned, Path java, Path factoryDirectory,
                                       Path directory, FactoryLog log) throws IOException, TwinFailure {
        TwinPins.check(setup.twins(), allowUnpinned, log);
        List<String> watch = watchingBuild(factoryDirectory);
        log.info("Starting " + setup.twins().size() + " twin(s) on 127.0.0.1");
        Map<String, Integer> ports = Twins.choosePorts(setup.twins());
        // an executable twin starts twice over (its jar, then the WireMock in front of it)
        long longestStart = 2 * setup.startTimeoutSeconds() + 10;
        return StartingTwins.inBackground(() -> Twins.start(setup.twins(), setup, java, watch, directory, ports), ports,
                longestStart, log);
    }

    /** Twins outlive no Maven, however it dies: each JVM watches it, as the scenario JVM does. */
    private static List<String> watchingBuild(Path factoryDirectory) throws IOException {
        return List.of("-javaagent:" + RunnerClasses.watchAgentJar(factoryDirectory.resolve("runner"))
                + "=" + ProcessHandle.current().pid());
    }
}
