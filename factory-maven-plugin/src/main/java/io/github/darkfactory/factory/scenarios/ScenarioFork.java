package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.BoundedProcess;
import io.github.darkfactory.factory.scenarios.runner.ParentWatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Starts the scenario JVM, waits at most the timeout, and kills the whole process tree when it is
 * passed, so a hanging scenario can never hang Maven. Everything but the JVM executable goes into
 * a java argument file: classpaths of real projects overflow command lines on Windows.
 */
final class ScenarioFork {

    static final String OUTPUT = "scenario-output.txt";

    static final String RUNNER_MAIN = "io.github.darkfactory.factory.scenarios.runner.ScenarioRunner";

    /**
     * @param argLine    extra JVM arguments, verbatim (java's argument-file syntax handles quoting)
     * @param classNames the classes to run; empty for every test of {@code scenarioJar}
     */
    record Request(Path javaExecutable, Path workingDirectory, List<Path> classpath, Path scenarioJar,
                   String argLine, Map<String, String> systemProperties, Map<String, String> environment,
                   long timeoutSeconds, Path workDirectory, List<String> classNames) {

        Request {
            classNames = List.copyOf(classNames);
        }

        /** This request with another timeout. */
        Request withTimeout(long seconds) {
            return new Request(javaExecutable, workingDirectory, classpath, scenarioJar, argLine, systemProperties,
                    environment, seconds, workDirectory, classNames);
        }

        /** This request with more system properties and environment variables (a twin's URL), which win. */
        Request withAdded(Map<String, String> moreSystemProperties, Map<String, String> moreEnvironment) {
            return new Request(javaExecutable, workingDirectory, classpath, scenarioJar, argLine,
                    merged(systemProperties, moreSystemProperties), merged(environment, moreEnvironment),
                    timeoutSeconds, workDirectory, classNames);
        }

        private static Map<String, String> merged(Map<String, String> base, Map<String, String> added) {
            Map<String, String> merged = new java.util.TreeMap<>(base);
            merged.putAll(added);
            return merged;
        }

        /** Every test of the scenario jar. */
        Request(Path javaExecutable, Path workingDirectory, List<Path> classpath, Path scenarioJar,
                String argLine, Map<String, String> systemProperties, Map<String, String> environment,
                long timeoutSeconds, Path workDirectory) {
            this(javaExecutable, workingDirectory, classpath, scenarioJar, argLine, systemProperties, environment,
                    timeoutSeconds, workDirectory, List.of());
        }
    }

    /** How the JVM ended and what it reported before. */
    record Outcome(int exitCode, boolean timedOut, ResultsFile.Contents contents, Path output) {

        /** No scenario started or finished: the JVM, the Platform or discovery failed, not a scenario. */
        boolean nothingStarted() {
            return contents.results().isEmpty() && contents.running().isEmpty();
        }
    }

    private static final int CAUSE_LINES = 10;
    private static final int CAUSE_LENGTH = 800;

    private ScenarioFork() {
    }

    static Outcome run(Request request) throws IOException, InterruptedException {
        Files.createDirectories(request.workDirectory());
        Path results = request.workDirectory().resolve("scenario-results.jsonl");
        Path output = request.workDirectory().resolve(OUTPUT);
        Path argFile = request.workDirectory().resolve("scenario-jvm.args");
        Files.deleteIfExists(results);
        Files.writeString(argFile, argumentFile(request, results), StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder(request.javaExecutable().toString(), "@" + argFile)
                .directory(request.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(request.environment());
        BoundedProcess.Ended ended = BoundedProcess.run(builder, request.timeoutSeconds());
        return new Outcome(ended.exitCode(), ended.timedOut(), ResultsFile.read(results), output);
    }

    /** The outcome of a JVM of {@code request} killed at its timeout by its caller (its tree is gone). */
    static Outcome timedOut(Request request) throws IOException {
        return new Outcome(-1, true, ResultsFile.read(request.workDirectory().resolve("scenario-results.jsonl")),
                request.workDirectory().resolve(OUTPUT));
    }

    /**
     * Why a JVM ended before its first scenario, from its output: the message of an uncaught
     * exception ({@code Exception in thread "main" ...}, where JUnit lists misaligned versions) or
     * java's own complaint ({@code Unrecognized VM option ...}), up to its stack trace; else the
     * last line.
     */
    static String startFailure(Path output) throws IOException {
        List<String> lines = Files.exists(output)
                ? Files.readAllLines(output, StandardCharsets.ISO_8859_1).stream().filter(l -> !l.isBlank()).toList()
                : List.of();
        int first = 0;
        while (first < lines.size() && !isCause(lines.get(first))) {
            first++;
        }
        if (first == lines.size()) {
            return lines.isEmpty() ? "the JVM printed nothing" : lines.get(lines.size() - 1).trim();
        }
        List<String> message = new ArrayList<>();
        for (int i = first; i < lines.size() && message.size() < CAUSE_LINES; i++) {
            String line = lines.get(i).trim();
            if (!message.isEmpty() && (line.startsWith("at ") || line.startsWith("Caused by:"))) {
                break;
            }
            message.add(line);
        }
        String cause = String.join(" ", message).replaceAll("\\.$", "");
        return cause.length() <= CAUSE_LENGTH ? cause : cause.substring(0, CAUSE_LENGTH) + "…";
    }

    private static boolean isCause(String line) {
        return line.startsWith("Exception in thread") || line.startsWith("Error:") || line.startsWith("Unrecognized");
    }

    /** Whether the last scenario JVM here said it stopped because the process that started it was gone. */
    static boolean orphanedLastTime(Path workDirectory) throws IOException {
        Path output = workDirectory.resolve(OUTPUT);
        if (!Files.isRegularFile(output)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(output, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> line.startsWith(ParentWatch.PARENT_GONE));
        } catch (UncheckedIOException notText) {
            return false;
        }
    }

    static String argumentFile(Request request, Path results) {
        List<String> lines = new ArrayList<>();
        if (request.argLine() != null && !request.argLine().isBlank()) {
            lines.add(request.argLine().trim());
        }
        request.systemProperties().forEach((key, value) ->
                lines.add(quote("-D" + key + "=" + (value == null ? "" : value))));
        lines.add("-cp");
        lines.add(quote(request.classpath().stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator))));
        lines.add(RUNNER_MAIN);
        lines.add(quote(results.toString()));
        lines.add(quote(request.scenarioJar().toString()));
        lines.add(Long.toString(ProcessHandle.current().pid()));
        request.classNames().forEach(lines::add);
        return String.join("\n", lines) + "\n";
    }

    /** A double-quoted argument-file token; backslashes and quotes escaped as java expects. */
    static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
