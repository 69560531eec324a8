package it.factory.loop;

public interface Counter {
    int countTo(int n);
}
