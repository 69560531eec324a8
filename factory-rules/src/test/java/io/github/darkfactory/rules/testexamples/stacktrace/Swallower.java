package io.github.darkfactory.rules.testexamples.stacktrace;

public class Swallower {

    public void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }
}
