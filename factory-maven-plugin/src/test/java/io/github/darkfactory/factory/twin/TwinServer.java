package io.github.darkfactory.factory.twin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a twin as its own process, for trying the plugin by hand or from a script:
 * {@code java -cp <test-jar>:<deps> io.github.darkfactory.factory.twin.TwinServer openai port.txt answers/}
 * starts an OpenAI twin, writes its port to {@code port.txt}, and answers each request with the
 * next file of {@code answers/} in name order (the last one again once they are used up). Stops
 * when the process is killed.
 */
public final class TwinServer {

    private TwinServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: TwinServer <openai|anthropic|ollama> <port file> <directory of answer files>");
            System.exit(2);
        }
        List<String> answers = answers(Paths.get(args[2]));
        if (answers.isEmpty()) {
            System.err.println("no answer files in " + args[2]);
            System.exit(2);
        }
        ProviderTwin twin = ProviderTwin.start(args[0]);
        answers.forEach(twin::answer);
        String last = answers.get(answers.size() - 1);
        twin.otherwise(request -> Reply.text(last));
        Files.writeString(Paths.get(args[1]), Integer.toString(twin.port()));
        System.out.println(twin.provider() + " twin at " + twin.baseUrl());
        Thread.currentThread().join();
    }

    private static List<String> answers(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
            List<String> texts = new java.util.ArrayList<>();
            for (Path file : sorted) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
