package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.spec.Requirement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.darkfactory.factory.scenarios.RequirementEvidence.Status.FAILED;
import static io.github.darkfactory.factory.scenarios.RequirementEvidence.Status.MISSING;
import static io.github.darkfactory.factory.scenarios.RequirementEvidence.Status.SATISFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceReportTest {

    static final Requirement PRC_1 = new Requirement("PRC-1", "empty order costs 0", "pricing", 10);
    static final Requirement PRC_2 = new Requirement("PRC-2", "negative quantity throws", "pricing", 11);

    static ScenarioResult scenario(String name, ScenarioResult.Status status, String... tags) {
        ScenarioResult.Failure failure = status == ScenarioResult.Status.FAILED
                ? new ScenarioResult.Failure("org.opentest4j.AssertionFailedError", "expected <0> but was <1>", "at X")
                : null;
        return new ScenarioResult("[engine:junit-jupiter]/[method:" + name + "()]", name + "()", "com.acme.PricingScenarios",
                name, List.of(tags), status, 3, failure);
    }

    private static EvidenceReport judge(int minEvidence, ScenarioResult... scenarios) {
        return EvidenceReport.judge("com.acme:shop-scenarios:1.0.0", "abc", minEvidence, List.of(PRC_1, PRC_2),
                List.of(scenarios));
    }

    @Test
    void satisfies_requirements_covered_by_passing_tagged_scenarios() {
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"),
                scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-2", "slow"));

        assertEquals(List.of(SATISFIED, SATISFIED), report.requirements().stream().map(RequirementEvidence::status).toList());
        assertTrue(report.passed());
    }

    @Test
    void names_the_requirements_a_scenario_covers_and_the_specs_owning_failed_requirements() {
        ScenarioResult failing = scenario("b", ScenarioResult.Status.FAILED, "PRC-2", "PRC-1", "slow");
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"), failing);

        assertEquals(List.of("PRC-1", "PRC-2"), report.requirementsOf(failing));
        assertEquals(List.of("pricing"), report.specsOfFailedRequirements());
    }

    @Test
    void reports_missing_evidence_for_an_uncovered_requirement() {
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"));

        assertEquals(List.of(PRC_2.id()), report.missing().stream().map(RequirementEvidence::id).toList());
        assertFalse(report.passed());
    }

    @Test
    void counts_skipped_and_aborted_scenarios_as_no_evidence() {
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SKIPPED, "PRC-1"),
                scenario("b", ScenarioResult.Status.ABORTED, "PRC-1"), scenario("c", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));

        assertEquals(MISSING, report.requirements().get(0).status());
        assertEquals(2, report.requirements().get(0).scenarios().size());
    }

    @Test
    void marks_a_requirement_failed_when_any_covering_scenario_failed() {
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"),
                scenario("b", ScenarioResult.Status.FAILED, "PRC-1"), scenario("c", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));

        assertEquals(FAILED, report.requirements().get(0).status());
        assertEquals(1, report.failedScenarios().size());
        assertFalse(report.passed());
    }

    @Test
    void needs_min_evidence_passing_scenarios_per_requirement() {
        EvidenceReport report = judge(2, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1"),
                scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-1"), scenario("c", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));

        assertEquals(List.of(SATISFIED, MISSING), report.requirements().stream().map(RequirementEvidence::status).toList());
    }

    @Test
    void warns_only_about_tags_that_look_like_unknown_requirement_ids() {
        EvidenceReport report = judge(1, scenario("a", ScenarioResult.Status.SUCCESSFUL, "PRC-1", "PRC-9", "slow", "smoke-1"),
                scenario("b", ScenarioResult.Status.SUCCESSFUL, "PRC-2"));

        assertEquals(List.of("PRC-9"), report.unknownTags());
    }

    @Test
    void fails_a_jar_without_any_test() {
        assertFalse(EvidenceReport.judge("g:a:1", "abc", 1, List.of(), List.of()).passed());
    }
}
