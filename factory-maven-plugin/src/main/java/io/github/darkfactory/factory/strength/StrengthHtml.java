package io.github.darkfactory.factory.strength;

import java.util.List;
import java.util.Locale;

import static io.github.darkfactory.factory.scenarios.Markup.escape;

/** The strength section of evidence.html: each requirement's strength, then the surviving mutants. */
final class StrengthHtml {

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
            String css = r.status() == RequirementStrength.Status.MEASURED ? "SATISFIED"
                    : r.status() == RequirementStrength.Status.VACUOUS || r.status() == RequirementStrength.Status.BELOW_MINIMUM
                    ? "FAILED" : "MISSING";
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
                                : escape(String.join(", ", m.coveringTests()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        return html.toString();
    }
}
