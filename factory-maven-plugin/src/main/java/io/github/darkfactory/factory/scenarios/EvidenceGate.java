package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every gate on a verdict, the same for one run of the whole jar and for the merge of its shards:
 * no test at all, a failed scenario, a requirement with too little passing evidence.
 */
final class EvidenceGate {

    private EvidenceGate() {
    }

    /**
     * @param workingDirectory where the console's paths are relative to
     * @param outputTail       the last lines of the scenario JVM's output, shown when the jar held no test
     */
    static void gate(EvidenceReport report, Path workingDirectory, Path factoryDirectory, List<String> outputTail)
            throws ScenarioFailure {
        if (report.scenarios().isEmpty()) {
            throw new ScenarioFailure(Reason.NO_TESTS, "The scenario artifact " + report.coordinates()
                    + " holds no test: no behavioural evidence at all", outputTail, report.sha256(), null);
        }
        List<String> failures = new ArrayList<>();
        for (ScenarioResult failed : report.failedScenarios()) {
            failures.add("  - " + failureLine(report, failed));
        }
        List<String> missing = new ArrayList<>();
        for (RequirementEvidence requirement : report.missing()) {
            missing.add("  " + requirement.id() + " (" + requirement.spec() + "): " + requirement.text()
                    + " — " + passingCount(report, requirement) + " of " + report.minEvidence() + " passing scenario(s)");
        }
        if (!failures.isEmpty()) {
            // the missing ones too, so one new release of the scenario project can fix both
            if (!missing.isEmpty()) {
                failures.add("and missing behavioural evidence for " + missing.size() + " requirement(s):");
                failures.addAll(missing);
            }
            Path html = readable(workingDirectory, factoryDirectory.resolve(ReportFiles.HTML));
            throw new ScenarioFailure(Reason.SCENARIOS_FAILED, report.failedScenarios().size()
                    + " scenario(s) failed (" + report.count(RequirementEvidence.Status.FAILED)
                    + " requirement(s) affected); see " + html.toString().replace('\\', '/') + ":",
                    failures, report.sha256(), report);
        }
        if (!missing.isEmpty()) {
            throw new ScenarioFailure(Reason.MISSING_EVIDENCE, "missing behavioural evidence for "
                    + missing.size() + " requirement(s):", missing, report.sha256(), report);
        }
    }

    /** Relative to the working directory where it can be (not across Windows drives). */
    static Path readable(Path base, Path file) {
        return base.getRoot() != null && base.getRoot().equals(file.getRoot()) ? base.relativize(file) : file;
    }

    /** {@code PRC-2: PricingScenarios › rejects_negatives(): expected: <0> but was: <1>}. */
    static String failureLine(EvidenceReport report, ScenarioResult failed) {
        List<String> requirements = report.requirementsOf(failed);
        String covered = requirements.isEmpty() ? "" : String.join(", ", requirements) + ": ";
        String why = failed.failure() == null || failed.failure().brief().isEmpty() ? "" : ": " + failed.failure().brief();
        return covered + failed.label() + why;
    }

    private static long passingCount(EvidenceReport report, RequirementEvidence requirement) {
        return report.scenarios().stream().filter(s -> s.passed() && requirement.scenarios().contains(s.id())).count();
    }
}
