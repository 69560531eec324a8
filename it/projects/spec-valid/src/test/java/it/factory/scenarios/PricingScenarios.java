package it.factory.scenarios;

import it.factory.shop.domain.catalog.Sku;
import it.factory.shop.domain.pricing.Line;
import it.factory.shop.domain.pricing.PriceCalculator;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

class PricingScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    @Tag("PRC-1")
    void an_empty_order_costs_nothing() {
        Assertions.assertEquals(0, calculator.totalCents(List.of()));
    }

    @Test
    @Tag("PRC-2")
    void a_line_without_quantity_is_refused() {
        List<Line> lines = List.of(new Line(new Sku("A-1"), 0, 100));
        Assertions.assertThrows(IllegalArgumentException.class, () -> calculator.totalCents(lines));
    }
}
