package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.io.ClassFiles;
import io.github.darkfactory.factory.io.BoundedProcess;
import io.github.darkfactory.factory.io.FileTrees;
import io.github.darkfactory.factory.scenarios.runner.ParentWatch;
import io.github.darkfactory.factory.strength.runner.PitMain;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One PIT run, in a forked JVM that stops when the build is gone and is killed (with
 * the JVMs PIT started) when it passes its time limit. Everything but the executable goes into a
 * java argument file, the test classpath into PIT's classpath file.
 */
final class PitRun {

    /**
     * The mutators closest to "would a broken method be noticed": a method that returns a trivial
     * value (empty, false, true, null, 0), skips a call it should make, or takes the other branch
     * (docs/goals/strength.md).
     */
    static final List<String> MUTATORS = List.of("EMPTY_RETURNS", "FALSE_RETURNS", "TRUE_RETURNS", "NULL_RETURNS",
            "PRIMITIVE_RETURNS", "VOID_METHOD_CALLS", "NEGATE_CONDITIONALS", "CONDITIONALS_BOUNDARY");

    static final String OUTPUT = "pit-output.txt";
    static final String REPORT_DIRECTORY = "pit-report";
    private static final List<Class<?>> LAUNCHER_CLASSES = List.of(PitMain.class, ParentWatch.class);

    /**
     * @param targetClasses the measured specs' classes, as PIT globs
     * @param targetTests   the scenario classes, as PIT globs
     * @param groups        those specs' requirement ids: only scenarios tagged with one run
     * @param testClasspath product classes, unpacked scenarios, then the libraries
     */
    record Spec(Path directory, List<String> targetClasses, List<String> targetTests, List<String> groups,
                List<Path> testClasspath) {
    }

    /** How the JVM ended. */
    record Outcome(boolean timedOut, int exitCode, Path output, Path mutationsXml) {
    }

    private PitRun() {
    }

    /**
     * @param twinProperties  {@code factory.twin.<name>.url} of each running twin, for PIT's test JVMs
     * @param twinEnvironment {@code FACTORY_TWIN_<NAME>_URL} of each, in the mutation JVM's environment, which
     *                        PIT's test JVMs inherit
     */
    static Outcome run(StrengthRequest request, Spec spec, Map<String, String> twinProperties,
                       Map<String, String> twinEnvironment) throws IOException, InterruptedException {
        Path directory = spec.directory();
        Path launcher = directory.getParent().resolve("launcher");
        ClassFiles.copyTo(launcher, LAUNCHER_CLASSES);
        Path report = directory.resolve(REPORT_DIRECTORY);
        FileTrees.deleteRecursively(report);
        Files.createDirectories(report);
        Path classpathFile = directory.resolve("test-classpath.txt");
        Files.write(classpathFile, spec.testClasspath().stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path argFile = directory.resolve("pit-jvm.args");
        Files.writeString(argFile, arguments(request, spec, launcher, report, classpathFile, twinProperties), StandardCharsets.UTF_8);
        Path output = directory.resolve(OUTPUT);

        ProcessBuilder builder = new ProcessBuilder(request.javaExecutable().toString(), "@" + argFile)
                .directory(request.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(twinEnvironment);
        BoundedProcess.Ended ended = BoundedProcess.run(builder, request.timeoutSeconds());
        return new Outcome(ended.timedOut(), ended.exitCode(), output, report.resolve(MutationsXml.FILE));
    }

    static String arguments(StrengthRequest request, Spec spec, Path launcher, Path report, Path classpathFile,
                            Map<String, String> twinProperties) {
        List<String> lines = new ArrayList<>();
        List<Path> classpath = new ArrayList<>(request.pitClasspath());
        classpath.add(launcher);
        lines.add("-cp");
        lines.add(quote(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        lines.add(PitMain.class.getName());
        lines.add(Long.toString(ProcessHandle.current().pid()));
        option(lines, "reportDir", report.toString());
        option(lines, "targetClasses", String.join(",", spec.targetClasses()));
        option(lines, "targetTests", String.join(",", spec.targetTests()));
        option(lines, "includedGroups", String.join(",", spec.groups()));
        option(lines, "sourceDirs", request.sourceDirectory().toString());
        option(lines, "mutableCodePaths", request.classesDirectory().toString());
        option(lines, "classPathFile", classpathFile.toString());
        option(lines, "mutators", String.join(",", MUTATORS));
        option(lines, "threads", Integer.toString(request.threads()));
        option(lines, "jvmPath", request.javaExecutable().toString());
        option(lines, "outputFormats", "XML");
        option(lines, "fullMutationMatrix", "true");
        option(lines, "timestampedReports", "false");
        option(lines, "failWhenNoMutations", "false");
        String argLine = testJvmArgLine(request.argLine(), twinProperties);
        if (!argLine.isEmpty()) {
            option(lines, "argLine", argLine);
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * PIT's {@code --argLine} for its test JVMs: the scenario JVM's argLine, then each twin's URL, so a
     * scenario meets the same JVM under a mutant as in the scenario run. PIT splits it as a shell
     * would (quotes, backslashes), so the URLs, which hold no space or quote, go in bare.
     */
    static String testJvmArgLine(String argLine, Map<String, String> twinProperties) {
        List<String> parts = new ArrayList<>();
        if (argLine != null && !argLine.isBlank()) {
            parts.add(argLine.trim());
        }
        twinProperties.forEach((key, value) -> parts.add("-D" + key + "=" + value));
        return String.join(" ", parts);
    }

    private static void option(List<String> lines, String name, String value) {
        lines.add("--" + name);
        lines.add(quote(value));
    }

    /** A double-quoted argument-file token; backslashes and quotes escaped as java expects. */
    private static String quote(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
