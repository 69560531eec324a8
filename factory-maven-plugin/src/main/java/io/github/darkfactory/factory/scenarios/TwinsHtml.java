package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.twins.TwinServed;

import java.util.List;

/** The twins' section of evidence.html: what each served, and the requests no stub mapping matched. */
final class TwinsHtml {

    private TwinsHtml() {
    }

    static void section(StringBuilder html, List<TwinServed> twins) {
        if (twins.isEmpty()) {
            return;
        }
        html.append("<h2>Twins</h2>\n<table><tr><th>Twin</th><th>Kind</th><th>Requests</th><th>Unmatched</th></tr>\n");
        for (TwinServed twin : twins) {
            html.append("<tr><td><code>").append(Markup.escape(twin.name())).append("</code></td><td>")
                    .append(twin.kind().name().toLowerCase(java.util.Locale.ROOT)).append("</td><td>")
                    .append(twin.requests()).append("</td><td>");
            // a warning, not a failure: the evidence can pass with them, so the cell stays neutral
            twin.unmatched().forEach(r -> html.append("<code>").append(Markup.escape(r.toString())).append("</code><br>"));
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }
}
