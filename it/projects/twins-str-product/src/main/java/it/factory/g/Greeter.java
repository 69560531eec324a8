package it.factory.g;

public interface Greeter {
    String greet(String name);
}
