package it.factory.shop;

import it.factory.shop.domain.Order;

public class OrderFixture {
    public static Order anOrder() {
        return new Order("sku-1", 2);
    }
}
