package io.github.darkfactory.factory.twintools;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One check of a twin against the service it stands for.
 *
 * @param name        the twin's name, for messages and the report
 * @param twin        where the twin is: its project's directory or its jar (for messages and the report)
 * @param root        the directory, or the jar's root, that holds {@code mappings} and {@code __files}
 * @param target      the real service's base URL; a mapping's URL is appended to it
 * @param credentials sent with every request, when present
 * @param report      the JSON report to write
 * @param timeout     for each request
 */
public record TwinCheckRequest(String name, String twin, Path root, URI target, Optional<Credentials> credentials,
                               Path report, Duration timeout) {
}
