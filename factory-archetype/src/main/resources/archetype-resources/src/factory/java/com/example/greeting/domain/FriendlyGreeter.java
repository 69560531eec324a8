package com.example.greeting.domain;

/** Greets a person by name, without the spaces around it. */
public final class FriendlyGreeter implements Greeter {

    @Override
    public String greet(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is needed to greet someone");
        }
        return "Hello, " + name.strip() + "!";
    }
}
