package io.github.darkfactory.factory.strength;

import io.github.darkfactory.factory.io.AtomicFiles;
import io.github.darkfactory.factory.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code strength.json} and adds the strength section to the scenarios' {@code evidence.html}
 * (replacing the section of an earlier run); each file whole or not at all.
 */
final class StrengthFiles {

    static final String JSON = "strength.json";
    static final String HTML = "evidence.html";
    static final String SECTION_START = "<!-- factory:strength -->";
    static final String SECTION_END = "<!-- /factory:strength -->";

    private StrengthFiles() {
    }

    static void write(StrengthReport report, Path factoryDirectory) throws IOException {
        AtomicFiles.write(factoryDirectory.resolve(JSON), json(report));
        Path html = factoryDirectory.resolve(HTML);
        if (Files.isRegularFile(html)) {
            String page = StrengthHtml.annotate(Files.readString(html, StandardCharsets.UTF_8), report);
            AtomicFiles.write(html, withSection(page, StrengthHtml.section(report)));
        }
    }

    static String json(StrengthReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        // the gate's verdict: PASSED when the build passes (vacuous evidence that only warned included)
        root.put("status", report.passed() ? "PASSED" : "FAILED");
        root.put("mutators", report.mutators());
        root.put("minStrength", report.minStrength());
        root.put("failOnVacuous", report.failOnVacuous());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("mutants", report.mutantCount());
        summary.put("killed", report.killedCount());
        summary.put("survived", report.survivedCount());
        summary.put("runByNoScenario", report.uncoveredCount());
        summary.put("vacuous", report.withStatus(RequirementStrength.Status.VACUOUS).size());
        summary.put("belowMinimum", report.withStatus(RequirementStrength.Status.BELOW_MINIMUM).size());
        summary.put("reused", report.reused());
        root.put("summary", summary);
        root.put("requirements", report.requirements().stream().map(r -> requirement(report, r)).toList());
        root.put("survivingMutants", report.survivingMutants().stream().map(StrengthFiles::survivor).toList());
        return Json.pretty(root);
    }

    private static Map<String, Object> requirement(StrengthReport report, RequirementStrength r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("spec", r.spec());
        out.put("text", r.text());
        out.put("status", r.status().name());
        out.put("fails", report.fails(r));
        out.put("mutants", r.mutants());
        out.put("killed", r.killed());
        out.put("strength", Double.parseDouble(String.format(Locale.ROOT, "%.4f", r.strength())));
        out.put("survivors", r.survivors().stream().map(Mutant::label).toList());
        return out;
    }

    private static Map<String, Object> survivor(StrengthReport.Survivor survivor) {
        Mutant m = survivor.mutant();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", survivor.spec());
        out.put("class", m.className());
        out.put("method", m.method());
        out.put("line", m.line());
        out.put("mutator", m.mutator());
        out.put("description", m.description());
        out.put("status", m.status());
        out.put("survivesFor", survivor.survivesFor());
        out.put("scenarios", m.coveringTests());
        out.put("killedBy", m.killingTests());
        return out;
    }

    /** The page with the strength section in place of an earlier one, before {@code </body>}. */
    static String withSection(String page, String section) {
        int start = page.indexOf(SECTION_START);
        int end = page.indexOf(SECTION_END);
        String block = SECTION_START + "\n" + section + SECTION_END + "\n";
        String without = start >= 0 && end > start
                ? page.substring(0, start) + page.substring(Math.min(page.length(), end + SECTION_END.length() + 1)) : page;
        int body = without.lastIndexOf("</body>");
        return body < 0 ? without + block : without.substring(0, body) + block + without.substring(body);
    }
}
