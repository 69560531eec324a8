package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.spec.SpecProblem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecsParametersTest {

    private static final Path BASE = Path.of("/work/shop").toAbsolutePath();

    @Test
    void renders_a_spec_problem_as_file_line_message_and_fix() {
        SpecProblem problem = new SpecProblem(BASE.resolve("src/main/specs/pricing.md"), 3, "no id", "add one");
        assertEquals(BASE.resolve("src/main/specs/pricing.md") + ":3: no id — add one", SpecsParameters.render(problem, BASE));
    }

    @Test
    void renders_a_configuration_problem_against_the_project_pom_without_a_line() {
        SpecProblem problem = new SpecProblem(Path.of("pom.xml"), 0, "bad mayUse", "fix it");
        assertEquals(BASE.resolve("pom.xml") + ": bad mayUse — fix it", SpecsParameters.render(problem, BASE));
    }

    @Test
    void describes_every_problem_on_a_line_of_its_own() {
        List<SpecProblem> problems = List.of(new SpecProblem(BASE.resolve("a.md"), 1, "one", "fix one"),
                new SpecProblem(BASE.resolve("b.md"), 2, "two", "fix two"));
        String[] lines = SpecsParameters.describe(problems, BASE, BASE).split("\n");
        assertEquals(4, lines.length);
        assertEquals("2 problems in the specs of " + BASE + ":", lines[0]);
        assertEquals(BASE.resolve("b.md") + ":2: two — fix two", lines[2]);
    }
}
