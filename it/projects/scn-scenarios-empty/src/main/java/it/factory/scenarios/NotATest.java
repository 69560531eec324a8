package it.factory.scenarios;

/** A scenario jar whose author forgot the tests. */
public class NotATest {
}
