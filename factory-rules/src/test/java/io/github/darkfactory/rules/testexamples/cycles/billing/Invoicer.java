package io.github.darkfactory.rules.testexamples.cycles.billing;

import io.github.darkfactory.rules.testexamples.cycles.orders.OrderService;

public class Invoicer {

    public void invoice() {
    }

    public void reorder() {
        new OrderService().place();
    }
}
