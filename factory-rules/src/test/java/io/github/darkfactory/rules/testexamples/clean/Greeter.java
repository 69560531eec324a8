package io.github.darkfactory.rules.testexamples.clean;

public class Greeter {

    public String greet(String name) {
        return "Hello, " + name;
    }
}
