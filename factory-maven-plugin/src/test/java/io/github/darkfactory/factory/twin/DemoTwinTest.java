package io.github.darkfactory.factory.twin;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoTwinTest {

    private static final Map<String, String> ANSWERS = Map.of("shipping", "if (cents >= FREE) {", "pricing", "sum >= X");

    @Test
    void the_first_answers_for_the_broken_spec_are_the_variant_and_later_ones_the_committed_code() {
        DemoTwin.BrokenFirst broken = DemoTwin.BrokenFirst.of(ANSWERS, "shipping", 2, ">= FREE", "> FREE");

        assertEquals("sum >= X", broken.answer("pricing", "sum >= X"), "other specs are never broken");
        assertEquals("if (cents > FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
        assertEquals("if (cents > FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
        assertEquals("if (cents >= FREE) {", broken.answer("shipping", ANSWERS.get("shipping")));
    }

    @Test
    void a_substitution_that_finds_nothing_refuses_to_start() {
        assertThrows(IllegalArgumentException.class, () -> DemoTwin.BrokenFirst.of(ANSWERS, "shipping", 1, "<=", "<"));
    }

    @Test
    void the_demo_shop_has_an_answer_per_spec_with_the_payments_adapter_and_checkout_paying_through_it() throws IOException {
        Map<String, String> answers = DemoTwin.answersBySpec(Path.of("../src/demo/shop"));

        assertEquals(List.of("catalog", "checkout", "payments", "pricing", "shipping"), List.copyOf(answers.keySet()));
        String payments = answers.get("payments");
        assertTrue(payments.startsWith("### com/example/shop/application/payments/HttpPaymentGateway.java\n```java\n"), payments);
        assertTrue(payments.contains("java.net.http.HttpClient") && payments.contains("\"payments.url\""), payments);
        assertTrue(answers.get("checkout").contains("payments.charge(orderId, receipt.totalCents())"), answers.get("checkout"));
    }
}
