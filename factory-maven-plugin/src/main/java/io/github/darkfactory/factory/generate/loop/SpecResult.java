package io.github.darkfactory.factory.generate.loop;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one spec's loop.
 *
 * @param specId           the spec
 * @param converged        whether the last answer passed every check; only then may it be written
 * @param files            the accepted files of the last answer, by path relative to the output
 *                         directory, sorted; to be written only when converged
 * @param serviceProviders contract interface to implementing class, sorted
 * @param iterations       answers asked for
 * @param inputTokens      tokens sent, over all iterations
 * @param outputTokens     tokens received, over all iterations
 * @param lastErrors       the problems of the last answer, rendered; empty when converged
 * @param modelMillis      time spent waiting for the model's answers, over all iterations
 */
public record SpecResult(String specId, boolean converged, Map<String, String> files,
                         Map<String, String> serviceProviders, int iterations, long inputTokens,
                         long outputTokens, List<String> lastErrors, long modelMillis) {

    public SpecResult {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        serviceProviders = Collections.unmodifiableMap(new TreeMap<>(serviceProviders));
        lastErrors = List.copyOf(lastErrors);
    }
}
