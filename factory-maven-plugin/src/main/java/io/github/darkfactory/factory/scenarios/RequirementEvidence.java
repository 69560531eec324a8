package io.github.darkfactory.factory.scenarios;

import java.util.List;

/**
 * What the scenarios say about one requirement.
 *
 * @param scenarios     unique ids of the scenarios tagged with the requirement id
 * @param holdoutRounds rounds of holdout feedback its spec's current code consumed (exposure: a verdict
 *                      fed back often is weaker evidence; docs/generation-loop.md, "Holdout feedback")
 */
public record RequirementEvidence(String id, String spec, String text, Status status, List<String> scenarios,
                                  int holdoutRounds) {

    /** FAILED: a covering scenario failed; MISSING: too few covering scenarios passed. */
    public enum Status { SATISFIED, MISSING, FAILED }

    public RequirementEvidence {
        scenarios = List.copyOf(scenarios);
    }

    /** Evidence of a requirement whose spec's code consumed no holdout feedback. */
    public RequirementEvidence(String id, String spec, String text, Status status, List<String> scenarios) {
        this(id, spec, text, status, scenarios, 0);
    }
}
