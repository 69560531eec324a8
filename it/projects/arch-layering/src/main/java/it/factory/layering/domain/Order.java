package it.factory.layering.domain;

import it.factory.layering.adapters.OrderTable;

public class Order {
    public void save() {
        new OrderTable().insert(this);
    }
}
