package io.github.darkfactory.rules.testexamples.layers.domain;

import io.github.darkfactory.rules.testexamples.layers.adapters.Database;

public class Order {

    public void save() {
        new Database().store(this);
    }
}
