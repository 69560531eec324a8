package io.github.darkfactory.factory.scenarios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * The evidence as Markdown for a CI job's summary page (GitHub Actions' step summary): the verdict,
 * the counts, and one row per requirement without evidence, so a reader sees what failed without
 * opening the build log (docs/goals/scenarios.md, "CI summaries").
 */
public final class StepSummary {

    private StepSummary() {
    }

    public static String markdown(EvidenceReport report) {
        StringBuilder md = new StringBuilder();
        md.append("### Behavioural evidence: ").append(report.passed() ? "PASSED" : "FAILED").append("\n\n");
        md.append(String.format(Locale.ROOT, "Scenarios of `%s`: %d run, %d passed, %d failed.\n",
                report.coordinates(), report.scenarios().size(), report.passedScenarios(), report.failedScenarios().size()));
        md.append(String.format(Locale.ROOT, "Requirements: %d, satisfied %d, missing %d, failed %d.\n",
                report.requirements().size(), report.count(RequirementEvidence.Status.SATISFIED),
                report.count(RequirementEvidence.Status.MISSING), report.count(RequirementEvidence.Status.FAILED)));
        List<RequirementEvidence> open = report.requirements().stream()
                .filter(r -> r.status() != RequirementEvidence.Status.SATISFIED).toList();
        if (!open.isEmpty()) {
            md.append("\n| Requirement | Spec | Status | Text |\n|---|---|---|---|\n");
            open.forEach(r -> md.append("| ").append(r.id()).append(" | ").append(cell(r.spec())).append(" | ")
                    .append(r.status()).append(" | ").append(cell(r.text())).append(" |\n"));
        }
        return md.append('\n').toString();
    }

    /** Appends, as the CI expects: other steps' summaries in the same file stay. */
    public static void append(Path file, EvidenceReport report) throws IOException {
        Files.writeString(file, markdown(report), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
