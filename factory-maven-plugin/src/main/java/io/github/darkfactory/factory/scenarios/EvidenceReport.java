package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.spec.Requirement;
import io.github.darkfactory.factory.twins.TwinServed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The verdict of one scenario run: each requirement against the scenarios tagged with its id.
 *
 * @param unknownTags tags that look like requirement ids ({@code ABC-1}) but name none; other tags
 *                    (such as {@code slow}) are ordinary JUnit tags and are ignored
 * @param twins       what each twin served during the run; empty without twins
 */
public record EvidenceReport(String coordinates, String sha256, int minEvidence,
                             List<RequirementEvidence> requirements, List<ScenarioResult> scenarios,
                             List<String> unknownTags, List<TwinServed> twins) {

    static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+");

    public EvidenceReport {
        requirements = List.copyOf(requirements);
        scenarios = List.copyOf(scenarios);
        unknownTags = List.copyOf(unknownTags);
        twins = twins == null ? List.of() : List.copyOf(twins);
    }

    /** A verdict of a run without twins. */
    public EvidenceReport(String coordinates, String sha256, int minEvidence, List<RequirementEvidence> requirements,
                          List<ScenarioResult> scenarios, List<String> unknownTags) {
        this(coordinates, sha256, minEvidence, requirements, scenarios, unknownTags, List.of());
    }

    /** This verdict with what the run's twins served. */
    public EvidenceReport withTwins(List<TwinServed> served) {
        return new EvidenceReport(coordinates, sha256, minEvidence, requirements, scenarios, unknownTags, served);
    }

    /** As {@link #judge(String, String, int, List, List, Map)}, every spec's code without holdout feedback. */
    public static EvidenceReport judge(String coordinates, String sha256, int minEvidence,
                                       List<Requirement> requirements, List<ScenarioResult> scenarios) {
        return judge(coordinates, sha256, minEvidence, requirements, scenarios, Map.of());
    }

    /**
     * Judges the requirements (in spec order) by the scenarios (in run order).
     *
     * @param holdoutRounds spec id → rounds of holdout feedback its code consumed; absent counts as 0
     */
    public static EvidenceReport judge(String coordinates, String sha256, int minEvidence,
                                       List<Requirement> requirements, List<ScenarioResult> scenarios,
                                       Map<String, Integer> holdoutRounds) {
        List<RequirementEvidence> judged = new ArrayList<>();
        for (Requirement requirement : requirements) {
            List<ScenarioResult> covering = scenarios.stream()
                    .filter(s -> s.tags().contains(requirement.id())).toList();
            long passing = covering.stream().filter(ScenarioResult::passed).count();
            RequirementEvidence.Status status = covering.stream().anyMatch(ScenarioResult::failed)
                    ? RequirementEvidence.Status.FAILED
                    : passing < minEvidence ? RequirementEvidence.Status.MISSING : RequirementEvidence.Status.SATISFIED;
            judged.add(new RequirementEvidence(requirement.id(), requirement.specId(), requirement.text(), status,
                    covering.stream().map(ScenarioResult::id).toList(),
                    holdoutRounds.getOrDefault(requirement.specId(), 0)));
        }
        Set<String> known = new TreeSet<>(requirements.stream().map(Requirement::id).toList());
        Set<String> unknown = new TreeSet<>();
        scenarios.forEach(s -> s.tags().stream()
                .filter(t -> REQUIREMENT_ID.matcher(t).matches() && !known.contains(t))
                .forEach(unknown::add));
        return new EvidenceReport(coordinates, sha256, minEvidence, judged, scenarios, List.copyOf(unknown));
    }

    public boolean passed() {
        return !scenarios.isEmpty() && failedScenarios().isEmpty() && missing().isEmpty()
                && requirements.stream().noneMatch(r -> r.status() == RequirementEvidence.Status.FAILED);
    }

    public List<ScenarioResult> failedScenarios() {
        return scenarios.stream().filter(ScenarioResult::failed).toList();
    }

    public List<RequirementEvidence> missing() {
        return requirements.stream().filter(r -> r.status() == RequirementEvidence.Status.MISSING).toList();
    }

    public long count(RequirementEvidence.Status status) {
        return requirements.stream().filter(r -> r.status() == status).count();
    }

    /** Ids of the requirements that a scenario covers, in spec order. */
    public List<String> requirementsOf(ScenarioResult scenario) {
        return requirements.stream().filter(r -> r.scenarios().contains(scenario.id())).map(RequirementEvidence::id).toList();
    }

    /** The specs owning a requirement whose scenarios failed, each once, in spec order. */
    public List<String> specsOfFailedRequirements() {
        return requirements.stream().filter(r -> r.status() == RequirementEvidence.Status.FAILED)
                .map(RequirementEvidence::spec).distinct().toList();
    }

    public long passedScenarios() {
        return scenarios.stream().filter(ScenarioResult::passed).count();
    }
}
