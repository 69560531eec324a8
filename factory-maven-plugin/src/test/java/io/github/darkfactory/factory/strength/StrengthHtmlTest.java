package io.github.darkfactory.factory.strength;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrengthHtmlTest {

    private static final String ONE = "[engine:junit-jupiter]/[class:a.S]/[method:one()]";
    private static final Mutant SURVIVED = new Mutant("a.B", "m", 4, "PrimitiveReturnsMutator",
            "replaced int return with 0", "SURVIVED", false, List.of(), List.of(ONE));

    /** The parts of evidence.html that strength annotates, as the scenarios goal writes them. */
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Behavioural"
            + " evidence: PASSED</title><style></style></head><body>\n<h1>Behavioural evidence: <span class=\"PASSED\">PASSED"
            + "</span></h1>\n<table><tr><td><b>X-1</b> one</td><td class=\"SATISFIED\">SATISFIED</td><td>0</td>"
            + "<td class=\"cell SUCCESSFUL\">✔</td></tr>\n</table>\n</body></html>\n";

    private static StrengthReport vacuous(boolean failOnVacuous) {
        return new StrengthReport(List.of("PRIMITIVE_RETURNS"), 0, List.of(
                RequirementStrength.judge("X-1", "x", "one", List.of(ONE), List.of(SURVIVED), 0)),
                Map.of("x", List.of(SURVIVED)), false, failOnVacuous, Map.of(ONE, "S › one()"));
    }

    @Test
    void a_vacuous_failure_is_said_in_the_title_the_heading_and_the_requirements_row() {
        String html = StrengthHtml.annotate(PAGE, vacuous(true));

        assertTrue(html.contains("<title>Behavioural evidence: PASSED, strength FAILED</title>"), html);
        assertTrue(html.contains("<span class=\"PASSED\">PASSED</span><!-- factory:strength-mark --> · strength: <span class=\"FAILED\">FAILED</span>"
                + "<!-- /factory:strength-mark --></h1>"), html);
        assertTrue(html.contains("<td class=\"SATISFIED\">SATISFIED<!-- factory:strength-mark --><br><span class=\"FAILED\">"
                + "strength 0.00: VACUOUS</span><!-- /factory:strength-mark --></td>"), html);
    }

    @Test
    void a_later_run_replaces_what_an_earlier_one_added() {
        String html = StrengthHtml.annotate(StrengthHtml.annotate(PAGE, vacuous(true)), vacuous(false));

        assertFalse(html.contains("FAILED"), html);
        assertTrue(html.contains("<title>Behavioural evidence: PASSED, strength PASSED</title>"), html);
        assertEquals(2, html.split("<!-- factory:strength-mark -->", -1).length - 1, "one verdict, one row: " + html);
        assertTrue(html.contains("<span class=\"ABORTED\">strength 0.00: VACUOUS</span>"), "vacuous only warned: " + html);
    }

    @Test
    void the_surviving_mutants_name_their_scenarios_as_the_rest_of_the_page_does() {
        String section = StrengthHtml.section(vacuous(true));

        assertTrue(section.contains("<td>S › one()</td></tr>"), section);
        assertFalse(section.contains("[engine:"), section);
        assertTrue(section.contains("<td class=\"FAILED\">VACUOUS</td>"), section);
    }
}
