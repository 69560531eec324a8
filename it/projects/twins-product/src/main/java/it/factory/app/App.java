package it.factory.app;

/** A product whose scenarios reach two third-party services through twins. */
public final class App {
}
