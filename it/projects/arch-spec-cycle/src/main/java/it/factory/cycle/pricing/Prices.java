package it.factory.cycle.pricing;

import it.factory.cycle.catalog.Catalog;

public class Prices {
    public long total(String sku) {
        return Catalog.price(sku);
    }
}
