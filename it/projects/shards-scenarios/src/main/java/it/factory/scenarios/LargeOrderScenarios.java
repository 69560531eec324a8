package it.factory.scenarios;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("PRC-4")
class LargeOrderScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    void a_large_quantity_does_not_overflow_an_int() {
        assertEquals(3_000_000_000L, calculator.totalCents(List.of(new Line("a", 30_000, 100_000))));
    }

    @Test
    @Disabled("volume discounts are not specified yet")
    void volume_discounts() {
    }
}
