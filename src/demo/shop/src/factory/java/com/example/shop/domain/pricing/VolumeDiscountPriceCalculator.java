package com.example.shop.domain.pricing;

import java.util.List;

/** Sums the lines and takes 5 % off orders of 10 000 cents or more, rounding down. */
public final class VolumeDiscountPriceCalculator implements PriceCalculator {

    private static final long DISCOUNT_THRESHOLD_CENTS = 10_000;
    private static final long DISCOUNT_PERCENT = 5;

    public VolumeDiscountPriceCalculator() {
    }

    @Override
    public long totalCents(List<Line> lines) {
        long sum = 0;
        for (Line line : lines) {
            if (line.quantity() < 1) {
                throw new IllegalArgumentException("quantity must be at least 1 for " + line.sku());
            }
            sum = Math.addExact(sum, Math.multiplyExact(line.unitCents(), (long) line.quantity()));
        }
        if (sum >= DISCOUNT_THRESHOLD_CENTS) {
            // The discounted total is rounded down: 95 % of the sum, floor division.
            return Math.floorDiv(Math.multiplyExact(sum, 100 - DISCOUNT_PERCENT), 100);
        }
        return sum;
    }
}
