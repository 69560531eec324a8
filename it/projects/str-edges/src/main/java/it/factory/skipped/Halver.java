package it.factory.skipped;

public interface Halver {
    int half(int n);
}
