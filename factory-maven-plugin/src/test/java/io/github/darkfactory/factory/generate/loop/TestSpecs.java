package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.spec.ContractUnit;
import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.spec.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Small specs built in code, as the spec loader would produce them. */
final class TestSpecs {

    static final String CATALOG_CONTRACT = """
            package com.acme.shop.domain.catalog;
            public interface Catalog { long unitCents(String sku); }
            """;

    static final String PRICING_CONTRACT = """
            package com.acme.shop.domain.pricing;
            public interface PriceCalculator { long totalCents(java.util.List<Line> lines); }
            """;

    static final String LINE_CONTRACT = """
            package com.acme.shop.domain.pricing;
            public record Line(String sku, int quantity) {}
            """;

    private TestSpecs() {
    }

    static Spec catalog() {
        String text = """
                ---
                id: catalog
                package: com.acme.shop.domain.catalog
                ---
                # Catalog
                Knows the unit price of every sku; CATALOG-SECRET-PROSE.

                ## Contract
                ```java
                """ + CATALOG_CONTRACT + """
                ```

                ## Requirements
                - CAT-1: WHEN a sku is unknown THEN unitCents SHALL throw IllegalArgumentException.
                """;
        return new Spec("catalog", "com.acme.shop.domain.catalog", null, List.of(), Set.of(), Path.of("catalog.md"), text,
                List.of(new ContractUnit("com.acme.shop.domain.catalog", List.of("Catalog"), CATALOG_CONTRACT, 9)),
                List.of(new Requirement("CAT-1", "WHEN a sku is unknown THEN unitCents SHALL throw IllegalArgumentException.",
                        "catalog", 13)));
    }

    static Spec pricing() {
        String text = """
                ---
                id: pricing
                package: com.acme.shop.domain.pricing
                dependsOn: [catalog]
                ---
                # Pricing
                Adds up order lines using catalog prices.

                ## Contract
                ```java
                """ + PRICING_CONTRACT + """
                ```
                ```java
                """ + LINE_CONTRACT + """
                ```

                ## Requirements
                - PRC-1: WHEN the order has no lines THEN the total SHALL be 0.
                """;
        return new Spec("pricing", "com.acme.shop.domain.pricing", null, List.of("catalog"), Set.of(), Path.of("pricing.md"), text,
                List.of(new ContractUnit("com.acme.shop.domain.pricing", List.of("PriceCalculator"), PRICING_CONTRACT, 10),
                        new ContractUnit("com.acme.shop.domain.pricing", List.of("Line"), LINE_CONTRACT, 14)),
                List.of(new Requirement("PRC-1", "WHEN the order has no lines THEN the total SHALL be 0.", "pricing", 19)));
    }
}
