package it.factory.scenarios;

import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("PRC-1")
class EmptyOrderScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    void an_empty_order_costs_nothing() {
        assertEquals(0, calculator.totalCents(List.of()));
    }
}
