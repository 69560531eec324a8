package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.spec.InvalidSpecsException;
import io.github.darkfactory.factory.spec.LayerLineProblem;
import io.github.darkfactory.factory.spec.SpecProblem;
import io.github.darkfactory.rules.LayerProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MojoSpecsTest {

    private static final Path BASE = Path.of("/work/shop").toAbsolutePath();
    private static final Path POM = BASE.resolve("pom.xml");

    @Test
    void describes_every_problem_on_a_line_of_its_own() {
        List<SpecProblem> problems = List.of(new SpecProblem(BASE.resolve("a.md"), 1, "one", "fix one"),
                new SpecProblem(BASE.resolve("b.md"), 2, "two", "fix two"));
        String[] lines = MojoSpecs.describe(new InvalidSpecsException(problems, List.of(), List.of()), BASE, POM).split("\n");
        assertEquals(4, lines.length);
        assertEquals("2 problems in the specs of " + BASE + ":", lines[0]);
        assertEquals(BASE.resolve("b.md") + ":2: two — fix two", lines[2]);
    }

    @Test
    void describes_a_layer_without_packages_at_the_pom_in_pom_terms_naming_the_fix() {
        LayerProblem problem = new LayerProblem(LayerProblem.Kind.NO_PACKAGES, "adapters", null, List.of("domain", "adapters"));
        String[] lines = MojoSpecs.describe(new InvalidSpecsException(List.of(), List.of(), List.of(problem)), BASE, POM)
                .split("\n");
        assertEquals(POM + ": the <layers> parameter: layer 'adapters' has no <packages> — list the packages of layer"
                + " 'adapters' in its <packages>, comma-separated in ArchUnit syntax, such as <packages>..adapters..</packages>",
                lines[1]);
    }

    @Test
    void describes_a_layer_line_naming_no_configured_layer_in_file_and_line_order_with_the_other_problems() {
        List<SpecProblem> problems = List.of(new SpecProblem(BASE.resolve("a.md"), 1, "one", "fix one"),
                new SpecProblem(BASE.resolve("b.md"), 9, "two", "fix two"));
        LayerLineProblem layerLine = new LayerLineProblem(BASE.resolve("b.md"), 4, "adapter", List.of("domain", "adapters"));
        String[] lines = MojoSpecs.describe(new InvalidSpecsException(problems, List.of(layerLine), List.of()), BASE, POM)
                .split("\n");
        assertEquals(BASE.resolve("b.md") + ":4: unknown layer 'adapter'; the configured layers are domain, adapters"
                + " — did you mean 'adapters'? Use one of domain, adapters, or add a <layer> named 'adapter' to <layers>",
                lines[2]);
        assertEquals(BASE.resolve("b.md") + ":9: two — fix two", lines[3]);
    }

    @Test
    void describes_a_layer_line_when_no_layers_are_configured() {
        SpecProblem problem = LayerConfig.describe(new LayerLineProblem(BASE.resolve("web.md"), 4, "adapters", List.of()));
        assertEquals(BASE.resolve("web.md") + ":4: the spec names layer 'adapters' but no <layers> are configured"
                + " — configure <layers> in the plugin's configuration, or remove the 'layer:' line", problem.render());
    }

    @Test
    void describes_a_may_use_naming_no_layer_listing_the_configured_layers() {
        LayerProblem problem = new LayerProblem(LayerProblem.Kind.UNKNOWN_MAY_USE, "adapters", "domian",
                List.of("domain", "adapters"));
        assertEquals("the <layers> parameter: layer 'adapters' has <mayUse>domian</mayUse>, which is not a configured layer"
                + " — name only configured layers (domain, adapters) in <mayUse>, or add a <layer> named 'domian'",
                LayerConfig.describe(problem));
    }
}
