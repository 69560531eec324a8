package io.github.darkfactory.rules.testexamples.cycles.orders;

import io.github.darkfactory.rules.testexamples.cycles.billing.Invoicer;

public class OrderService {

    public void place() {
        new Invoicer().invoice();
    }
}
