package io.github.darkfactory.rules.testexamples.gaming;

import io.github.darkfactory.rules.Violation;
import org.junit.jupiter.api.Assertions;

public class Sneaky {
    public boolean underTest() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith("org.junit")));
    }

    public String caller() {
        return new Throwable().getStackTrace()[1].getMethodName();
    }

    public void check(boolean condition) {
        Assertions.assertTrue(condition);
    }

    public String judged(Violation violation) {
        return violation.ruleId();
    }
}
