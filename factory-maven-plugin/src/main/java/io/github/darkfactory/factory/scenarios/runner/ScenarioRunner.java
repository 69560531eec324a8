package io.github.darkfactory.factory.scenarios.runner;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Main class of the scenario JVM: runs every test of one jar on the JUnit Platform and writes one
 * JSON line per finished or skipped test to a results file, then a {@code done} line, so the plugin
 * can tell a complete run from a JVM that died. It runs on the scenario graph's JUnit, so it uses
 * only Platform API present in both 1.13+ and 6.x, and loads no other plugin class (nor Jackson).
 *
 * <p>Arguments: {@code <results file> <scenario jar> <pid of the process that started it>}; the JVM
 * stops itself when that process is gone ({@link ParentWatch}). Class names after the pid run only
 * those classes of the classpath instead of every test of the jar (the generate loop's run of the
 * product's own tests, docs/generation-loop.md).
 */
public final class ScenarioRunner {

    /**
     * Set when the JVM starts before its twins are ready (they start at the same time): the file the
     * plugin writes once they are, {@code go} to run the scenarios, anything else to run none.
     */
    public static final String TWINS_GATE = "io.github.darkfactory.factory.runner.twinsGate";
    public static final String GO = "go";
    /** The results file's line once discovery is done and the JVM waits at the gate. */
    public static final String WAITING_FOR_TWINS = "{\"event\":\"waiting\"}";

    private static final long GATE_POLL_MILLIS = 10;

    private ScenarioRunner() {
    }

    public static void main(String[] args) throws IOException {
        ParentWatch.start(Long.parseLong(args[2]), 500);
        Path results = Paths.get(args[0]);
        Path scenarioJar = Paths.get(args[1]);
        List<String> classNames = Arrays.asList(args).subList(3, args.length);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classNames.isEmpty()
                        ? DiscoverySelectors.selectClasspathRoots(Set.of(scenarioJar))
                        : classNames.stream().map(DiscoverySelectors::selectClass).toList())
                .build();
        try (BufferedWriter out = Files.newBufferedWriter(results, StandardCharsets.UTF_8);
             LauncherSession session = LauncherFactory.openSession()) {
            // discovery loads the scenario classes without initialising them, so it may precede the twins
            TestPlan plan = session.getLauncher().discover(request);
            String gate = System.getProperty(TWINS_GATE);
            if (gate != null && !twinsReady(Paths.get(gate), out)) {
                return;
            }
            session.getLauncher().execute(plan, new JsonLinesListener(out));
            out.write("{\"event\":\"done\"}\n");
        }
    }

    /** Says it waits, then waits until the plugin wrote the gate (atomically); whether it says the twins are ready. */
    private static boolean twinsReady(Path gate, BufferedWriter out) throws IOException {
        out.write(WAITING_FOR_TWINS + "\n");
        out.flush();
        while (!Files.exists(gate)) {
            try {
                Thread.sleep(GATE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return GO.equals(Files.readString(gate, StandardCharsets.UTF_8).trim());
    }

    /** Writes a line per test; containers only when they fail or are skipped (their tests never ran). */
    static final class JsonLinesListener implements TestExecutionListener {

        private final BufferedWriter out;
        private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
        private volatile TestPlan plan;

        JsonLinesListener(BufferedWriter out) {
            this.out = out;
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            startedAt.put(test.getUniqueId(), System.nanoTime());
            if (test.isTest()) {
                // Lets the plugin name the scenario that was running if the JVM dies or hangs.
                StringBuilder line = new StringBuilder("{\"event\":\"started\"");
                field(line, "id", test.getUniqueId());
                field(line, "displayName", test.getDisplayName());
                field(line, "className", className(test.getSource()).orElse(null));
                field(line, "label", label(test));
                writeLine(line.append("}\n").toString());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            write(test, "SKIPPED", 0, reason, null);
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean successful = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (!test.isTest() && successful) {
                return;
            }
            Long start = startedAt.remove(test.getUniqueId());
            long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
            write(test, result.getStatus().name(), millis, null, result.getThrowable().orElse(null));
        }

        private synchronized void write(TestIdentifier test, String status, long millis, String reason, Throwable failure) {
            StringBuilder line = new StringBuilder("{\"event\":\"test\"");
            field(line, "id", test.getUniqueId());
            field(line, "displayName", test.getDisplayName());
            field(line, "className", className(test.getSource()).orElse(null));
            field(line, "methodName", test.getSource().filter(MethodSource.class::isInstance)
                    .map(s -> ((MethodSource) s).getMethodName()).orElse(null));
            field(line, "label", label(test));
            line.append(",\"tags\":[").append(tags(test).stream()
                    .map(ScenarioRunner::quote).collect(Collectors.joining(","))).append(']');
            field(line, "status", status);
            line.append(",\"durationMs\":").append(millis);
            field(line, "reason", reason);
            if (failure != null) {
                field(line, "failureType", failure.getClass().getName());
                field(line, "failureMessage", failure.getMessage());
                field(line, "stackTrace", stackTrace(failure));
            }
            writeLine(line.append("}\n").toString());
        }

        /**
         * The test's tags and those of every ancestor (method, class, enclosing classes, Gherkin
         * rule and feature): engines differ in what they pass down, and Jupiter gives the dynamic
         * tests of a tagged {@code @TestFactory} no tag at all.
         */
        private Set<String> tags(TestIdentifier test) {
            Set<String> tags = new TreeSet<>();
            for (TestIdentifier node = test; node != null; node = parent(node)) {
                node.getTags().stream().map(TestTag::getName).forEach(tags::add);
            }
            return tags;
        }

        /**
         * A readable name for a test without a Java class (a Gherkin scenario): the display names
         * below the engine, such as "Pricing › An empty order costs nothing"; null for Java tests,
         * which the plugin names by class.
         */
        private String label(TestIdentifier test) {
            if (className(test.getSource()).isPresent()) {
                return null;
            }
            Deque<String> names = new ArrayDeque<>();
            for (TestIdentifier node = test; node != null && parent(node) != null; node = parent(node)) {
                names.addFirst(node.getDisplayName());
            }
            return names.isEmpty() ? null : String.join(" › ", names);
        }

        private TestIdentifier parent(TestIdentifier node) {
            TestPlan current = plan;
            return current == null ? null : current.getParent(node).orElse(null);
        }

        private synchronized void writeLine(String line) {
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Optional<String> className(Optional<TestSource> source) {
        return source.map(s -> s instanceof MethodSource m ? m.getClassName()
                : s instanceof ClassSource c ? c.getClassName() : null);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        if (value != null) {
            line.append(",\"").append(name).append("\":").append(quote(value));
        }
    }

    /** JSON string literal, escaping what RFC 8259 requires. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
