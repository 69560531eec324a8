package it.factory.testdep;

public class Checks {
    public static void require(boolean condition) {
        if (!condition) {
            throw new org.opentest4j.AssertionFailedError("requirement failed");
        }
    }
}
