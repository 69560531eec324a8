package bench;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.FactoryRules;
import io.github.darkfactory.rules.Layer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a team would write without the plugin: import target/classes in a Surefire test and
 * evaluate the same rules with plain ArchUnit. Records the violation count per rule for the script.
 */
class SameRulesTest {

    private static final List<Layer> LAYERS = List.of(
            new Layer("base", List.of("com.google.common.base.."), List.of()),
            new Layer("primitives", List.of("com.google.common.primitives.."), List.of("base")),
            new Layer("collect", List.of("com.google.common.collect.."), List.of("base", "primitives")),
            new Layer("cache", List.of("com.google.common.cache.."), List.of("base", "primitives", "collect")),
            new Layer("archunit-core", List.of("com.tngtech.archunit.core.."), List.of()),
            new Layer("archunit-lang", List.of("com.tngtech.archunit.lang.."), List.of("archunit-core")),
            new Layer("archunit-library", List.of("com.tngtech.archunit.library.."), List.of("archunit-core", "archunit-lang")));

    @Test
    void the_same_rules_evaluated_by_archunit() throws Exception {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target/classes"));
        List<String> counts = new ArrayList<>();
        counts.add("classes " + classes.size());
        for (FactoryRule rule : List.of(FactoryRules.NO_STANDARD_STREAMS, FactoryRules.NO_PRINT_STACK_TRACE, FactoryRules.layers(LAYERS))) {
            counts.add(rule.id() + " " + rule.rule().evaluate(classes).getFailureReport().getDetails().size());
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/archunit-counts.txt"), counts);
        assertTrue(classes.size() > 1000, "the codebase was unpacked into target/classes");
    }
}
