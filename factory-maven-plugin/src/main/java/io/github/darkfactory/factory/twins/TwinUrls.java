package io.github.darkfactory.factory.twins;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the scenario JVM finds each twin: {@code factory.twin.<name>.url} as a system property and
 * {@code FACTORY_TWIN_<NAME>_URL} in the environment, both {@code http://127.0.0.1:<port>}.
 */
public record TwinUrls(Map<String, String> systemProperties, Map<String, String> environment) {

    public TwinUrls {
        systemProperties = Collections.unmodifiableMap(new TreeMap<>(systemProperties));
        environment = Collections.unmodifiableMap(new TreeMap<>(environment));
    }

    /** @param ports twin name → the port it serves on */
    static TwinUrls of(Map<String, Integer> ports) {
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> environment = new TreeMap<>();
        ports.forEach((name, port) -> {
            properties.put(TwinNames.systemProperty(name), "http://127.0.0.1:" + port);
            environment.put(TwinNames.environmentVariable(name), "http://127.0.0.1:" + port);
        });
        return new TwinUrls(properties, environment);
    }
}
