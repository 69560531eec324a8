package io.github.darkfactory.factory.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** Writes evidence.json, evidence.html and the Surefire XML; each file whole or not at all. */
final class ReportFiles {

    static final String REPORTS_DIRECTORY = "scenario-reports";

    private ReportFiles() {
    }

    static void write(EvidenceReport report, Path factoryDirectory) throws IOException {
        Files.createDirectories(factoryDirectory);
        writeAtomically(factoryDirectory.resolve("evidence.json"), EvidenceJson.render(report));
        writeAtomically(factoryDirectory.resolve("evidence.html"), EvidenceHtml.render(report));
        Path reports = factoryDirectory.resolve(REPORTS_DIRECTORY);
        deleteOldReports(reports);
        Files.createDirectories(reports);
        for (Map.Entry<String, String> file : SurefireXml.render(report.scenarios()).entrySet()) {
            writeAtomically(reports.resolve(file.getKey()), file.getValue());
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

    private static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
