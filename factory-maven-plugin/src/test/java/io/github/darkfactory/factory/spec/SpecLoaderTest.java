package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.Layer;
import io.github.darkfactory.rules.LayerProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class SpecLoaderTest {

    private static final List<Layer> LAYERS = List.of(
            new Layer("domain", List.of("..domain.."), List.of()),
            new Layer("application", List.of("..application.."), List.of("domain")),
            new Layer("adapters", List.of("..adapters.."), List.of("application", "domain")));

    private static final String PRICING = """
            ---
            id: pricing
            package: com.acme.shop.domain.pricing
            layer: domain
            dependsOn: [catalog]
            ---
            # Pricing
            Free prose.

            ## Contract
            ```java
            package com.acme.shop.domain.pricing;
            public interface PriceCalculator { long totalCents(java.util.List<Line> lines); }
            ```
            ```java
            package com.acme.shop.domain.pricing;
            public record Line(String sku, int quantity, long unitCents) {}
            ```

            ## Requirements
            - PRC-1: WHEN the order has no lines
              THEN the total SHALL be 0.
            - PRC-2: WHEN a line has quantity below 1
            THEN totalCents SHALL throw IllegalArgumentException.
            """;

    private static final String CATALOG = """
            ---
            id: catalog
            package: com.acme.shop.domain.catalog
            ---
            ## Requirements
            - CAT-1: WHEN a sku is unknown THEN lookup SHALL return empty.
            """;

    @TempDir
    Path specs;

    @Test
    void loads_front_matter_contracts_and_requirements_of_a_valid_spec() throws Exception {
        write("pricing.md", PRICING);
        write("sub/catalog.md", CATALOG);

        SpecSet set = SpecLoader.load(specs, LAYERS);

        assertEquals(List.of("catalog", "pricing"), set.specs().stream().map(Spec::id).toList());
        Spec pricing = set.find("pricing").orElseThrow();
        assertEquals("com.acme.shop.domain.pricing", pricing.packageName());
        assertEquals("domain", pricing.layer());
        assertEquals(List.of("catalog"), pricing.dependsOn());
        assertEquals(specs.resolve("pricing.md"), pricing.file());
        assertEquals(PRICING, pricing.text());
        assertEquals(2, pricing.contracts().size());
        ContractUnit calculator = pricing.contracts().get(0);
        assertEquals("com/acme/shop/domain/pricing/PriceCalculator.java", calculator.relativePath());
        assertEquals(11, calculator.line());
        assertEquals("""
                package com.acme.shop.domain.pricing;
                public interface PriceCalculator { long totalCents(java.util.List<Line> lines); }
                """, calculator.source());
        assertEquals(List.of("Line"), pricing.contracts().get(1).topLevelTypes());
        assertEquals(List.of(
                new Requirement("PRC-1", "WHEN the order has no lines THEN the total SHALL be 0.", "pricing", 21),
                new Requirement("PRC-2", "WHEN a line has quantity below 1 THEN totalCents SHALL throw IllegalArgumentException.", "pricing", 23)),
                pricing.requirements());
        assertEquals(3, set.requirements().size());
    }

    @Test
    void an_absent_directory_gives_an_empty_set() throws Exception {
        assertTrue(SpecLoader.load(specs.resolve("missing"), LAYERS).isEmpty());
    }

    @Test
    void crlf_line_endings_give_the_same_contracts_and_requirements() throws Exception {
        write("pricing.md", PRICING.replace("\n", "\r\n"));
        write("catalog.md", CATALOG);

        Spec pricing = SpecLoader.load(specs, LAYERS).find("pricing").orElseThrow();

        assertTrue(pricing.text().contains("\r\n"), "the text is kept as on disk");
        assertEquals(21, pricing.requirements().get(0).line());
        assertTrue(!pricing.contracts().get(0).source().contains("\r"));
    }

    @Test
    void headings_and_bullets_inside_code_blocks_are_not_sections() throws Exception {
        write("catalog.md", """
                ---
                id: catalog
                package: com.acme.catalog
                ---
                ```markdown
                ## Requirements
                - not a bullet
                ```
                ## Contract
                ```text
                not java
                ```
                ### Details
                ```java
                package com.acme.catalog;
                interface Hidden {}
                public interface Catalog {}
                ```
                ## Notes
                ```java
                this is prose, not a contract
                ```
                """);

        Spec catalog = SpecLoader.load(specs, List.of()).find("catalog").orElseThrow();

        assertEquals(List.of(), catalog.requirements());
        assertEquals(1, catalog.contracts().size());
        assertEquals(List.of("Catalog", "Hidden"), catalog.contracts().get(0).topLevelTypes());
        assertEquals("com/acme/catalog/Catalog.java", catalog.contracts().get(0).relativePath());
    }

    @Test
    void reports_a_file_without_front_matter() throws IOException {
        write("pricing.md", "# Pricing\n");
        assertProblem("pricing.md", 1, "has no front matter", "start the file with YAML front matter");
    }

    @Test
    void reports_front_matter_that_is_never_closed() throws IOException {
        write("pricing.md", "---\nid: pricing\n# Pricing\n");
        assertProblem("pricing.md", 1, "never closed", "'---'");
    }

    @Test
    void reports_bad_yaml_at_its_line_in_the_spec_file() throws IOException {
        write("pricing.md", """
                ---
                id: pricing
                package: [com.acme
                layer: domain
                ---
                """);
        assertProblem("pricing.md", 3, "not valid YAML: expected ',' or ']'", "fix the YAML syntax");
    }

    @Test
    void reports_a_tab_in_yaml_at_its_line() throws IOException {
        write("pricing.md", "---\nid: pricing\n\tpackage: com.acme\n---\n");
        assertProblem("pricing.md", 3, "Do not use \\t(TAB) for indentation", "fix the YAML syntax");
    }

    @Test
    void reports_yaml_with_a_colon_in_a_value_at_the_exact_line() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme: x\n---\n");
        assertProblem("pricing.md", 3, "not valid YAML", "quote values");
    }

    @Test
    void reports_missing_id_and_package() throws IOException {
        write("pricing.md", "---\nlayer: domain\n---\n");
        List<SpecProblem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertProblem(problems, "pricing.md", 1, "has no 'id'", "add a line 'id: <spec-id>'");
        assertProblem(problems, "pricing.md", 1, "has no 'package'", "add a line 'package: <java.package>'");
    }

    @Test
    void reports_the_reserved_id_all() throws IOException {
        write("all.md", "---\nid: all\npackage: com.acme.all\n---\n");
        assertProblem("all.md", 2, "the id 'all' is reserved", "choose another id");
    }

    @Test
    void reports_an_invalid_id_with_a_suggestion() throws IOException {
        write("pricing.md", "---\nid: Price_Rules\npackage: com.acme.pricing\n---\n");
        assertProblem("pricing.md", 2, "'Price_Rules' is not a valid spec id", "'id: price-rules'");
    }

    @Test
    void reports_an_invalid_package_name() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.new\n---\n");
        assertProblem("pricing.md", 3, "'com.acme.new' is not a valid Java package name", "not keywords");
    }

    @Test
    void reports_an_unknown_front_matter_key_naming_the_allowed_keys() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\ndepends: [catalog]\n---\n");
        assertProblem("pricing.md", 4, "unknown front matter key 'depends'", "id, package, layer, dependsOn");
    }

    @Test
    void reads_the_capabilities_a_spec_grants_from_plain_and_block_lists() throws Exception {
        write("a.md", "---\nid: a\npackage: com.acme.a\ncapabilities: [network, files]\n---\n");
        write("b.md", "---\nid: b\npackage: com.acme.b\ncapabilities:\n  - threads\n---\n");
        write("c.md", "---\nid: c\npackage: com.acme.c\n---\n");

        SpecSet set = SpecLoader.load(specs, List.of());

        assertEquals(Set.of(Capability.NETWORK, Capability.FILES), set.find("a").orElseThrow().capabilities());
        assertEquals(Set.of(Capability.THREADS), set.find("b").orElseThrow().capabilities());
        assertEquals(Set.of(), set.find("c").orElseThrow().capabilities());
        assertEquals(Map.of("com.acme.a", Set.of(Capability.NETWORK, Capability.FILES), "com.acme.b", Set.of(Capability.THREADS),
                "com.acme.c", Set.of()), set.capabilityGrants());
    }

    @Test
    void reports_an_unknown_capability_at_its_line_naming_the_known_ones() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\ncapabilities:\n  - network\n  - telepathy\n---\n");
        assertProblem("pricing.md", 6, "unknown capability 'telepathy'",
                "use only network, files, processes, reflection, threads, environment, native");
    }

    @Test
    void reports_capabilities_that_are_not_a_list() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\ncapabilities: network\n---\n");
        assertProblem("pricing.md", 4, "capabilities must be a list of capability names", "'capabilities: [network]'");
    }

    @Test
    void reports_a_duplicate_id_on_the_later_file_naming_the_earlier() throws IOException {
        write("a.md", "---\nid: pricing\npackage: com.acme.a\n---\n");
        write("b.md", "---\nid: pricing\npackage: com.acme.b\n---\n");
        SpecProblem problem = assertProblem("b.md", 2, "the id 'pricing' is also used by", "give each spec its own id");
        assertTrue(problem.message().contains(specs.resolve("a.md").toString()), problem::render);
    }

    @Test
    void reports_a_duplicate_requirement_id_across_specs_with_the_next_free_id() throws IOException {
        write("catalog.md", CATALOG);
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Requirements\n- CAT-1: again\n");
        SpecProblem problem = assertProblem("pricing.md", 6, "the requirement id CAT-1 is already used at", "such as CAT-2");
        assertTrue(problem.message().contains(specs.resolve("catalog.md") + ":6"), problem::render);
    }

    @Test
    void reports_a_requirement_bullet_without_an_id() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Requirements\n- PRC-1: fine\n- WHEN x THEN y\n");
        assertProblem("pricing.md", 7, "this requirement bullet has no id", "start every bullet under '## Requirements' with an id");
    }

    @Test
    void reports_a_malformed_requirement_id() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Requirements\n\n* prc-1: lower case\n");
        assertProblem("pricing.md", 7, "'prc-1' is not a valid requirement id", "upper-case letters");
    }

    @Test
    void suggests_requirement_ids_in_the_specs_own_terms_not_the_demos() throws IOException {
        write("books.md", "---\nid: books\npackage: com.acme.books\n---\n## Requirements\n- BK-1: fine\n* bk2: lower case\n"
                + "- WHEN x THEN y\n");
        List<SpecProblem> problems = problems();
        assertProblem(problems, "books.md", 7, "'bk2' is not a valid requirement id",
                "such as '- BK-2: WHEN <something happens> THEN <the system> SHALL <respond so>'");
        assertProblem(problems, "books.md", 8, "this requirement bullet has no id", "such as '- BK-2: WHEN");
        assertTrue(problems.stream().noneMatch(p -> p.fix().contains("PRC")), problems::toString);
    }

    @Test
    void suggests_a_prefix_made_from_the_spec_id_for_its_first_requirement() throws IOException {
        write("books.md", "---\nid: books\npackage: com.acme.books\n---\n## Requirements\n- the first one\n");
        assertProblem("books.md", 6, "this requirement bullet has no id", "such as '- BOO-1: WHEN");
    }

    @Test
    void reports_an_invalid_id_and_an_unknown_layer_of_the_same_file_in_one_run() throws IOException {
        write("books.md", "---\nid: Books\npackage: com.acme.domain.books\nlayer: domian\n---\n");
        InvalidSpecsException e = assertThrows(InvalidSpecsException.class, () -> SpecLoader.load(specs, LAYERS));
        assertProblem(e.problems(), "books.md", 2, "'Books' is not a valid spec id", "'id: books'");
        assertEquals(List.of(new LayerLineProblem(specs.resolve("books.md"), 4, "domian", List.of("domain", "application", "adapters"))),
                e.layerLineProblems());
        assertEquals(Optional.of("domain"), e.layerLineProblems().get(0).closest());
        assertEquals(2, e.count());
    }

    @Test
    void a_depends_on_naming_an_invalid_id_points_at_that_spec_instead_of_calling_it_unknown() throws IOException {
        write("books.md", "---\nid: Books\npackage: com.acme.books\n---\n");
        write("loans.md", "---\nid: loans\npackage: com.acme.loans\ndependsOn: [Books]\n---\n");
        List<SpecProblem> problems = problems();
        assertProblem(problems, "loans.md", 4, "dependsOn names 'Books', the id of books.md, which is not a valid spec id",
                "fix the id in books.md (see its problem) and name the fixed id here");
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void an_unknown_depends_on_suggests_the_closest_id_including_fixed_invalid_ones() throws IOException {
        write("books.md", "---\nid: Books\npackage: com.acme.books\n---\n");
        write("catalog.md", "---\nid: catalog\npackage: com.acme.catalog\n---\n");
        write("loans.md", "---\nid: loans\npackage: com.acme.loans\ndependsOn: [catalogue, book]\n---\n");
        List<SpecProblem> problems = problems();
        assertProblem(problems, "loans.md", 4, "dependsOn names 'catalogue', which is not a spec id",
                "did you mean 'catalog'? (known: books, catalog, loans); or remove the entry");
        assertProblem(problems, "loans.md", 4, "dependsOn names 'book', which is not a spec id", "did you mean 'books'?");
    }

    @Test
    void reports_a_contract_that_does_not_parse_at_the_line_of_the_error() throws IOException {
        write("pricing.md", """
                ---
                id: pricing
                package: com.acme.pricing
                ---
                ## Contract
                ```java
                package com.acme.pricing;
                public interface Calculator {
                    long total(;
                }
                ```
                """);
        List<SpecProblem> problems = problems();
        assertTrue(problems.stream().allMatch(p -> p.line() == 9), problems::toString);
        assertProblem(problems, "pricing.md", 9, "the contract does not parse", "fix the Java syntax of this block");
    }

    private static final String BROKEN_CONTRACT = "---\nid: %1$s\npackage: com.acme.%1$s\n---\n## Contract\n"
            + "```java\npackage com.acme.%1$s;\npublic interface Api {\n    long total(;\n}\n```\n";

    @Test
    void javac_does_not_parse_the_contracts_the_caller_checked_before() throws Exception {
        write("a.md", BROKEN_CONTRACT.formatted("a"));       // javac would refuse it: proof that it did not run on it
        write("b.md", "---\nid: b\npackage: com.acme.b\n---\n## Contract\n```java\npackage com.acme.b;\npublic interface Api {}\n```\n");
        List<String> asked = new java.util.ArrayList<>();

        SpecSet set = SpecLoader.load(specs, List.of(), (spec, all) -> asked.add(spec.id()) && spec.id().equals("a"));

        assertEquals(List.of("a", "b"), asked);
        assertEquals("com/acme/a/Api.java", set.find("a").orElseThrow().contracts().get(0).relativePath());
    }

    @Test
    void a_broken_contract_not_checked_before_is_reported_as_a_full_load_reports_it() throws IOException {
        write("a.md", BROKEN_CONTRACT.formatted("a"));
        write("b.md", BROKEN_CONTRACT.formatted("b"));

        List<SpecProblem> problems = assertThrows(InvalidSpecsException.class,
                () -> SpecLoader.load(specs, List.of(), (spec, all) -> spec.id().equals("a"))).problems();

        assertEquals(problemsWith(List.of()), problems);
        assertProblem(problems, "b.md", 9, "the contract does not parse", "fix the Java syntax");
    }

    @Test
    void reports_a_contract_outside_the_spec_package() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Contract\n```java\npackage com.acme.other;\npublic interface X {}\n```\n");
        assertProblem("pricing.md", 6, "declares package com.acme.other, which is not the spec's package com.acme.pricing",
                "write 'package com.acme.pricing;'");
    }

    @Test
    void accepts_a_contract_in_a_subpackage_of_the_spec_package() throws Exception {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Contract\n```java\npackage com.acme.pricing.api;\npublic interface X {}\n```\n");
        Spec spec = SpecLoader.load(specs, List.of()).find("pricing").orElseThrow();
        assertEquals("com/acme/pricing/api/X.java", spec.contracts().get(0).relativePath());
    }

    @Test
    void reports_a_contract_without_package_or_type() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Contract\n```java\npublic interface X {}\n```\n"
                + "```java\npackage com.acme.pricing;\n```\n");
        List<SpecProblem> problems = problems();
        assertProblem(problems, "pricing.md", 6, "declares no package", "start the block with a package declaration");
        assertProblem(problems, "pricing.md", 9, "declares no type", "declare one top-level");
    }

    @Test
    void reports_the_same_contract_type_declared_twice() throws IOException {
        String block = "```java\npackage com.acme.pricing;\npublic interface X {}\n```\n";
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Contract\n" + block + block);
        SpecProblem problem = assertProblem("pricing.md", 10, "the contract type com.acme.pricing.X is already declared at",
                "declare each contract type once");
        assertTrue(problem.message().endsWith("pricing.md:6"), problem::render);
    }

    @Test
    void reports_an_unclosed_code_block() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\n---\n## Contract\n```java\npackage com.acme.pricing;\n");
        assertProblem("pricing.md", 6, "never closed", "add a line '```'");
    }

    @Test
    void reports_nested_packages() throws IOException {
        write("a.md", "---\nid: shop\npackage: com.acme.shop\n---\n");
        write("b.md", "---\nid: pricing\npackage: com.acme.shop.pricing\n---\n");
        assertProblem("b.md", 3, "the package com.acme.shop.pricing is nested in the package com.acme.shop of spec 'shop'",
                "give every spec a package of its own");
    }

    @Test
    void reports_a_package_containing_a_later_spec_package() throws IOException {
        write("a.md", "---\nid: pricing\npackage: com.acme.shop.pricing\n---\n");
        write("b.md", "---\nid: shop\npackage: com.acme.shop\n---\n");
        assertProblem("b.md", 3, "the package com.acme.shop contains the package com.acme.shop.pricing", "a package of its own");
    }

    @Test
    void reports_a_shared_package() throws IOException {
        write("a.md", "---\nid: one\npackage: com.acme.shop\n---\n");
        write("b.md", "---\nid: two\npackage: com.acme.shop\n---\n");
        assertProblem("b.md", 3, "the package com.acme.shop is also the package of spec 'one'", "a package of its own");
    }

    @Test
    void reports_a_layer_that_is_not_the_layer_of_the_package() throws IOException {
        write("web.md", "---\nid: web\npackage: com.acme.shop.adapters.web\nlayer: domain\n---\n");
        assertProblem("web.md", 4, "the package com.acme.shop.adapters.web is not in layer 'domain' (packages ..domain..)",
                "write 'layer: adapters'");
    }

    @Test
    void reports_an_unknown_layer_naming_the_configured_ones() throws IOException {
        write("web.md", "---\nid: web\npackage: com.acme.shop.adapters.web\nlayer: adapter\n---\n");
        assertEquals(List.of(new LayerLineProblem(specs.resolve("web.md"), 4, "adapter", List.of("domain", "application", "adapters"))),
                assertThrows(InvalidSpecsException.class, () -> SpecLoader.load(specs, LAYERS)).layerLineProblems());
    }

    @Test
    void reports_a_layer_when_no_layers_are_configured() throws IOException {
        write("web.md", "---\nid: web\npackage: com.acme.web\nlayer: adapters\n---\n");
        assertEquals(List.of(new LayerLineProblem(specs.resolve("web.md"), 4, "adapters", List.of())),
                assertThrows(InvalidSpecsException.class, () -> SpecLoader.load(specs, List.of())).layerLineProblems());
    }

    @Test
    void leaves_layer_lines_to_the_owning_build_when_loading_for_contracts_without_layers() throws Exception {
        write("web.md", "---\nid: web\npackage: com.acme.web\nlayer: adapters\n---\n## Contract\n```java\n"
                + "package com.acme.web;\npublic interface Page {}\n```\n");

        assertEquals(List.of("web"), SpecLoader.loadForContracts(specs, List.of()).specs().stream().map(Spec::id).toList(),
                "a scenario project reads the product's specs for their contracts alone");
        InvalidSpecsException configured = assertThrows(InvalidSpecsException.class,
                () -> SpecLoader.loadForContracts(specs, LAYERS), "layers configured here are checked as usual");
        assertProblem(configured.problems(), "web.md", 4, "the package com.acme.web is not in layer 'adapters'", "layer");
    }

    @Test
    void reports_an_unknown_depends_on_at_the_line_of_the_entry() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\ndependsOn:\n  - catalogue\n---\n");
        assertProblem("pricing.md", 5, "dependsOn names 'catalogue', which is not a spec id", "known: pricing");
    }

    @Test
    void a_depends_on_naming_a_spec_with_its_own_problem_is_not_reported_as_unknown() throws IOException {
        write("catalog.md", "---\nid: catalog\n---\n");
        write("pricing.md", "---\nid: pricing\npackage: com.acme.pricing\ndependsOn: [catalog]\n---\n");
        assertProblem("catalog.md", 1, "has no 'package'", "add a line 'package:");
    }

    @Test
    void reports_a_depends_on_cycle_with_its_path() throws IOException {
        write("a.md", "---\nid: a\npackage: com.acme.a\ndependsOn: [b]\n---\n");
        write("b.md", "---\nid: b\npackage: com.acme.b\ndependsOn: [c]\n---\n");
        write("c.md", "---\nid: c\npackage: com.acme.c\ndependsOn: [a]\n---\n");
        assertProblem("c.md", 4, "dependsOn forms a cycle: a -> b -> c -> a", "remove one dependsOn entry");
    }

    @Test
    void reports_a_spec_depending_on_itself() throws IOException {
        write("a.md", "---\nid: a\npackage: com.acme.a\ndependsOn: a\n---\n");
        assertProblem("a.md", 4, "dependsOn forms a cycle: a -> a", "remove one dependsOn entry");
    }

    @Test
    void reports_may_use_naming_an_unconfigured_layer_as_data_for_the_caller_to_word() throws IOException {
        List<Layer> layers = List.of(new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("application", List.of("..application.."), List.of("domian")));
        InvalidSpecsException e = assertThrows(InvalidSpecsException.class, () -> SpecLoader.load(specs, layers));
        assertEquals(List.of(new LayerProblem(LayerProblem.Kind.UNKNOWN_MAY_USE, "application", "domian",
                List.of("domain", "application"))), e.layerProblems());
        assertEquals(List.of(), e.problems());
    }

    @Test
    void reports_a_layer_without_packages_while_loading_before_anything_is_generated() throws IOException {
        write("pricing.md", "---\nid: pricing\npackage: com.acme.shop.domain.pricing\nlayer: domain\n---\n");
        List<Layer> layers = List.of(new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("adapters", List.of(), List.of("domain")));
        for (SpecLoader.CheckedBefore checkedBefore : List.of(SpecLoader.CheckedBefore.NOTHING,
                (SpecLoader.CheckedBefore) (spec, set) -> true)) {
            InvalidSpecsException e = assertThrows(InvalidSpecsException.class,
                    () -> SpecLoader.load(specs, layers, checkedBefore));
            assertEquals(List.of(new LayerProblem(LayerProblem.Kind.NO_PACKAGES, "adapters", null,
                    List.of("domain", "adapters"))), e.layerProblems());
        }
    }

    @Test
    void reports_every_problem_of_every_file_in_file_and_line_order() throws IOException {
        write("b.md", "---\nid: Bad\npackage: com.acme.b\n---\n## Requirements\n- nothing\n");
        write("a.md", "# no front matter\n");
        List<SpecProblem> problems = problems();
        assertEquals(List.of("a.md:1", "b.md:2", "b.md:6"),
                problems.stream().map(p -> specs.relativize(p.file()) + ":" + p.line()).toList());
    }

    private void write(String relative, String text) throws IOException {
        Path file = specs.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<SpecProblem> problems() {
        return problemsWith(LAYERS);
    }

    private List<SpecProblem> problemsWith(List<Layer> layers) {
        return assertThrows(InvalidSpecsException.class, () -> SpecLoader.load(specs, layers)).problems();
    }

    private SpecProblem assertProblem(String file, int line, String message, String fix) {
        List<SpecProblem> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        return assertProblem(problems, file, line, message, fix);
    }

    private SpecProblem assertProblem(List<SpecProblem> problems, String file, int line, String message, String fix) {
        return problems.stream()
                .filter(p -> p.file().equals(specs.resolve(file)) && p.line() == line
                        && p.message().contains(message) && p.fix().contains(fix))
                .findFirst()
                .orElseGet(() -> fail("no problem at " + file + ":" + line + " with '" + message + "' and fix '" + fix
                        + "' among:\n" + String.join("\n", problems.stream().map(SpecProblem::render).toList())));
    }
}
