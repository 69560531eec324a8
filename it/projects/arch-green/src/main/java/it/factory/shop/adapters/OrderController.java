package it.factory.shop.adapters;

import it.factory.shop.application.PlaceOrder;
import it.factory.shop.domain.Order;

public class OrderController {
    public Order post(String sku) {
        return new PlaceOrder().place(sku);
    }
}
