package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.spec.InvalidSpecsException;
import io.github.darkfactory.factory.spec.SpecProblem;
import io.github.darkfactory.rules.LayerProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecsParametersTest {

    private static final Path BASE = Path.of("/work/shop").toAbsolutePath();
    private static final Path POM = BASE.resolve("pom.xml");

    @Test
    void describes_every_problem_on_a_line_of_its_own() {
        List<SpecProblem> problems = List.of(new SpecProblem(BASE.resolve("a.md"), 1, "one", "fix one"),
                new SpecProblem(BASE.resolve("b.md"), 2, "two", "fix two"));
        String[] lines = SpecsParameters.describe(new InvalidSpecsException(problems, List.of()), BASE, POM).split("\n");
        assertEquals(4, lines.length);
        assertEquals("2 problems in the specs of " + BASE + ":", lines[0]);
        assertEquals(BASE.resolve("b.md") + ":2: two — fix two", lines[2]);
    }

    @Test
    void describes_a_layer_without_packages_at_the_pom_in_pom_terms_naming_the_fix() {
        LayerProblem problem = new LayerProblem(LayerProblem.Kind.NO_PACKAGES, "adapters", null, List.of("domain", "adapters"));
        String[] lines = SpecsParameters.describe(new InvalidSpecsException(List.of(), List.of(problem)), BASE, POM)
                .split("\n");
        assertEquals(POM + ": the <layers> parameter: layer 'adapters' has no <packages> — list the packages of layer"
                + " 'adapters' in its <packages>, comma-separated in ArchUnit syntax, such as <packages>..adapters..</packages>",
                lines[1]);
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
