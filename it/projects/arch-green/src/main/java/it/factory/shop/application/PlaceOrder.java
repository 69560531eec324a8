package it.factory.shop.application;

import it.factory.shop.domain.Order;

public class PlaceOrder {
    public Order place(String sku) {
        return new Order(sku, 1);
    }
}
