package com.example.shop.scenarios;

import com.example.shop.domain.pricing.Line;
import com.example.shop.domain.pricing.PriceCalculator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PricingScenarios {

    private final PriceCalculator prices = Implementations.of(PriceCalculator.class);

    @Test
    @Tag("PRC-1")
    void an_empty_order_costs_nothing() {
        assertEquals(0, prices.totalCents(List.of()));
        // Beside an order that costs something: alone, "always 0" would pass too (the strength goal
        // reports such a requirement as vacuous).
        assertEquals(450, prices.totalCents(List.of(new Line("TEA-1", 1, 450))));
    }

    @Test
    @Tag("PRC-2")
    void a_quantity_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> prices.totalCents(List.of(new Line("TEA-1", 0, 450))));
    }

    @Nested
    @Tag("PRC-3")
    class VolumeDiscount {

        @Test
        void below_the_threshold_there_is_no_discount() {
            assertEquals(9_999, prices.totalCents(List.of(new Line("A-1", 1, 9_999))));
        }

        @Test
        void at_the_threshold_five_percent_comes_off() {
            assertEquals(9_500, prices.totalCents(List.of(new Line("A-1", 4, 2_500))));
        }

        @Test
        void the_discounted_total_is_rounded_down_to_the_cent() {
            assertEquals(9_500, prices.totalCents(List.of(new Line("A-1", 1, 10_001))));
        }
    }
}
