package it.factory.scenarios;

import it.factory.pricing.PriceCalculator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ContractScenarios {

    @Test
    void the_contract_classes_come_from_the_product_not_from_this_jar() {
        String location = PriceCalculator.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(location.endsWith("/classes/"), location);
    }
}
