package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.rules.Violation;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run of the {@code architecture} goal.
 *
 * @param findings    every violation, with whether the baseline accepts it
 * @param jsonReport  the JSON report written
 * @param sarifReport the SARIF report written
 */
public record ArchitectureResult(List<Finding> findings, Path jsonReport, Path sarifReport) {

    public ArchitectureResult {
        findings = List.copyOf(findings);
    }

    /** The violations the baseline does not accept: the build fails when there is any. */
    public List<Violation> newViolations() {
        return findings.stream().filter(f -> !f.baselined()).map(Finding::violation).toList();
    }

    public long baselinedCount() {
        return findings.stream().filter(Finding::baselined).count();
    }
}
