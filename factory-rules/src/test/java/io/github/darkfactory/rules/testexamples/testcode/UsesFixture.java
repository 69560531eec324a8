package io.github.darkfactory.rules.testexamples.testcode;

public class UsesFixture {

    public String name() {
        return TestFixture.NAME.toString();
    }
}
