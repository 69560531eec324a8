package it.run.greeting;

public interface Greeter { String greet(String name); }
