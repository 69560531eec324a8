package com.example.shop.domain.shipping;

/** A flat rate below the free-shipping threshold, nothing from it on. */
public final class FreeFromThresholdShipping implements ShippingCost {

    private static final long FREE_FROM_CENTS = 5_000;
    private static final long FLAT_RATE_CENTS = 499;

    public FreeFromThresholdShipping() {
    }

    @Override
    public long costCents(long orderCents) {
        if (orderCents >= FREE_FROM_CENTS) {
            return 0;
        }
        return FLAT_RATE_CENTS;
    }
}
