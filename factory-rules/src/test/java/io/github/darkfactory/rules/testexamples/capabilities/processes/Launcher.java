package io.github.darkfactory.rules.testexamples.capabilities.processes;

import java.io.IOException;

public class Launcher {
    public void launch() throws IOException {
        new ProcessBuilder("true").start();
    }

    public void quit() {
        System.exit(1);
    }
}
