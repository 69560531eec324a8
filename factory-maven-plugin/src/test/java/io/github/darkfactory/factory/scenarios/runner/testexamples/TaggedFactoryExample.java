package io.github.darkfactory.factory.scenarios.runner.testexamples;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** Run by ScenarioRunnerTest and EarlyForkTest only: dynamic tests whose tags sit on their factory and enclosing class. */
@Tag("qa")
public class TaggedFactoryExample {

    @TestFactory
    @Tag("ACC-4")
    Stream<DynamicTest> factory() {
        return Stream.of(dynamicTest("dynamic one", () -> { }));
    }

    @Nested
    @Tag("ACC-5")
    class Inner {

        @TestFactory
        Stream<DynamicTest> untaggedFactory() {
            return Stream.of(dynamicTest("dynamic two", () -> { }));
        }
    }
}
