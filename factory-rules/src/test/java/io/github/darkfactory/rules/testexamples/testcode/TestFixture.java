package io.github.darkfactory.rules.testexamples.testcode;

public enum TestFixture {
    NAME
}
