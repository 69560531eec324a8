package it.factory.x;

public interface Doubler {
    int twice(int n);
}
