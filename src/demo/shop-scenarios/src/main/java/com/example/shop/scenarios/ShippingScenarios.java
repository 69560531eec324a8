package com.example.shop.scenarios;

import com.example.shop.domain.shipping.ShippingCost;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShippingScenarios {

    private final ShippingCost shipping = Implementations.of(ShippingCost.class);

    @Test
    @Tag("SHP-1")
    void a_small_order_pays_the_flat_rate() {
        assertEquals(499, shipping.costCents(4_999));
    }

    @Test
    @Tag("SHP-2")
    void an_order_at_the_threshold_ships_free() {
        assertEquals(0, shipping.costCents(5_000));
    }

    @Test
    @Tag("SHP-2")
    void a_large_order_ships_free() {
        assertEquals(0, shipping.costCents(12_000));
    }
}
