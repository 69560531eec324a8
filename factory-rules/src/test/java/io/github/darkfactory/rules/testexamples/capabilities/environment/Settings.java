package io.github.darkfactory.rules.testexamples.capabilities.environment;

public class Settings {
    public String home() {
        return System.getenv("HOME");
    }

    public Integer size() {
        return Integer.getInteger("size");
    }
}
