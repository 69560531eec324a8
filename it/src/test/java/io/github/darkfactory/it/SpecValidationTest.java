package io.github.darkfactory.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code contracts} goal: specs are validated with file and line, contracts are materialized and compiled against. */
class SpecValidationTest {

    private static final String CONTRACTS = "target/generated-sources/factory-contracts";

    @Test
    void a_scenario_project_compiles_against_the_materialized_contracts() throws IOException {
        MavenBuild build = MavenBuild.copyOf("spec-valid");

        build.run("compile").assertSuccess()
                .assertLine("Contracts: 3 file(s) of 2 spec(s)", "(catalog, pricing)");

        Path calculator = build.file(CONTRACTS + "/it/factory/shop/domain/pricing/PriceCalculator.java");
        assertTrue(Files.readString(calculator).contains("long totalCents(java.util.List<Line> lines);"));
        assertTrue(Files.isRegularFile(build.file(CONTRACTS + "/it/factory/shop/domain/catalog/Sku.java")));
        assertTrue(Files.isRegularFile(build.file("target/classes/it/factory/scenarios/PricingScenarios.class")));
        assertTrue(Files.isRegularFile(build.file("target/classes/it/factory/shop/domain/pricing/PriceCalculator.class")));

        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(calculator, longAgo);
        build.run("generate-sources").assertSuccess();
        assertEquals(longAgo, Files.getLastModifiedTime(calculator), "an unchanged contract is not rewritten");
    }

    @Test
    void a_scenario_project_need_not_repeat_the_products_layers() throws IOException {
        MavenBuild build = MavenBuild.copyOf("spec-valid", "no-layers");
        Path pom = build.file("pom.xml");
        String withLayers = Files.readString(pom);
        Files.writeString(pom, withLayers.replaceAll("(?s)<layers>.*</layers>", ""));
        assertTrue(Files.readString(build.file("product-specs/catalog.md")).contains("layer: domain"));

        build.run("generate-sources").assertSuccess()
                .assertLine("Contracts: 3 file(s) of 2 spec(s)", "(catalog, pricing)");
    }

    /** One build of a project holding every kind of bad spec; each case checks its own line of the failure. */
    private static final class BadSpecsBuild {
        static final MavenBuild.Result RESULT = MavenBuild.copyOf("spec-bad").run("generate-sources");
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                Arguments.of("no-front-matter.md:1: the spec has no front matter", "start the file with YAML front matter"),
                Arguments.of("bad-yaml.md:3: the front matter is not valid YAML", "fix the YAML syntax"),
                Arguments.of("missing-package.md:1: the front matter has no 'package'", "add a line 'package: <java.package>'"),
                Arguments.of("reserved-id.md:2: the id 'all' is reserved", "choose another id"),
                Arguments.of("duplicate-requirement.md:7: the requirement id DUP-1 is already used at", "such as DUP-2"),
                Arguments.of("bullet-without-id.md:8: this requirement bullet has no id", "with an id and a colon"),
                Arguments.of("unparseable-contract.md:9: the contract does not parse", "fix the Java syntax of this block"),
                Arguments.of("cycle-b.md:4: dependsOn forms a cycle: cycle-a -> cycle-b -> cycle-a", "remove one dependsOn entry"),
                Arguments.of("unknown-depends-on.md:4: dependsOn names 'catalogue', which is not a spec id", "use the id of an existing spec"),
                Arguments.of("nested-outer.md:3: the package it.factory.nest contains the package it.factory.nest.inner of spec 'nest-inner'",
                        "give every spec a package of its own"),
                Arguments.of("wrong-layer.md:4: the package it.factory.adapters.web is not in layer 'domain'", "write 'layer: adapters'"),
                Arguments.of("unknown-layer.md:4: unknown layer 'adapter'; the configured layers are domain, adapters",
                        "add a <layer> named 'adapter'"),
                Arguments.of("/pom.xml: the <layers> parameter: layer 'adapters' has <mayUse>domian</mayUse>, which is not a configured layer",
                        "name only configured layers (domain, adapters)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void a_bad_spec_fails_the_build_naming_file_line_and_fix(String where, String fix) {
        BadSpecsBuild.RESULT.assertFailure()
                .assertLine("spec-bad/" + (where.startsWith("/") ? where.substring(1) : "src/main/specs/" + where), " — ", fix);
    }

    @Test
    void invalid_specs_fail_with_every_problem_once_and_materialize_nothing() {
        MavenBuild.Result result = BadSpecsBuild.RESULT.assertFailure()
                .assertLine("13 problems in the specs of")
                .assertLine("Nothing is generated while any spec is invalid");
        // Counted on Maven's error summary; the stack traces of -e repeat the message by design.
        assertEquals(1, result.lines().stream().filter(l -> l.startsWith("[ERROR] ") && l.contains("cycle-b.md:4:")).count(),
                result::log);
        assertFalse(Files.exists(result.baseDir().resolve(CONTRACTS)), "nothing is materialized from invalid specs");
    }

    @Test
    void a_layer_without_packages_fails_spec_loading_naming_the_layer_and_the_fix() {
        MavenBuild.Result result = MavenBuild.copyOf("spec-layer-no-packages").run("factory:generate");

        assertEquals(1, result.exitCode(), result::log);
        result.assertLine("[ERROR] Failed to execute goal", "1 problem in the specs of", "spec-layer-no-packages/src/main/specs:")
                .assertLine("[ERROR] ", "spec-layer-no-packages/pom.xml: the <layers> parameter: layer 'adapters' has no <packages>"
                        + " — list the packages of layer 'adapters' in its <packages>, comma-separated in ArchUnit syntax,"
                        + " such as <packages>..adapters..</packages>")
                .assertLine("Nothing is generated while any spec is invalid")
                .assertNoLine("IllegalArgumentException");
    }

    @Test
    void skipping_the_goal_does_not_read_the_specs() {
        MavenBuild.copyOf("spec-bad", "skipped").property("factory.contracts.skip", "true").run("generate-sources").assertSuccess()
                .assertLine("Skipping factory:contracts (factory.contracts.skip=true)");
    }

    @Test
    void a_module_without_specs_directory_has_nothing_to_do() {
        MavenBuild.copyOf("spec-none").run("generate-sources").assertSuccess()
                .assertLine("No specs directory", "src/main/specs", "nothing to do");
    }

    @Test
    void a_module_with_pom_packaging_has_nothing_to_do() {
        MavenBuild.copyOf("spec-pom-packaging").run("generate-sources").assertSuccess()
                .assertLine("pom packaging: nothing to do");
    }
}
