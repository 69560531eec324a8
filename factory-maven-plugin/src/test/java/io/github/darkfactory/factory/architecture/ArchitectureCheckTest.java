package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Capability;
import io.github.darkfactory.rules.Layer;
import io.github.darkfactory.rules.LayerProblem;
import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArchitectureCheckTest {

    static final Map<String, String> SHOP = Map.of(
            "com/shop/domain/Order.java", """
                    package com.shop.domain;

                    public class Order {
                        public void save() {
                            new com.shop.adapters.Database().store();
                        }
                    }
                    """,
            "com/shop/adapters/Database.java", """
                    package com.shop.adapters;

                    public class Database {
                        public void store() {
                            System.out.println("stored");
                        }
                    }
                    """,
            "com/shop/pricing/Prices.java", """
                    package com.shop.pricing;

                    public class Prices {
                        public long total() {
                            return com.shop.catalog.Catalog.price();
                        }
                    }
                    """,
            "com/shop/catalog/Catalog.java", """
                    package com.shop.catalog;

                    public class Catalog {
                        public static long price() {
                            return 1;
                        }

                        public static long discounted() {
                            return new com.shop.pricing.Prices().total();
                        }
                    }
                    """);

    static final List<Layer> LAYERS = List.of(
            new Layer("domain", List.of("..domain.."), List.of()),
            new Layer("adapters", List.of("..adapters.."), List.of("domain")));

    @Test
    void one_run_reports_the_violations_of_every_rule_ordered_by_class_and_line(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, SHOP);

        List<Violation> found = ArchitectureCheck.run(new ArchitectureInput(List.of(classes), LAYERS,
                List.of("com.shop.pricing", "com.shop.catalog"), Set.of("com.shop.adapters.Database"), Map.of(), List.of()));

        assertEquals(List.of(
                "no-standard-streams com.shop.adapters.Database:5 Method <com.shop.adapters.Database.store()> calls System.out",
                "layers com.shop.domain.Order:5 Method <com.shop.domain.Order.save()> calls constructor <com.shop.adapters.Database.<init>()>",
                "layers com.shop.domain.Order:5 Method <com.shop.domain.Order.save()> calls method <com.shop.adapters.Database.store()>",
                "no-spec-package-cycles com.shop.pricing.Prices:5 Cycle detected: Slice com.shop.catalog -> Slice com.shop.pricing -> Slice com.shop.catalog"),
                found.stream().map(v -> v.ruleId() + " " + v.className() + ":" + v.line() + " " + v.description()).toList());
    }

    @Test
    void reports_main_code_that_uses_a_test_only_class(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, Map.of("com/shop/App.java", """
                package com.shop;

                public class App {
                    public Object fixture() {
                        return new com.shop.testkit.Fixture();
                    }
                }
                """, "com/shop/testkit/Fixture.java", """
                package com.shop.testkit;

                public class Fixture {
                }
                """));
        java.nio.file.Files.delete(classes.resolve("com/shop/testkit/Fixture.class"));

        List<Violation> found = ArchitectureCheck.run(new ArchitectureInput(List.of(classes), List.of(), List.of(),
                Set.of("com.shop.testkit.Fixture"), Map.of(), List.of()));

        assertEquals(List.of("no-test-code-in-main com.shop.App:5 Method <com.shop.App.fixture()> calls constructor <com.shop.testkit.Fixture.<init>()>"),
                found.stream().map(v -> v.ruleId() + " " + v.className() + ":" + v.line() + " " + v.description()).toList());
    }

    @Test
    void a_class_that_main_code_defines_is_not_test_only_even_when_a_test_jar_has_it(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, Map.of("com/shop/domain/Order.java", SHOP.get("com/shop/domain/Order.java"),
                "com/shop/adapters/Database.java", "package com.shop.adapters;\npublic class Database { public void store() { } }\n"));

        List<Violation> found = ArchitectureCheck.run(new ArchitectureInput(List.of(classes), List.of(), List.of(),
                Set.of("com.shop.adapters.Database"), Map.of(), List.of()));

        assertEquals(List.of(), found);
    }

    @Test
    void a_may_use_naming_no_layer_is_refused_before_anything_is_imported() {
        ArchitectureInput input = new ArchitectureInput(List.of(Path.of("does-not-exist")), List.of(
                new Layer("domain", List.of("..domain.."), List.of()),
                new Layer("adapters", List.of("..adapters.."), List.of("domian"))), List.of(), Set.of(), Map.of(), List.of());

        InvalidLayersException e = assertThrows(InvalidLayersException.class, () -> ArchitectureCheck.run(input));

        assertEquals(List.of(new LayerProblem(LayerProblem.Kind.UNKNOWN_MAY_USE, "adapters", "domian",
                List.of("domain", "adapters"))), e.problems());
    }

    static final Map<String, String> HARNESS = Map.of(
            "com/shop/fetch/Fetcher.java", """
                    package com.shop.fetch;

                    public class Fetcher {
                        public java.io.InputStream open(String address) throws java.io.IOException {
                            return java.net.URI.create(address).toURL().openStream();
                        }
                    }
                    """,
            "com/shop/audit/Auditor.java", """
                    package com.shop.audit;

                    public class Auditor {
                        public String caller() {
                            return StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).orElseThrow().getMethodName();
                        }
                    }
                    """,
            "com/shop/tools/Handwritten.java", """
                    package com.shop.tools;

                    public class Handwritten {
                        public String home() {
                            return System.getenv("HOME") + StackWalker.getInstance().getClass();
                        }
                    }
                    """);

    @Test
    void spec_packages_may_use_only_their_granted_capabilities_and_never_look_at_the_stack(@TempDir Path project) throws Exception {
        Path classes = CompiledSources.compile(project, HARNESS);
        List<String> specPackages = List.of("com.shop.fetch", "com.shop.audit");

        List<Violation> ungranted = ArchitectureCheck.run(new ArchitectureInput(List.of(classes), List.of(), specPackages,
                Set.of(), Map.of(), List.of()));
        List<Violation> granted = ArchitectureCheck.run(new ArchitectureInput(List.of(classes), List.of(), specPackages,
                Set.of(), Map.of("com.shop.fetch", Set.of(Capability.NETWORK), "com.shop.audit", Set.of(Capability.values())), List.of()));

        assertEquals(List.of(
                "no-evidence-gaming com.shop.audit.Auditor:5 Method <com.shop.audit.Auditor.caller()> calls method"
                        + " <java.lang.StackWalker.getInstance()>, which is stack introspection",
                "capabilities com.shop.fetch.Fetcher:5 Method <com.shop.fetch.Fetcher.open(java.lang.String)> calls method"
                        + " <java.net.URL.openStream()>, which needs capability 'network', not granted to com.shop.fetch"),
                ungranted.stream().filter(v -> v.ruleId().equals("capabilities") || v.description().contains("getInstance()"))
                        .map(v -> v.ruleId() + " " + v.className() + ":" + v.line() + " " + v.description()).toList());
        assertEquals(List.of("no-evidence-gaming"), granted.stream().map(Violation::ruleId).distinct().toList(),
                "no capability grants stack introspection; hand-written code outside spec packages is not checked");
    }
}
