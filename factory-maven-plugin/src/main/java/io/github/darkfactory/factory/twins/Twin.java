package io.github.darkfactory.factory.twins;

import java.nio.file.Path;

/**
 * A twin resolved by the adapter from a repository.
 *
 * @param name           as configured, {@code [a-z][a-z0-9-]*}
 * @param coordinates    its artifact, as configured, for messages
 * @param expectedSha256 its pin, or null when none is configured
 * @param jar            the resolved jar
 */
public record Twin(String name, String coordinates, String expectedSha256, Path jar) {
}
