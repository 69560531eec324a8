package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.EvidenceReport;
import io.github.darkfactory.factory.scenarios.RequirementEvidence;
import io.github.darkfactory.factory.scenarios.ScenarioFailure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What to do about each way the scenarios gate fails, in pom and command-line terms: the core's
 * account of what happened, then one fix-it worded from the failure's data.
 */
final class ScenarioFailureFixes {

    /** A scenario project changes only by a new release, which the product then pins (docs/scenario-projects.md). */
    private static final String RELEASE_AND_PIN = "release it, and pin the new version and sha256 in <scenarios>"
            + " (factory:" + PropertyNames.GOAL_SEAL + " of the scenario project prints the snippet)";

    private ScenarioFailureFixes() {
    }

    /** The failure message Maven prints: what happened, then what to do. */
    static String describe(ScenarioFailure failure) {
        return failure.getMessage() + "\n" + fixFor(failure);
    }

    static String fixFor(ScenarioFailure failure) {
        return switch (failure.reason()) {
            case MALFORMED_PIN -> "Write the <sha256> that factory:" + PropertyNames.GOAL_SEAL + " printed for this release"
                    + " (target/factory/seal.txt of the scenario project) inside <scenarios>, or let mvn factory:"
                    + PropertyNames.GOAL_PIN + " -D" + PropertyNames.SEAL_FILE + "=<scenario project> write it.";
            case UNPINNED -> "Pin it with <sha256>" + failure.sha256() + "</sha256> inside <scenarios> (factory:"
                    + PropertyNames.GOAL_SEAL + " of the scenario project prints it), or run with -D"
                    + PropertyNames.ALLOW_UNPINNED + "=true to accept it unpinned.";
            case DIGEST_MISMATCH -> "The jar in the repository is not the one that was sealed. If the new jar is"
                    + " intended, update <scenarios><sha256> with the actual digest; otherwise restore the sealed release.";
            case TIMED_OUT -> "Find the hanging scenario in the output above, or raise the limit with -D"
                    + PropertyNames.SCENARIOS_TIMEOUT + "=<seconds> (or <timeout> in the plugin configuration).";
            case JVM_EXITED -> "Scenarios must not call System.exit; see the output above for the last scenario.";
            case NO_TESTS -> "Check that the scenario project's tests are its main sources (they must be inside the"
                    + " jar) and that it depends on a JUnit Platform engine such as junit-jupiter.";
            case SCENARIOS_FAILED -> scenariosFailed(failure.report().orElseThrow());
            case MISSING_EVIDENCE -> missingEvidence(failure.report().orElseThrow());
            case JUNIT_LINES_CONFLICT -> "Import org.junit:junit-bom (<type>pom</type><scope>import</scope> in"
                    + " <dependencyManagement>) in the scenario project so every JUnit artifact shares one version,"
                    + " then release and seal it again.";
            case RUN_NOT_STARTED -> "No scenario ran: fix the cause above. A NoClassDefFoundError of org.junit.* means"
                    + " JUnit jars of different versions (import org.junit:junit-bom in the scenario project); an option"
                    + " java rejects comes from <argLine> or ${argLine}.";
        };
    }

    /** Generated code is never edited by hand: the spec or the scenario changes instead. */
    private static String scenariosFailed(EvidenceReport report) {
        List<String> specs = report.specsOfFailedRequirements();
        String regenerate = "mvn factory:" + PropertyNames.GOAL_GENERATE + " -D" + PropertyNames.REGENERATE + "="
                + (specs.isEmpty() ? "<spec id>" : String.join(",", specs));
        return "Do not edit the generated code: if the product is wrong, clarify the requirement in its spec and"
                + " regenerate with " + regenerate + "\n"
                + "If the scenario is wrong, fix it in the scenario project, " + RELEASE_AND_PIN + "."
                + (report.missing().isEmpty() ? "" : "\n" + missingEvidence(report));
    }

    private static String missingEvidence(EvidenceReport report) {
        String tags = report.missing().stream().map(RequirementEvidence::id)
                .map(id -> "@Tag(\"" + id + "\")").collect(Collectors.joining(", "));
        String gherkin = report.missing().stream().map(id -> "@" + id.id()).collect(Collectors.joining(" "));
        return "Add scenarios tagged " + tags + " (in Gherkin: " + gherkin + ") to the scenario project, "
                + RELEASE_AND_PIN + (report.minEvidence() > 1 ? "; or lower " + PropertyNames.MIN_EVIDENCE : "") + ".";
    }
}
