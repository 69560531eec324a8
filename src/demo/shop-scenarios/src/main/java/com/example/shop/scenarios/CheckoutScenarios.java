package com.example.shop.scenarios;

import com.example.shop.application.checkout.Checkout;
import com.example.shop.application.checkout.Receipt;
import com.example.shop.application.checkout.UnknownProductException;
import com.example.shop.application.payments.PaymentGateway;
import com.example.shop.domain.catalog.Catalog;
import com.example.shop.domain.catalog.Product;
import com.example.shop.domain.pricing.Line;
import com.example.shop.domain.pricing.PriceCalculator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckoutScenarios {

    private final Checkout checkout = Implementations.of(Checkout.class);
    private final PriceCalculator prices = Implementations.of(PriceCalculator.class);
    private final Catalog catalog = Implementations.of(Catalog.class);

    CheckoutScenarios() {
        catalog.add(new Product("TEA-1", "Green tea", 450));
        catalog.add(new Product("CUP-2", "Cup", 1_200));
    }

    @Test
    @Tag("CHK-1")
    void the_total_is_what_pricing_gives_at_catalog_prices() {
        Receipt receipt = checkout.checkout(Map.of("TEA-1", 3, "CUP-2", 1), catalog, prices);
        long expected = prices.totalCents(List.of(new Line("CUP-2", 1, 1_200), new Line("TEA-1", 3, 450)));
        assertEquals(expected, receipt.totalCents());
        assertEquals(2_550, receipt.totalCents());
    }

    @Test
    @Tag("CHK-2")
    void an_unknown_sku_is_refused_by_name() {
        UnknownProductException e = assertThrows(UnknownProductException.class,
                () -> checkout.checkout(Map.of("GHOST-7", 1), catalog, prices));
        assertTrue(e.getMessage().contains("GHOST-7"), e.getMessage());
    }

    @Test
    @Tag("CHK-3")
    void receipt_lines_are_in_sku_order() {
        Receipt receipt = checkout.checkout(Map.of("TEA-1", 2, "CUP-2", 1), catalog, prices);
        assertEquals(List.of("1 x Cup", "2 x Green tea"), receipt.lines());
    }

    @Test
    @Tag("CHK-4")
    void paying_a_receipt_charges_its_total_through_the_payment_twin() {
        PaymentGateway payments = PaymentScenarios.gatewayAtTheTwin();
        Receipt receipt = checkout.checkout(Map.of("TEA-1", 3, "CUP-2", 1), catalog, prices);
        // the twin approves ORD-1 for exactly 2550 cents and has no answer for any other amount
        assertEquals("ch_1001", checkout.pay(receipt, "ORD-1", payments));
    }
}
