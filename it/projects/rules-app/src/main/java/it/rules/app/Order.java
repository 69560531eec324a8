package it.rules.app;

public class Order {

    private final long total;

    public Order(long total) {
        this.total = total;
    }

    public long total() {
        return total;
    }
}
