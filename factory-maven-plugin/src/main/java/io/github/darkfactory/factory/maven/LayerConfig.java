package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.spec.LayerLineProblem;
import io.github.darkfactory.factory.spec.SpecProblem;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Layer;
import io.github.darkfactory.rules.LayerProblem;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One {@code <layer>} of the pom: {@code <name>}, {@code <packages>} and {@code <mayUse>}, the
 * last two comma-separated. Maven fills the fields by name. Problems of the layers are found by
 * {@link io.github.darkfactory.rules.FactoryRules#layerProblems} and worded here, in pom terms.
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

    /**
     * The layers, checked once by {@link io.github.darkfactory.rules.FactoryRules#layerProblems}; a
     * goal calls this first, so an unusable {@code <layers>} parameter fails before any work.
     */
    static List<Layer> validated(List<LayerConfig> configs, Path pom) throws MojoExecutionException {
        List<Layer> layers = toLayers(configs);
        List<LayerProblem> problems = FactoryRules.layerProblems(layers);
        if (!problems.isEmpty()) {
            throw new MojoExecutionException("Invalid <layers> configuration of the factory-maven-plugin:\n"
                    + String.join("\n", problems.stream().map(problem -> describeAt(pom, problem)).toList()));
        }
        return layers;
    }

    /** {@code pom.xml: message — fix} for a problem of the {@code <layers>} parameter. */
    static String describeAt(Path pom, LayerProblem problem) {
        return pom + ": " + describe(problem);
    }

    /** {@code message — fix} for a problem of the {@code <layers>} parameter. */
    static String describe(LayerProblem problem) {
        String layer = problem.layer();
        return switch (problem.kind()) {
            case NO_NAME -> "a <layer> in the <layers> parameter has no <name>"
                    + " — give every <layer> a <name>, such as <name>domain</name>";
            case DUPLICATE_NAME -> "the <layers> parameter: layer '" + layer + "' is declared twice"
                    + " — give each <layer> its own <name>, or merge the two";
            case NO_PACKAGES -> "the <layers> parameter: layer '" + layer + "' has no <packages>"
                    + " — list the packages of layer '" + layer + "' in its <packages>, comma-separated in ArchUnit"
                    + " syntax, such as <packages>.." + layer + "..</packages>";
            case UNKNOWN_MAY_USE -> "the <layers> parameter: layer '" + layer + "' has <mayUse>" + problem.mayUse()
                    + "</mayUse>, which is not a configured layer — name only configured layers ("
                    + String.join(", ", problem.layers()) + ") in <mayUse>, or add a <layer> named '" + problem.mayUse() + "'";
        };
    }

    /** A spec's {@code layer} line naming a layer the {@code <layers>} parameter lacks, as a spec problem in pom terms. */
    static SpecProblem describe(LayerLineProblem problem) {
        String layer = problem.layer();
        if (problem.configuredLayers().isEmpty()) {
            return new SpecProblem(problem.file(), problem.line(), "the spec names layer '" + layer
                    + "' but no <layers> are configured",
                    "configure <layers> in the plugin's configuration, or remove the 'layer:' line");
        }
        String names = String.join(", ", problem.configuredLayers());
        return new SpecProblem(problem.file(), problem.line(), "unknown layer '" + layer + "'; the configured layers are " + names,
                problem.closest().map(closest -> "did you mean '" + closest + "'? Use one of " + names)
                        .orElse("use one of " + names) + ", or add a <layer> named '" + layer + "' to <layers>");
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
