package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.EvidenceReport;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;
import io.github.darkfactory.factory.scenarios.ScenarioResult;
import io.github.darkfactory.factory.spec.Requirement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioFailureFixesTest {

    private static final List<Requirement> REQUIREMENTS = List.of(new Requirement("PRC-1", "empty costs 0", "pricing", 10),
            new Requirement("CAT-1", "unknown sku throws", "catalog", 9), new Requirement("PRC-3", "negative price throws", "pricing", 12));

    private static ScenarioResult scenario(ScenarioResult.Status status, String... tags) {
        return new ScenarioResult("[engine:junit-jupiter]/[method:" + String.join("", tags) + "]", "x()", "com.acme.S", "x",
                List.of(tags), status, 1, null);
    }

    private static ScenarioFailure failure(ScenarioFailure.Reason reason, ScenarioResult... scenarios) {
        EvidenceReport report = EvidenceReport.judge("com.acme:s:1.0.0", "abc", 1, REQUIREMENTS, List.of(scenarios));
        return new ScenarioFailure(reason, "summary", List.of(), "abc", report);
    }

    @Test
    void failed_scenarios_name_the_specs_to_regenerate_and_how_to_re_release_a_wrong_scenario() {
        String fix = ScenarioFailureFixes.fixFor(failure(ScenarioFailure.Reason.SCENARIOS_FAILED,
                scenario(ScenarioResult.Status.FAILED, "PRC-1"), scenario(ScenarioResult.Status.FAILED, "CAT-1"),
                scenario(ScenarioResult.Status.SUCCESSFUL, "PRC-3")));

        assertEquals("Do not edit the generated code: if the product is wrong, clarify the requirement in its spec and"
                + " regenerate with mvn factory:generate -Dfactory.regenerate=pricing,catalog\n"
                + "If the scenario is wrong, fix it in the scenario project, release it, and pin the new version and"
                + " sha256 in <scenarios> (factory:seal of the scenario project prints the snippet).", fix);
    }

    @Test
    void missing_evidence_names_the_tags_to_add() {
        String fix = ScenarioFailureFixes.fixFor(failure(ScenarioFailure.Reason.MISSING_EVIDENCE,
                scenario(ScenarioResult.Status.SUCCESSFUL, "PRC-1")));

        assertTrue(fix.startsWith("Add scenarios tagged @Tag(\"CAT-1\"), @Tag(\"PRC-3\") (in Gherkin: @CAT-1 @PRC-3)"
                + " to the scenario project, release it,"), fix);
        assertFalse(fix.contains("minEvidence"), "lowering the default 1 would switch the gate off: " + fix);
    }

    @Test
    void an_unpinned_jar_gets_the_element_to_paste() {
        String message = ScenarioFailureFixes.describe(failure(ScenarioFailure.Reason.UNPINNED));

        assertEquals("summary\nPin it with <sha256>abc</sha256> inside <scenarios> (factory:seal of the scenario"
                + " project prints it), or run with -Dfactory.allowUnpinned=true to accept it unpinned.", message);
    }
}
