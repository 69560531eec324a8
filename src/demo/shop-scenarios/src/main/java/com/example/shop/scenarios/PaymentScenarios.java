package com.example.shop.scenarios;

import com.example.shop.application.payments.PaymentDeclinedException;
import com.example.shop.application.payments.PaymentGateway;
import com.example.shop.application.payments.PaymentServiceException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Payments go through the product's own HTTP gateway to the payments twin, which the scenarios
 * goal starts and names in {@code factory.twin.payments.url}; the shop reads its payment service's
 * URL from {@code payments.url}, so the scenarios point it there.
 */
class PaymentScenarios {

    private final PaymentGateway payments;

    PaymentScenarios() {
        payments = gatewayAtTheTwin();
    }

    /** The shop's own gateway, with the shop's {@code payments.url} pointed at the payments twin. */
    static PaymentGateway gatewayAtTheTwin() {
        String twin = System.getProperty("factory.twin.payments.url", System.getenv("FACTORY_TWIN_PAYMENTS_URL"));
        if (twin == null) {
            throw new AssertionError("no payments twin: the scenarios need the twin named payments in <scenarios><twins>");
        }
        System.setProperty("payments.url", twin);
        return Implementations.of(PaymentGateway.class);
    }

    @Test
    @Tag("PAY-1")
    @Tag("PAY-3")
    void an_approved_charge_returns_the_charge_id() {
        assertEquals("ch_1001", payments.charge("ORD-1", 2_550));
    }

    @Test
    @Tag("PAY-2")
    @Tag("PAY-3")
    void a_declined_charge_is_refused_naming_order_and_reason() {
        PaymentDeclinedException e = assertThrows(PaymentDeclinedException.class, () -> payments.charge("ORD-2", 99_900));
        assertTrue(e.getMessage().contains("ORD-2") && e.getMessage().contains("card_declined"), e.getMessage());
    }

    @Test
    @Tag("PAY-4")
    void another_status_is_a_service_error_naming_it() {
        PaymentServiceException e = assertThrows(PaymentServiceException.class, () -> payments.charge("ORD-3", 100));
        assertTrue(e.getMessage().contains("503"), e.getMessage());
    }
}
