package com.example.shop.application.checkout;

import com.example.shop.application.payments.PaymentGateway;
import com.example.shop.domain.catalog.Catalog;
import com.example.shop.domain.catalog.Product;
import com.example.shop.domain.pricing.Line;
import com.example.shop.domain.pricing.PriceCalculator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prices a cart at catalog prices, in SKU order, and charges its total through the gateway. */
public class CatalogCheckout implements Checkout {

    public CatalogCheckout() {
    }

    @Override
    public Receipt checkout(Map<String, Integer> cart, Catalog catalog, PriceCalculator prices) {
        List<Line> lines = new ArrayList<>();
        List<String> receiptLines = new ArrayList<>();
        for (Map.Entry<String, Integer> item : new TreeMap<>(cart).entrySet()) {
            Product product = catalog.find(item.getKey())
                    .orElseThrow(() -> new UnknownProductException(item.getKey()));
            lines.add(new Line(product.sku(), item.getValue(), product.unitCents()));
            receiptLines.add(item.getValue() + " x " + product.name());
        }
        return new Receipt(List.copyOf(receiptLines), prices.totalCents(lines));
    }

    @Override
    public String pay(Receipt receipt, String orderId, PaymentGateway payments) {
        return payments.charge(orderId, receipt.totalCents());
    }
}
