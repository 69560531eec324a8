package io.github.darkfactory.factory.generate.lock;

import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.darkfactory.factory.generate.Fixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class InputHashTest {

    private final Spec catalog = spec("catalog", "Lists products.", List.of());
    private final Spec pricing = spec("pricing", "Prices orders.", List.of("catalog"));
    private final Spec shipping = spec("shipping", "Ships parcels.", List.of());

    private String pricingHash(Spec... specs) {
        SpecSet set = new SpecSet(List.of(specs));
        return InputHash.of(set.find("pricing").orElseThrow(), set);
    }

    @Test
    void crlf_and_lf_line_endings_give_the_same_hash() {
        Spec crlf = new Spec(pricing.id(), pricing.packageName(), null, pricing.dependsOn(), Set.of(), pricing.file(),
                pricing.text().replace("\n", "\r\n"), pricing.contracts(), List.of());

        assertEquals(pricingHash(catalog, pricing), pricingHash(catalog, crlf));
    }

    @Test
    void changing_a_dependsOn_contract_changes_the_hash() {
        Spec changedCatalog = spec("catalog", "Lists products.", List.of(),
                "package com.acme.catalog;\npublic interface Api {\n    long value();\n}\n");

        assertNotEquals(pricingHash(catalog, pricing), pricingHash(changedCatalog, pricing));
    }

    @Test
    void changing_the_prose_of_a_dependency_does_not_change_the_hash() {
        Spec reworded = spec("catalog", "Lists every product we sell.", List.of());

        assertEquals(pricingHash(catalog, pricing), pricingHash(reworded, pricing));
    }

    @Test
    void changing_an_unrelated_spec_does_not_change_the_hash() {
        Spec changedShipping = spec("shipping", "Ships parcels overnight.", List.of(),
                "package com.acme.shipping;\npublic interface Api {\n    String value();\n}\n");

        assertEquals(pricingHash(catalog, pricing, shipping), pricingHash(catalog, pricing, changedShipping));
    }

    @Test
    void changing_the_spec_text_changes_the_hash() {
        Spec changed = spec("pricing", "Prices orders, with VAT.", List.of("catalog"));

        assertNotEquals(pricingHash(catalog, pricing), pricingHash(catalog, changed));
    }

    @Test
    void the_hash_is_lower_case_hex_sha256() {
        assertEquals(64, pricingHash(catalog, pricing).length());
        assertEquals(pricingHash(catalog, pricing), pricingHash(catalog, pricing).toLowerCase());
    }
}
