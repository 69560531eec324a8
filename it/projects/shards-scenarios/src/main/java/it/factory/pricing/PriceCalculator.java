package it.factory.pricing;

import java.util.List;

/** Copy of the product's contract, so the scenarios compile; the product's own class shadows it. */
public interface PriceCalculator {
    long totalCents(List<Line> lines);
}
