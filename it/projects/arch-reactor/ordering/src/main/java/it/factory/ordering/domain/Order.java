package it.factory.ordering.domain;

public record Order(String sku) {
}
