package it.factory.none;

public interface Echo {
    String echo(String text);
}
