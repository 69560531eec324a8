package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Writes evidence.json, evidence.html and the Surefire XML; each file whole or not at all. */
final class ReportFiles {

    static final String REPORTS_DIRECTORY = "scenario-reports";

    private ReportFiles() {
    }

    static void write(EvidenceReport report, Path factoryDirectory) throws IOException {
        Files.createDirectories(factoryDirectory);
        AtomicFiles.write(factoryDirectory.resolve("evidence.json"), EvidenceJson.render(report));
        AtomicFiles.write(factoryDirectory.resolve("evidence.html"), EvidenceHtml.render(report));
        Path reports = factoryDirectory.resolve(REPORTS_DIRECTORY);
        deleteOldReports(reports);
        Files.createDirectories(reports);
        for (Map.Entry<String, String> file : SurefireXml.render(report.scenarios()).entrySet()) {
            AtomicFiles.write(reports.resolve(file.getKey()), file.getValue());
        }
    }

    private static void deleteOldReports(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return;
        }
        try (Stream<Path> files = Files.list(reports)) {
            files.filter(f -> f.getFileName().toString().startsWith("TEST-")).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
