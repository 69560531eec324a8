package it.factory.layering.adapters;

import it.factory.layering.domain.Order;

public class OrderTable {
    public void insert(Order order) {
    }
}
