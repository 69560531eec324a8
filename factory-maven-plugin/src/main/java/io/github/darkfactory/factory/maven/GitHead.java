package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.io.BoundedProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a directory is checked out at, for evidence.html: read from {@code .git} (a directory,
 * or a worktree's {@code gitdir:} file) by following {@code HEAD} to its ref, loose or packed,
 * without running git; {@code git rev-parse HEAD} only when that fails and git is on the PATH.
 */
final class GitHead {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    private GitHead() {
    }

    /** The commit, or empty when the directory is not inside a git checkout. */
    static Optional<String> commit(Path directory) {
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.exists(git)) {
                Optional<String> read = read(dir, git);
                return read.isPresent() ? read : revParse(directory);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(Path checkout, Path git) {
        try {
            Path gitDir = git;
            if (Files.isRegularFile(git)) {
                String line = Files.readString(git, StandardCharsets.UTF_8).trim();
                if (!line.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                gitDir = checkout.resolve(line.substring("gitdir:".length()).trim());
            }
            String head = Files.readString(gitDir.resolve("HEAD"), StandardCharsets.UTF_8).trim();
            if (!head.startsWith("ref:")) {
                return sha(head);
            }
            String ref = head.substring("ref:".length()).trim();
            Path commonFile = gitDir.resolve("commondir");
            Path common = Files.isRegularFile(commonFile)
                    ? gitDir.resolve(Files.readString(commonFile, StandardCharsets.UTF_8).trim()) : gitDir;
            for (Path base : List.of(gitDir, common)) {
                if (Files.isRegularFile(base.resolve(ref))) {
                    return sha(Files.readString(base.resolve(ref), StandardCharsets.UTF_8).trim());
                }
            }
            Path packed = common.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed, StandardCharsets.UTF_8)) {
                    if (line.endsWith(" " + ref)) {
                        return sha(line.substring(0, line.indexOf(' ')));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the files say nothing (a new repository format, say), git itself, if it is installed. */
    private static Optional<String> revParse(Path directory) {
        Path output = null;
        try {
            output = Files.createTempFile("factory-git-head", ".txt");
            ProcessBuilder builder = new ProcessBuilder("git", "rev-parse", "HEAD").directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            BoundedProcess.Ended ended = BoundedProcess.run(builder, 10);
            return ended.exitCode() == 0 && !ended.timedOut()
                    ? sha(Files.readString(output, StandardCharsets.UTF_8).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static Optional<String> sha(String text) {
        return SHA.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
