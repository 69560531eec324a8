package io.github.darkfactory.factory.twintools;

import java.util.List;

/**
 * What a check found: every replayed exchange agrees or differs; skipped mappings were not replayed.
 *
 * @param exchanges the number of exchanges replayed
 */
public record TwinCheckResult(String name, String target, int exchanges, List<Difference> differences,
                              List<RecordedExchanges.Skipped> skipped) {

    /** One exchange whose answer from the service differs from the twin's, with each way it differs. */
    public record Difference(String mapping, String method, String url, List<String> what) {
    }

    public int agree() {
        return exchanges - differences.size();
    }

    public boolean agrees() {
        return differences.isEmpty();
    }

    /** {@code payments: 42 exchanges, 40 agree, 2 differ}. */
    public String summary() {
        return name + ": " + exchanges + " exchange" + (exchanges == 1 ? "" : "s") + ", " + agree() + " agree"
                + (agree() == 1 ? "s" : "") + ", " + differences.size() + " differ" + (differences.size() == 1 ? "s" : "");
    }
}
