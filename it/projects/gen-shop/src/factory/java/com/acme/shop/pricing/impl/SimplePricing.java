package com.acme.shop.pricing.impl;

import com.acme.shop.catalog.Catalog;
import com.acme.shop.pricing.PriceCalculator;

import java.util.Map;
import java.util.ServiceLoader;

public class SimplePricing implements PriceCalculator {

    private final Catalog catalog = ServiceLoader.load(Catalog.class).findFirst().orElseThrow();

    @Override
    public long totalCents(Map<String, Integer> quantities) {
        return quantities.entrySet().stream().mapToLong(e -> catalog.unitCents(e.getKey()) * e.getValue()).sum();
    }
}
