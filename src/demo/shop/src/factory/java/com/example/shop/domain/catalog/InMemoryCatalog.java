package com.example.shop.domain.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A catalog held in memory, keyed by SKU. */
public final class InMemoryCatalog implements Catalog {

    private final Map<String, Product> productsBySku = new ConcurrentHashMap<>();

    public InMemoryCatalog() {
    }

    @Override
    public void add(Product product) {
        if (product == null) {
            throw new IllegalArgumentException("product must not be null");
        }
        if (product.sku() == null || product.sku().isBlank()) {
            throw new IllegalArgumentException("product SKU must not be blank");
        }
        if (product.unitCents() < 0) {
            throw new IllegalArgumentException("unit price must not be negative: " + product.unitCents());
        }
        productsBySku.put(product.sku(), product);
    }

    @Override
    public Optional<Product> find(String sku) {
        return sku == null ? Optional.empty() : Optional.ofNullable(productsBySku.get(sku));
    }
}
