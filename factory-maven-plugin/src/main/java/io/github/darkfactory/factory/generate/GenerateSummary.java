package io.github.darkfactory.factory.generate;

import java.util.List;

/** The end-of-run numbers of CONTRACT §4.11. */
public record GenerateSummary(List<String> upToDate, List<String> generated, List<String> failed,
                              int iterations, long inputTokens, long outputTokens) {

    public GenerateSummary {
        upToDate = List.copyOf(upToDate);
        generated = List.copyOf(generated);
        failed = List.copyOf(failed);
    }

    /** Every spec up to date, nothing else done. */
    public static GenerateSummary upToDate(List<String> specIds) {
        return new GenerateSummary(specIds, List.of(), List.of(), 0, 0, 0);
    }

    /** Whether all {@code specCount} specs were up to date and nothing was generated or failed. */
    public boolean nothingToDo(int specCount) {
        return upToDate.size() == specCount && generated.isEmpty() && failed.isEmpty();
    }

    public String render() {
        return "Specs: " + upToDate.size() + " up to date, " + generated.size() + " generated, " + failed.size()
                + " failed; " + iterations + " iteration(s); tokens in " + inputTokens + ", out " + outputTokens;
    }
}
