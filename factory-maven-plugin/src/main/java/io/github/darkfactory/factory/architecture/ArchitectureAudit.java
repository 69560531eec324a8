package io.github.darkfactory.factory.architecture;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.rules.FactoryRule;
import io.github.darkfactory.rules.Violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code architecture} goal without Maven: check, compare with the baseline (or record it),
 * write the reports and log one line per violation. The caller decides whether new violations
 * fail the build.
 */
public final class ArchitectureAudit {

    static final String JSON_REPORT = "architecture.json";
    static final String SARIF_REPORT = "architecture.sarif";

    private ArchitectureAudit() {
    }

    /**
     * @throws InvalidLayersException   when the layers cannot be checked
     * @throws InvalidBaselineException when the baseline exists but cannot be read
     * @throws IOException              when a report or the baseline cannot be written
     */
    public static ArchitectureResult audit(ArchitectureRequest request, FactoryLog log)
            throws InvalidBaselineException, IOException {
        List<FactoryRule> rules = ArchitectureCheck.rules(request.input());
        List<Violation> violations = ArchitectureCheck.run(request.input());

        Baseline baseline = request.updateBaseline() ? record(violations, request.baselineFile(), log)
                : Baseline.read(request.baselineFile());
        List<Finding> findings = baseline.findings(violations);

        ArchitectureReports reports = new ArchitectureReports(request.projectDirectory(), request.sourceRoots());
        Path json = request.reportDirectory().resolve(JSON_REPORT);
        Path sarif = request.reportDirectory().resolve(SARIF_REPORT);
        AtomicFiles.write(json, reports.json(findings, rules));
        AtomicFiles.write(sarif, reports.sarif(findings, rules));

        ArchitectureResult result = new ArchitectureResult(findings, json, sarif);
        logFindings(result, rules, log);
        return result;
    }

    private static Baseline record(List<Violation> violations, Path file, FactoryLog log) throws IOException {
        Baseline baseline = Baseline.of(violations);
        // Rewriting identical content would only disturb file watchers and timestamps.
        if (!Files.exists(file) || !Files.readString(file).equals(baseline.text())) {
            baseline.write(file);
        }
        log.info("Recorded " + baseline.size() + " architecture violation(s) in " + file.getFileName());
        return baseline;
    }

    private static void logFindings(ArchitectureResult result, List<FactoryRule> rules, FactoryLog log) {
        for (Finding finding : result.findings()) {
            if (finding.baselined()) {
                log.warn("(baselined) " + finding.violation().render());
            } else {
                log.error(finding.violation().render());
            }
        }
        log.info("Architecture: " + rules.size() + " rule(s) checked, " + result.newViolations().size()
                + " violation(s), " + result.baselinedCount() + " baselined");
    }
}
