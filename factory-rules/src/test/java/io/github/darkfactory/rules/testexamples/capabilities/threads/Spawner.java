package io.github.darkfactory.rules.testexamples.capabilities.threads;

import java.util.List;
import java.util.concurrent.CompletableFuture;

public class Spawner {
    public void spawn(Runnable task) {
        new Thread(task).start();
    }

    public CompletableFuture<String> later() {
        return CompletableFuture.supplyAsync(() -> "done");
    }

    public long count(List<String> words) {
        return words.parallelStream().count();
    }

    public void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
