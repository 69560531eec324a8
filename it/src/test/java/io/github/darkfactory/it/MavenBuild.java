package io.github.darkfactory.it;

import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real Maven build of one project under {@code it/projects}, copied to a fresh work directory
 * first so runs never see each other's output. Builds use the repository that the {@code it}
 * module filled with this checkout's plugin, chained to the user's repository as a read-only tail.
 */
public final class MavenBuild {

    private static final Path PROJECTS = Paths.get(System.getProperty("it.projects"));
    private static final Path WORK = Paths.get(System.getProperty("it.work"));
    private static final Path REPO = Paths.get(System.getProperty("it.repo"));
    private static final String TAIL_REPO = System.getProperty("it.tailRepo");
    private static final String PLUGIN_VERSION = System.getProperty("it.pluginVersion");

    private final Path baseDir;
    private final Properties properties = new Properties();
    private final Map<String, String> environment = new java.util.HashMap<>();
    private int timeoutSeconds = 300;

    private MavenBuild(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** A fresh copy of {@code it/projects/<name>} in {@code <name>-<copyName>} under the work directory. */
    public static MavenBuild copyOf(String name, String copyName) {
        Path target = WORK.resolve(name + (copyName.isEmpty() ? "" : "-" + copyName));
        deleteTree(target);
        copyTree(PROJECTS.resolve(name), target);
        return new MavenBuild(target);
    }

    public static MavenBuild copyOf(String name) {
        return copyOf(name, "");
    }

    /** Runs Maven in a directory as it is, without copying (for a project already prepared). */
    public static MavenBuild in(Path baseDir) {
        return new MavenBuild(baseDir);
    }

    public MavenBuild property(String key, String value) {
        properties.setProperty(key, value);
        return this;
    }

    public MavenBuild environment(String key, String value) {
        environment.put(key, value);
        return this;
    }

    public MavenBuild timeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    public Path baseDir() {
        return baseDir;
    }

    public Path file(String relative) {
        return baseDir.resolve(relative);
    }

    /** Runs the given goals and arguments, such as {@code "verify"} or {@code "-T", "2", "verify"}. */
    public Result run(String... args) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        InvocationRequest request = new DefaultInvocationRequest()
                .setBaseDirectory(baseDir.toFile())
                .setBatchMode(true)
                .setShowErrors(true)
                .setOutputHandler(lines::add)
                .setErrorHandler(lines::add)
                .addArgs(List.of("-ntp"))
                .addArgs(Arrays.asList(args));
        request.setTimeoutInSeconds(timeoutSeconds);
        Properties all = new Properties();
        all.setProperty("maven.repo.local.tail", TAIL_REPO);
        // builds run in parallel and may download the same artifact into the IT repository at once
        all.setProperty("aether.syncContext.named.factory", "file-lock");
        all.setProperty("aether.syncContext.named.nameMapper", "file-gav");
        all.putAll(properties);
        request.setProperties(all);
        environment.forEach(request::addShellEnvironment);
        try {
            InvocationResult result = new DefaultInvoker()
                    .setMavenHome(Paths.get(System.getProperty("maven.home")).toFile())
                    .setLocalRepositoryDirectory(REPO.toFile())
                    .execute(request);
            Result out = new Result(result.getExitCode(), List.copyOf(lines), baseDir);
            Files.write(baseDir.resolve("build.log"), out.lines(), StandardCharsets.UTF_8);
            return out;
        } catch (MavenInvocationException | IOException e) {
            throw new IllegalStateException("could not run Maven in " + baseDir, e);
        }
    }

    /**
     * Starts the build without waiting, as a CI runner starts a job, so a test can kill it. The
     * process is Maven's own JVM ({@code bin/mvn} execs java); its output goes to {@code logFile} in
     * the project directory.
     */
    public Process start(String logFile, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-ntp",
                "-Dmaven.repo.local=" + REPO, "-Dmaven.repo.local.tail=" + TAIL_REPO,
                "-Daether.syncContext.named.factory=file-lock", "-Daether.syncContext.named.nameMapper=file-gav"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true)
                .redirectOutput(baseDir.resolve(logFile).toFile());
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Maven in " + baseDir, e);
        }
    }

    /** The outcome of one build: exit code and every line Maven printed. */
    public record Result(int exitCode, List<String> lines, Path baseDir) {

        public Result assertSuccess() {
            if (exitCode != 0) {
                fail("expected the build in " + baseDir + " to succeed, but it exited " + exitCode + ":\n" + tail());
            }
            return this;
        }

        public Result assertFailure() {
            if (exitCode == 0) {
                fail("expected the build in " + baseDir + " to fail, but it succeeded:\n" + tail());
            }
            return this;
        }

        /** Asserts a line containing every fragment (in one line) was printed. */
        public Result assertLine(String... fragments) {
            boolean found = lines.stream().anyMatch(l -> Stream.of(fragments).allMatch(l::contains));
            assertTrue(found, () -> "no line contains all of " + Arrays.toString(fragments) + " in:\n" + tail());
            return this;
        }

        public Result assertNoLine(String fragment) {
            lines.stream().filter(l -> l.contains(fragment)).findFirst()
                    .ifPresent(l -> fail("unexpected line containing '" + fragment + "': " + l));
            return this;
        }

        public String log() {
            return String.join("\n", lines);
        }

        private String tail() {
            int from = Math.max(0, lines.size() - 80);
            return String.join("\n", lines.subList(from, lines.size()));
        }

        public void assertExitCode(int expected) {
            assertEquals(expected, exitCode, this::tail);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.getFileName().toString().equals("pom.xml")) {
                    String pom = Files.readString(source).replace("@project.version@", PLUGIN_VERSION);
                    Files.writeString(target, pom);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
