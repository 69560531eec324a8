package it.rules.app;

public record Customer(String name) {
}
