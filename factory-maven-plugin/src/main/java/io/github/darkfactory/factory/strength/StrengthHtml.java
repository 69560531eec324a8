package io.github.darkfactory.factory.strength;

import java.util.List;
import java.util.Locale;

import static io.github.darkfactory.factory.scenarios.Markup.escape;

/** The strength section of evidence.html: each requirement's strength, then the surviving mutants. */
final class StrengthHtml {

    /** Around each addition to the rest of the page, so that a later run replaces it. */
    private static final String MARK = "<!-- factory:strength-mark -->";
    private static final String END_MARK = "<!-- /factory:strength-mark -->";
    private static final String TITLE_VERDICT = ", strength (PASSED|FAILED)";

    private StrengthHtml() {
    }

    static String section(StrengthReport report) {
        StringBuilder html = new StringBuilder("<h2>Evidence strength</h2>\n<p>")
                .append(report.mutantCount()).append(" mutants of the generated classes (PIT, mutators ")
                .append(escape(String.join(", ", report.mutators()))).append("): ").append(report.killedCount())
                .append(" killed by some scenario, ").append(report.survivedCount())
                .append(" survived every scenario (each mutant counted once; a requirement counts only the mutants its own"
                        + " scenarios run). Minimum strength ")
                .append(String.format(Locale.ROOT, "%.2f", report.minStrength())).append(".</p>\n")
                .append("<table><tr><th>Requirement</th><th>Status</th><th>Mutants</th><th>Killed</th><th>Strength</th></tr>\n");
        for (RequirementStrength r : report.requirements()) {
            String css = cssOf(report, r);
            html.append("<tr><td><b>").append(escape(r.id())).append("</b> ").append(escape(r.text()))
                    .append("</td><td class=\"").append(css).append("\">").append(r.status()).append("</td><td>")
                    .append(r.mutants()).append("</td><td>").append(r.killed()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", r.strength())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        List<StrengthReport.Survivor> survivors = report.survivingMutants();
        if (!survivors.isEmpty()) {
            html.append("<h3>Surviving mutants</h3>\n<p>Broken code that a requirement's scenarios, or all scenarios,"
                            + " did not notice: for the scenario authors.</p>\n")
                    .append("<table><tr><th>Class</th><th>Method</th><th>Line</th><th>Mutation</th><th>Survives for</th>"
                            + "<th>Run by</th></tr>\n");
            for (StrengthReport.Survivor survivor : survivors) {
                Mutant m = survivor.mutant();
                html.append("<tr><td>").append(escape(m.className())).append("</td><td>").append(escape(m.method()))
                        .append("</td><td>").append(m.line()).append("</td><td>").append(escape(m.description()))
                        .append("</td><td>").append(survivor.survivesFor().isEmpty() ? "every scenario"
                                : escape(String.join(", ", survivor.survivesFor())))
                        .append("</td><td>").append(m.coveringTests().isEmpty() ? "no scenario"
                                : escape(String.join(", ", m.coveringTests().stream().map(report::label).toList())))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.toString();
    }

    /**
     * The rest of the page told of strength, each addition marked so that a later run replaces it: the
     * verdict beside the evidence verdict in the title and the heading, and each requirement's strength in
     * its row of the requirements × scenarios table.
     */
    static String annotate(String page, StrengthReport report) {
        String verdict = report.passed() ? "PASSED" : "FAILED";
        String html = page.replaceAll("(?s)" + MARK + ".*?" + END_MARK, "").replaceAll(TITLE_VERDICT + "</title>", "</title>");
        html = html.replaceFirst("</title>", ", strength " + verdict + "</title>");
        html = insertBefore(html, html.indexOf("</h1>"), " · strength: <span class=\"" + verdict + "\">" + verdict + "</span>");
        for (RequirementStrength r : report.requirements()) {
            int row = html.indexOf("<tr><td><b>" + escape(r.id()) + "</b>");
            int firstCell = row < 0 ? -1 : html.indexOf("</td>", row);
            int statusCell = firstCell < 0 ? -1 : html.indexOf("</td>", firstCell + 1);
            html = insertBefore(html, statusCell, "<br><span class=\"" + cssOf(report, r) + "\">" + rowStatus(r) + "</span>");
        }
        return html;
    }

    private static String insertBefore(String html, int at, String markup) {
        return at < 0 ? html : html.substring(0, at) + MARK + markup + END_MARK + html.substring(at);
    }

    private static String rowStatus(RequirementStrength r) {
        return switch (r.status()) {
            case MEASURED -> String.format(Locale.ROOT, "strength %.2f", r.strength());
            case VACUOUS, BELOW_MINIMUM -> String.format(Locale.ROOT, "strength %.2f: %s", r.strength(), r.status());
            case NO_PASSING_SCENARIO, NO_MUTANTS -> "strength not measured: " + r.status();
        };
    }

    /** Red when it fails the gate, amber when vacuous only warned, green when measured. */
    private static String cssOf(StrengthReport report, RequirementStrength r) {
        return report.fails(r) ? "FAILED" : r.status() == RequirementStrength.Status.VACUOUS ? "ABORTED"
                : r.status() == RequirementStrength.Status.MEASURED ? "SATISFIED" : "MISSING";
    }
}
