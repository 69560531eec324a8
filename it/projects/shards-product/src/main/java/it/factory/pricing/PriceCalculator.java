package it.factory.pricing;

import java.util.List;

public interface PriceCalculator {
    long totalCents(List<Line> lines);
}
