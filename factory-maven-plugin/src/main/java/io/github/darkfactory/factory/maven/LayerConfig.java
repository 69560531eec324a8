package io.github.darkfactory.factory.maven;

import io.github.darkfactory.rules.Layer;

import java.util.Arrays;
import java.util.List;

/**
 * One {@code <layer>} of the pom: {@code <name>}, {@code <packages>} and {@code <mayUse>}, the
 * last two comma-separated. Maven fills the fields by name.
 */
public class LayerConfig {

    private String name;
    private String packages;
    private String mayUse;

    public String getName() {
        return name;
    }

    public Layer toLayer() {
        return new Layer(name, split(packages), split(mayUse));
    }

    static List<Layer> toLayers(List<LayerConfig> configs) {
        return configs == null ? List.of() : configs.stream().map(LayerConfig::toLayer).toList();
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
