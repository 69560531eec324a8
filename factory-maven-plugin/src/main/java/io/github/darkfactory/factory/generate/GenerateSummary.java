package io.github.darkfactory.factory.generate;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-of-run numbers (docs/goals/generate.md), and the goal's own time once {@link #timed}.
 *
 * @param wallMillis the goal's wall time, 0 until timed
 * @param cpuMillis  the CPU time of the goal's thread, 0 until timed
 */
public record GenerateSummary(List<String> upToDate, List<String> generated, List<String> failed,
                              int iterations, long inputTokens, long outputTokens, long wallMillis, long cpuMillis) {

    /** The file, under the build's factory directory, that {@link #writeFigures} writes. */
    public static final String FIGURES_FILE = "generate-summary.json";

    public GenerateSummary {
        upToDate = List.copyOf(upToDate);
        generated = List.copyOf(generated);
        failed = List.copyOf(failed);
    }

    public GenerateSummary(List<String> upToDate, List<String> generated, List<String> failed,
                           int iterations, long inputTokens, long outputTokens) {
        this(upToDate, generated, failed, iterations, inputTokens, outputTokens, 0, 0);
    }

    /** Every spec up to date, nothing else done. */
    public static GenerateSummary upToDate(List<String> specIds) {
        return new GenerateSummary(specIds, List.of(), List.of(), 0, 0, 0);
    }

    /** Whether all {@code specCount} specs were up to date and nothing was generated or failed. */
    public boolean nothingToDo(int specCount) {
        return upToDate.size() == specCount && generated.isEmpty() && failed.isEmpty();
    }

    /** This summary with the goal's time so far. */
    public GenerateSummary timed(GoalClock clock) {
        return new GenerateSummary(upToDate, generated, failed, iterations, inputTokens, outputTokens,
                clock.wallMillis(), clock.cpuMillis());
    }

    public String render() {
        return "Specs: " + upToDate.size() + " up to date, " + generated.size() + " generated, " + failed.size()
                + " failed; " + iterations + " iteration(s); tokens in " + inputTokens + ", out " + outputTokens;
    }

    /**
     * Writes the run's figures (model calls, tokens, the goal's time) for the run goal, which adds up
     * its rounds (docs/goals/run.md). A file that cannot be written is not worth failing a build over:
     * the run's totals then miss this generate.
     */
    public void writeFigures(Path file) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("calls", iterations);
        figures.put("inputTokens", inputTokens);
        figures.put("outputTokens", outputTokens);
        figures.put("wallMillis", wallMillis);
        figures.put("cpuMillis", cpuMillis);
        try {
            AtomicFiles.write(file, Json.pretty(figures));
        } catch (IOException e) {
            // see above
        }
    }

    /** The goal's last line; src/bench/run-generate-bench.sh parses it, so its shape stays as it is. */
    public String renderDone() {
        int specs = upToDate.size() + generated.size() + failed.size();
        return "Done with " + specs + " spec(s) in " + wallMillis + " ms (this thread's CPU " + cpuMillis + " ms)";
    }
}
