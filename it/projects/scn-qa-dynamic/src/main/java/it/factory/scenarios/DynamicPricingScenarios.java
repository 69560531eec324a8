package it.factory.scenarios;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** PRC-1 and PRC-2 are covered by dynamic tests only: their tags sit on the factory and on its class. */
class DynamicPricingScenarios {

    private final PriceCalculator calculator = ServiceLoader.load(PriceCalculator.class).findFirst().orElseThrow();

    @TestFactory
    @Tag("PRC-1")
    Stream<DynamicTest> empty_orders_cost_nothing() {
        return Stream.of("an empty order", "an empty order, again")
                .map(name -> dynamicTest(name, () -> assertEquals(0, calculator.totalCents(List.of()))));
    }

    @Nested
    @Tag("PRC-2")
    class Quantities {

        @TestFactory
        Stream<DynamicTest> quantities_below_one_are_rejected() {
            return Stream.of(0, -1).map(quantity -> dynamicTest("quantity " + quantity, () -> assertThrows(
                    IllegalArgumentException.class, () -> calculator.totalCents(List.of(new Line("a", quantity, 100))))));
        }
    }
}
