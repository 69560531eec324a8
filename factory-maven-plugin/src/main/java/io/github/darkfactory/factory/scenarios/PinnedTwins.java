package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twins.RunningTwins;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinSetup;
import io.github.darkfactory.factory.twins.Twins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way twins are started for a JVM that runs scenarios (the scenario JVM, and PIT's test
 * JVMs of the strength gate): pins checked by the scenario jar's rules, then every twin started, each
 * JVM watching the build. The caller closes what it gets on every way out.
 */
public final class PinnedTwins {

    private PinnedTwins() {
    }

    /**
     * @param factoryDirectory {@code target/factory}: the watch agent is written under its {@code runner}
     * @param directory        where the twins' mappings and output go
     */
    public static RunningTwins start(TwinSetup setup, boolean allowUnpinned, Path java, Path factoryDirectory,
                                     Path directory, FactoryLog log) throws IOException, InterruptedException, TwinFailure {
        TwinPins.check(setup.twins(), allowUnpinned, log);
        log.info("Starting " + setup.twins().size() + " twin(s) on 127.0.0.1");
        // twins outlive no Maven, however it dies: each JVM watches it, as the scenario JVM does
        List<String> watch = List.of("-javaagent:" + RunnerClasses.watchAgentJar(factoryDirectory.resolve("runner"))
                + "=" + ProcessHandle.current().pid());
        RunningTwins twins = Twins.start(setup.twins(), setup, java, watch, directory);
        twins.systemProperties().forEach((key, url) -> log.info("Twin " + key + " = " + url));
        return twins;
    }
}
