package it.factory.scenarios;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("PRC-4")
class TotalScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @Test
    void one_line_costs_quantity_times_unit_price() {
        assertEquals(300, calculator.totalCents(List.of(new Line("a", 3, 100))));
    }

    @Test
    void lines_add_up() {
        assertEquals(350, calculator.totalCents(List.of(new Line("a", 3, 100), new Line("b", 1, 50))));
    }
}
