package io.github.darkfactory.factory.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A spec's {@code layer} line names a layer that is not configured. Where layers are configured is
 * the caller's business, so this is data the caller words, with a fix that names its configuration.
 *
 * @param file             the spec file
 * @param line             the line of {@code layer:}
 * @param layer            the layer the spec names
 * @param configuredLayers the names of the configured layers, in their order; empty when none are
 */
public record LayerLineProblem(Path file, int line, String layer, List<String> configuredLayers) {

    public LayerLineProblem {
        configuredLayers = List.copyOf(configuredLayers);
    }

    /** The configured layer the spec most likely meant, such as {@code domain} for {@code domian}. */
    public Optional<String> closest() {
        return Suggestions.closest(layer, configuredLayers);
    }

    /** Plain wording, for messages that do not reach a user through the caller. */
    String describe() {
        return file + ":" + line + ": " + (configuredLayers.isEmpty()
                ? "the spec names layer '" + layer + "' but no layers are configured"
                : "unknown layer '" + layer + "'; the configured layers are " + String.join(", ", configuredLayers));
    }
}
