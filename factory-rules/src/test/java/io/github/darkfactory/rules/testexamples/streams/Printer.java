package io.github.darkfactory.rules.testexamples.streams;

public class Printer {

    public void print() {
        System.out.println("hello");
    }

    public void warn() {
        System.err.println("careful");
    }
}
