package io.github.darkfactory.factory.generate.write;

/**
 * A place where a commit can be cut short, so tests can simulate a killed JVM at each step and
 * check that the next start repairs the tree. Production code uses {@link #NONE}.
 */
@FunctionalInterface
public interface Interruption {

    enum Step { JOURNAL_WRITTEN, FILES_WRITTEN, LOCK_WRITTEN }

    void reached(Step step);

    Interruption NONE = step -> { };
}
