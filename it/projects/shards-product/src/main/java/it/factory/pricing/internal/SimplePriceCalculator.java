package it.factory.pricing.internal;

import it.factory.pricing.Line;
import it.factory.pricing.PriceCalculator;

import java.util.List;

public class SimplePriceCalculator implements PriceCalculator {

    @Override
    public long totalCents(List<Line> lines) {
        long total = Boolean.getBoolean("pricing.bug") ? 1 : 0;
        for (Line line : lines) {
            if (line.quantity() < 1) {
                throw new IllegalArgumentException("quantity below 1: " + line);
            }
            total += line.quantity() * line.unitCents();
        }
        return total;
    }
}
