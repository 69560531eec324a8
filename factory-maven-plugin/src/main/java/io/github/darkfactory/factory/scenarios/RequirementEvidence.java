package io.github.darkfactory.factory.scenarios;

import java.util.List;

/**
 * What the scenarios say about one requirement.
 *
 * @param scenarios unique ids of the scenarios tagged with the requirement id
 */
public record RequirementEvidence(String id, String spec, String text, Status status, List<String> scenarios) {

    /** FAILED: a covering scenario failed; MISSING: too few covering scenarios passed. */
    public enum Status { SATISFIED, MISSING, FAILED }

    public RequirementEvidence {
        scenarios = List.copyOf(scenarios);
    }
}
