package it.factory.cycle.catalog;

import it.factory.cycle.pricing.Prices;

public class Catalog {
    public static long price(String sku) {
        return 0;
    }

    public long discounted(String sku) {
        return new Prices().total(sku) / 2;
    }
}
