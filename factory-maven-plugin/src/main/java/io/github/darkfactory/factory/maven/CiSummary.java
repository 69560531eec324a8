package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.EvidenceReport;
import io.github.darkfactory.factory.scenarios.StepSummary;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;

/** The evidence on the CI's summary page, when the CI offers one: GitHub Actions' {@code GITHUB_STEP_SUMMARY}. */
final class CiSummary {

    static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private CiSummary() {
    }

    /** A summary that cannot be written is worth a warning, never a failed build. */
    static void append(EvidenceReport report, Log log) {
        String file = System.getenv(GITHUB_STEP_SUMMARY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            StepSummary.append(Path.of(file), report);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not append the evidence to " + GITHUB_STEP_SUMMARY + " (" + file + "): " + e.getMessage());
        }
    }
}
