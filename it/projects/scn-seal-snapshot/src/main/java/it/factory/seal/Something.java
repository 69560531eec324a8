package it.factory.seal;

public class Something {
}
