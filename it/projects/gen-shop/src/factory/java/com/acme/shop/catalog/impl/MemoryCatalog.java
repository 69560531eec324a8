package com.acme.shop.catalog.impl;

import com.acme.shop.catalog.Catalog;

import java.util.Map;

public class MemoryCatalog implements Catalog {

    private static final Map<String, Long> PRICES = Map.of("apple", 50L, "pear", 70L);

    @Override
    public long unitCents(String sku) {
        Long price = PRICES.get(sku);
        if (price == null) {
            throw new IllegalArgumentException("unknown sku " + sku);
        }
        return price;
    }
}
