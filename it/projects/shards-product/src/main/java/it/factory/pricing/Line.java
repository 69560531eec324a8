package it.factory.pricing;

public record Line(String sku, int quantity, long unitCents) {
}
