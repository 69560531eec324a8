package io.github.darkfactory.factory.generate.loop;

import java.util.List;
import java.util.Map;

/** PLACEHOLDER (generate branch only): the loop branch's SpecResult replaces this file on merge. */
public record SpecResult(String specId, boolean converged, Map<String, String> files,
                         Map<String, String> serviceProviders, int iterations, long inputTokens,
                         long outputTokens, List<String> lastErrors) {
}
