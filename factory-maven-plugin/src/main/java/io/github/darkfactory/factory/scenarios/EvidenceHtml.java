package io.github.darkfactory.factory.scenarios;

import java.util.List;

import static io.github.darkfactory.factory.scenarios.Markup.escape;

/**
 * {@code evidence.html}: one self-contained page for a person — the verdict, the requirement ×
 * scenario matrix, and every failure with its message. Inline CSS, no script.
 */
final class EvidenceHtml {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em} .PASSED{color:#176f2c} .FAILED{color:#b3261e}
            table{border-collapse:collapse;margin:1em 0} th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
            th.scenario{font-weight:normal;font-size:.8em;vertical-align:bottom;text-align:left}
            th.scenario span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:22em;overflow:hidden}
            td.cell{text-align:center} .SATISFIED,.SUCCESSFUL{background:#dcf5e0} .ABORTED,.SKIPPED{background:#fff3cd}
            .FAILED td,.FAILED.cell,td.FAILED,td.MISSING{background:#fbdcdc} pre{background:#f6f6f6;padding:.6em;overflow:auto;font-size:.85em}
            .build,small.spec{color:#555}
            """;

    private EvidenceHtml() {
    }

    static String render(EvidenceReport report) {
        return render(report, EvidenceHeader.NONE);
    }

    static String render(EvidenceReport report, EvidenceHeader header) {
        String verdict = report.passed() ? "PASSED" : "FAILED";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Behavioural evidence: ").append(verdict).append("</title><style>").append(CSS)
                .append("</style></head><body>\n");
        html.append("<h1>Behavioural evidence").append(header.product() == null ? "" : " of " + escape(header.product()))
                .append(": <span class=\"").append(verdict).append("\">").append(verdict).append("</span></h1>\n");
        if (!header.isNone()) {
            html.append("<p class=\"build\">Built ").append(header.builtAt() == null ? "" : "<time>"
                            + escape(header.builtAt()) + "</time> ")
                    .append(header.commit() == null ? "— not a git checkout" : "from commit <code>"
                            + escape(header.commit()) + "</code>").append("</p>\n");
        }
        html.append("<p>Scenario artifact <code>").append(escape(report.coordinates()))
                .append("</code>, sha256 <code>").append(escape(report.sha256())).append("</code></p>\n");
        html.append("<p>").append(report.requirements().size()).append(" requirements: ")
                .append(report.count(RequirementEvidence.Status.SATISFIED)).append(" satisfied, ")
                .append(report.count(RequirementEvidence.Status.MISSING)).append(" missing, ")
                .append(report.count(RequirementEvidence.Status.FAILED)).append(" failed (at least ")
                .append(report.minEvidence()).append(" passing scenario each). ")
                .append(report.scenarios().size()).append(" scenarios: ").append(report.passedScenarios())
                .append(" passed, ").append(report.failedScenarios().size()).append(" failed.</p>\n");
        matrix(html, report, header);
        failures(html, report.scenarios().stream().filter(s -> !s.passed()).toList());
        if (!report.unknownTags().isEmpty()) {
            html.append("<p>Tags naming no requirement: <code>")
                    .append(escape(String.join(", ", report.unknownTags()))).append("</code></p>\n");
        }
        TwinsHtml.section(html, report.twins());
        return html.append("</body></html>\n").toString();
    }

    private static void matrix(StringBuilder html, EvidenceReport report, EvidenceHeader header) {
        List<ScenarioResult> scenarios = report.scenarios();
        html.append("<h2>Requirements × scenarios</h2>\n<table><tr><th>Requirement</th><th>Status</th>")
                .append("<th title=\"rounds of holdout feedback its spec's code consumed\">Holdout rounds</th>");
        for (int i = 0; i < scenarios.size(); i++) {
            // the scenario's name itself, turned upright, so the matrix reads without the table below
            html.append("<th class=\"scenario\" title=\"").append(escape(scenarios.get(i).label())).append("\"><span>")
                    .append(i + 1).append(". ").append(escape(scenarios.get(i).label())).append("</span></th>");
        }
        html.append("</tr>\n");
        for (RequirementEvidence requirement : report.requirements()) {
            html.append("<tr><td><b>").append(escape(requirement.id())).append("</b> ")
                    .append(Markup.inlineMarkdown(requirement.text())).append(specFile(header, requirement))
                    .append("</td><td class=\"").append(requirement.status())
                    .append("\">").append(requirement.status()).append("</td><td>").append(requirement.holdoutRounds())
                    .append("</td>");
            for (ScenarioResult scenario : scenarios) {
                boolean covers = requirement.scenarios().contains(scenario.id());
                html.append(covers ? "<td class=\"cell " + scenario.status() + "\">" + symbol(scenario) + "</td>" : "<td></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>Scenarios</h2>\n<table><tr><th>#</th><th>Scenario</th><th>Tags</th><th>Status</th>")
                .append("<th>ms</th></tr>\n");
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult scenario = scenarios.get(i);
            html.append("<tr><td>").append(i + 1).append("</td><td title=\"").append(escape(scenario.id())).append("\">")
                    .append(escape(scenario.label())).append("</td><td>").append(escape(String.join(", ", scenario.tags())))
                    .append("</td><td class=\"").append(scenario.status()).append("\">").append(scenario.status())
                    .append("</td><td>").append(scenario.durationMs()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** The spec file a requirement comes from, under its text: where to clarify it. */
    private static String specFile(EvidenceHeader header, RequirementEvidence requirement) {
        String file = header.specFiles().get(requirement.spec());
        return file == null ? "" : "<br><small class=\"spec\">" + escape(file) + "</small>";
    }

    private static void failures(StringBuilder html, List<ScenarioResult> notPassed) {
        if (notPassed.isEmpty()) {
            return;
        }
        html.append("<h2>Scenarios that did not pass</h2>\n");
        for (ScenarioResult scenario : notPassed) {
            html.append("<h3 class=\"").append(scenario.status()).append("\">").append(scenario.status()).append(": ")
                    .append(escape(scenario.label())).append("</h3>\n");
            if (scenario.failure() != null) {
                html.append("<p>").append(escape(scenario.failure().type())).append(" ")
                        .append(escape(scenario.failure().message())).append("</p>\n");
                if (scenario.failure().stackTrace() != null) {
                    html.append("<pre>").append(escape(scenario.failure().stackTrace())).append("</pre>\n");
                }
            }
        }
    }

    private static String symbol(ScenarioResult scenario) {
        return switch (scenario.status()) {
            case SUCCESSFUL -> "✔";
            case FAILED -> "✘";
            case ABORTED, SKIPPED -> "–";
        };
    }
}
