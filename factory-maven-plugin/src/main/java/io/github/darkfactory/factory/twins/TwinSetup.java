package io.github.darkfactory.factory.twins;

import java.nio.file.Path;
import java.util.List;

/**
 * The twins of one scenario run and what starting them needs.
 *
 * @param wireMockClasspath  WireMock standalone, resolved by the adapter; empty when there are no twins
 * @param startTimeoutSeconds how long each twin may take to accept connections
 */
public record TwinSetup(List<Twin> twins, List<Path> wireMockClasspath, long startTimeoutSeconds) {

    /** A run without twins. */
    public static final TwinSetup NONE = new TwinSetup(List.of(), List.of(), 60);

    public TwinSetup {
        twins = List.copyOf(twins);
        wireMockClasspath = List.copyOf(wireMockClasspath);
    }
}
