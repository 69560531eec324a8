package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes evidence.json, evidence.html and the Surefire XML; each file whole or not at all. */
final class ReportFiles {

    static final String JSON = "evidence.json";
    static final String HTML = "evidence.html";
    static final String REPORTS_DIRECTORY = "scenario-reports";

    private ReportFiles() {
    }

    static void write(EvidenceReport report, Path factoryDirectory) throws IOException {
        write(report, EvidenceHeader.NONE, factoryDirectory);
    }

    static void write(EvidenceReport report, EvidenceHeader header, Path factoryDirectory) throws IOException {
        Files.createDirectories(factoryDirectory);
        AtomicFiles.write(factoryDirectory.resolve(JSON), EvidenceJson.render(report));
        AtomicFiles.write(factoryDirectory.resolve(HTML), EvidenceHtml.render(report, header));
        // Reports of scenario classes that are gone must not linger for CI to pick up.
        Path reports = factoryDirectory.resolve(REPORTS_DIRECTORY);
        FileTrees.deleteRecursively(reports);
        Files.createDirectories(reports);
        for (Map.Entry<String, String> file : SurefireXml.render(report.scenarios()).entrySet()) {
            AtomicFiles.write(reports.resolve(file.getKey()), file.getValue());
        }
    }
}
