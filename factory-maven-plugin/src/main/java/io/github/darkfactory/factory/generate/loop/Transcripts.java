package io.github.darkfactory.factory.generate.loop;

import io.github.darkfactory.factory.io.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code <dir>/<spec>/<n>-prompt.md} and {@code <n>-answer.md}. They hold the prompt and
 * answer text only; credentials never reach the prompt, so they never reach a transcript.
 */
final class Transcripts {

    private final Path directory;

    private Transcripts(Path directory) {
        this.directory = directory;
    }

    /** Removes the transcripts of an earlier run of this spec, so no stale iteration is left beside new ones. */
    static Transcripts reset(Path transcriptsDir, String specId) {
        Path directory = transcriptsDir.resolve(specId);
        try {
            FileTrees.deleteRecursively(directory);
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the transcript directory " + directory, e);
        }
        return new Transcripts(directory);
    }

    void prompt(int iteration, String system, String user) {
        write(iteration + "-prompt.md", "<!-- system prompt -->\n" + system + "\n<!-- user prompt -->\n" + user);
    }

    void answer(int iteration, String text) {
        write(iteration + "-answer.md", text);
    }

    private void write(String name, String text) {
        try {
            Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write transcript " + directory.resolve(name), e);
        }
    }
}
