package io.github.darkfactory.factory.twintools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One recording session in front of a real service.
 *
 * @param target              the real service's base URL
 * @param resources           the twin project's resources: recorded mappings go to its {@code mappings} and
 *                            {@code __files}
 * @param workDirectory       the recorder's own files (its root directory, output, launcher)
 * @param wireMockClasspath   WireMock standalone, resolved by the caller
 * @param seconds             how long to record; 0 records until the JVM is stopped (Ctrl-C)
 * @param startTimeoutSeconds how long the proxy may take to accept connections
 */
public record TwinRecordRequest(URI target, Path resources, Path workDirectory, Path javaExecutable,
                                List<Path> wireMockClasspath, long seconds, long startTimeoutSeconds) {
}
