package it.factory.shop.domain;

public record Order(String sku, int quantity) {
}
