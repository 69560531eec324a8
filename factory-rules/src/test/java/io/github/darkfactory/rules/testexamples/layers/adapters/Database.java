package io.github.darkfactory.rules.testexamples.layers.adapters;

import io.github.darkfactory.rules.testexamples.layers.domain.Order;

public class Database {

    public void store(Order order) {
    }
}
