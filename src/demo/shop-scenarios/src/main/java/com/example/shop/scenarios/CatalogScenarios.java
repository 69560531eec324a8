package com.example.shop.scenarios;

import com.example.shop.domain.catalog.Catalog;
import com.example.shop.domain.catalog.Product;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogScenarios {

    private final Catalog catalog = Implementations.of(Catalog.class);

    @Test
    @Tag("CAT-1")
    void a_product_added_is_found_by_its_sku() {
        Product tea = new Product("TEA-1", "Green tea", 450);
        catalog.add(tea);
        assertEquals(tea, catalog.find("TEA-1").orElseThrow());
    }

    @Test
    @Tag("CAT-1")
    void an_unknown_sku_is_not_found() {
        assertTrue(catalog.find("NOPE-9").isEmpty());
    }

    @Test
    @Tag("CAT-2")
    void adding_the_same_sku_again_keeps_the_newer_product() {
        catalog.add(new Product("TEA-1", "Green tea", 450));
        catalog.add(new Product("TEA-1", "Green tea (large)", 700));
        assertEquals(700, catalog.find("TEA-1").orElseThrow().unitCents());
    }

    @Test
    @Tag("CAT-3")
    void a_blank_sku_or_negative_price_is_refused_and_changes_nothing() {
        assertThrows(IllegalArgumentException.class, () -> catalog.add(new Product(" ", "Blank", 100)));
        assertThrows(IllegalArgumentException.class, () -> catalog.add(new Product("BAD-1", "Negative", -1)));
        assertTrue(catalog.find("BAD-1").isEmpty());
    }
}
