package it.factory.exit.internal;

import it.factory.exit.Guard;

/** With the condition negated (PIT's NEGATE_CONDITIONALS) every scenario's call exits the JVM. */
public class ExitingGuard implements Guard {

    @Override
    public int checked(int n) {
        if (n < 0) {
            System.exit(3);
        }
        return n;
    }
}
