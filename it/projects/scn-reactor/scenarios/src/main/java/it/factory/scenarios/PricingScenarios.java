package it.factory.scenarios;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("pricing")
class PricingScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    @Tag("PRC-1")
    void an_empty_order_costs_nothing() {
        assertEquals(0, calculator.totalCents(List.of()));
    }

    @Test
    @Tag("PRC-2")
    void a_negative_quantity_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> calculator.totalCents(List.of(new Line("a", -1, 100))));
    }

    @Test
    void the_contract_classes_come_from_the_product_not_from_this_jar() throws Exception {
        String location = PriceCalculator.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(location.endsWith("/classes/"), location);
    }

    @Nested
    @Tag("PRC-2")
    class Quantities {

        @Test
        void a_zero_quantity_is_rejected() {
            assertThrows(IllegalArgumentException.class, () -> calculator.totalCents(List.of(new Line("a", 0, 100))));
        }
    }
}
