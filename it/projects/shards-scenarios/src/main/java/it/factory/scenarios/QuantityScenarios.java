package it.factory.scenarios;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertThrows;

@Tag("PRC-2")
class QuantityScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    void a_negative_quantity_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> calculator.totalCents(List.of(new Line("a", -1, 100))));
    }

    @Nested
    class Zero {

        @Test
        void a_zero_quantity_is_rejected() {
            assertThrows(IllegalArgumentException.class, () -> calculator.totalCents(List.of(new Line("a", 0, 100))));
        }
    }
}
