package io.github.darkfactory.factory.spec;

/** A value read from a spec file together with the 1-based line it came from. */
record Located(String value, int line) {
}
