package it.gtw.greeting;

// The contract as the spec declares it, so the scenarios compile; the product's own copy shadows it.
public interface Greeter { String greet(String name); }
